// What the form needs to know about the schema beyond titles: which fields are system-made,
// which sections and choices depend on the ordning (read from the register of ordninger in the
// form's data, and from any allOf if/then/else in the schema), and the few fields whose values
// the form computes.

import { budgetYears, computedSum, findOrdning } from "./regler.js";
import { SchemaTitles } from "./skjemafeil.js";

// Fields computed by the form and shown read-only ("[]" stands for any item of a list).
export const COMPUTED_FIELDS = new Set(["$.budsjett[].aar", "$.budsjett[].sum"]);
// Lists whose rows follow other fields: one budget row per year of the period.
export const DERIVED_LISTS = new Set(["$.budsjett"]);
// Fields whose choices come from the reference data rather than from the schema.
export const REFERENCE_CHOICES = { "$.uh_partner.uh_id": "uh", "$.ordning": "ordninger" };
// Reference lists shown as radio buttons (few choices, each worth reading in full).
export const RADIO_SOURCES = new Set(["ordninger"]);
// Root sections asked for only when the chosen ordning's register entry has the flag.
export const ORDNING_SECTIONS = { egenandel: "har_egenandel" };
// Choices narrowed to what the chosen ordning's register entry lists.
export const ORDNING_CHOICES = {
  "$.enheter[].enhetstype": "enhetstyper",
  "$.eier.eiertype": "eiertyper",
  "$.nettverk[].eiertype": "eiertyper",
};
export const AUTOCOMPLETE = {
  "$.kontaktperson.navn": ["name", "text"],
  "$.kontaktperson.epost": ["email", "email"],
  "$.kontaktperson.telefon": ["tel", "tel"],
  "$.eier.navn": ["organization", "text"],
};

export function pattern(path) {
  return path.replace(/\[\d+\]/g, "[]");
}

function branchConditions(node) {
  const props = (node && node.properties) || {};
  return Object.entries(props)
    .filter(([, rule]) => rule && Object.prototype.hasOwnProperty.call(rule, "const"))
    .map(([name, rule]) => [name, rule.const]);
}

export class SchemaModel {
  constructor(schema, systemFields, ordninger = []) {
    this.schema = schema;
    this.ordninger = ordninger;
    this.titles = new SchemaTitles(schema);
    this.systemFields = new Set(systemFields);
    this.root = this.titles.resolve(schema);
    this.rules = (this.root.allOf || [])
      .filter((entry) => entry.if)
      .map((entry) => ({ when: branchConditions(entry.if), then: entry.then || null, else: entry.else || null }));
  }

  resolve(node) {
    return this.titles.resolve(node);
  }

  visibleProperties() {
    return Object.keys(this.root.properties).filter((name) => !this.systemFields.has(name));
  }

  isRequired(name) {
    return (this.root.required || []).includes(name);
  }

  ordning(doc) {
    return findOrdning(this.ordninger, doc.ordning);
  }

  ordningChoices() {
    return this.ordninger.map((row) => ({ value: row.ordning, label: row.navn }));
  }

  ordningNavn(slug) {
    const row = findOrdning(this.ordninger, slug);
    return row ? row.navn : String(slug ?? "");
  }

  activeBranches(doc) {
    return this.rules
      .map((rule) => (rule.when.every(([name, value]) => doc[name] === value) ? rule.then : rule.else))
      .filter(Boolean);
  }

  // Root properties that only some ordninger (or schema branches) ask for, such as egenandel.
  conditionalProperties() {
    const names = new Set(Object.keys(ORDNING_SECTIONS));
    for (const rule of this.rules) {
      for (const branch of [rule.then, rule.else]) {
        for (const name of (branch && branch.required) || []) if (!this.isRequired(name)) names.add(name);
      }
    }
    return names;
  }

  isShown(name, doc) {
    if (!this.conditionalProperties().has(name)) return true;
    if (ORDNING_SECTIONS[name]) return Boolean(this.ordning(doc) && this.ordning(doc)[ORDNING_SECTIONS[name]]);
    return this.activeBranches(doc).some((branch) => (branch.required || []).includes(name));
  }

  // Enum restrictions that the chosen ordning and the active branches put on fields, keyed by
  // path pattern.
  enumOverrides(doc) {
    const found = {};
    const walk = (node, path) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node.enum)) found[path] = node.enum;
      for (const [name, child] of Object.entries(node.properties || {})) walk(child, `${path}.${name}`);
      if (node.items) walk(node.items, `${path}[]`);
    };
    for (const branch of this.activeBranches(doc)) walk(branch, "$");
    const ordning = this.ordning(doc);
    if (ordning) for (const [path, key] of Object.entries(ORDNING_CHOICES)) found[path] = ordning[key];
    return found;
  }
}

export function emptyValue(model, node) {
  const resolved = model.resolve(node);
  if (resolved.type === "object") return emptyObject(model, resolved);
  if (resolved.type === "array") {
    return Array.from({ length: resolved.minItems || 0 }, () => emptyValue(model, resolved.items));
  }
  return undefined;
}

function emptyObject(model, node) {
  const value = {};
  for (const name of node.required || []) {
    const child = model.resolve(node.properties[name]);
    if (child.type === "object" || child.type === "array") value[name] = emptyValue(model, child);
  }
  return value;
}

export function newDocument(model, settings, today = new Date()) {
  const doc = emptyObject(model, { ...model.root, required: model.visibleProperties().filter((n) => model.isRequired(n)) });
  const year = openYear(settings, today);
  if (year) doc.aar = year;
  doc.periode_aar = 1;
  return syncBudget(doc);
}

export function openYear(settings, today) {
  const iso = today.toISOString().slice(0, 10);
  const open = settings.filter((row) => row.skjema_aapner <= iso).map((row) => row.aar);
  const all = settings.map((row) => row.aar);
  const pick = open.length ? open : all;
  return pick.length ? Math.max(...pick) : null;
}

const SPARE_ROWS = "$.budsjett (skjult)";

// Budget rows follow the year and the period; each row's sum is computed from its shares.
// Rows cut off by a shorter period wait in the stash, so a longer period brings them back.
export function syncBudget(doc, stash = {}) {
  const years = budgetYears(doc.aar, doc.periode_aar);
  const rows = Array.isArray(doc.budsjett) ? doc.budsjett : [];
  const count = years.length || Math.max(rows.length, 1);
  const spare = Array.isArray(stash[SPARE_ROWS]) ? stash[SPARE_ROWS] : [];
  if (rows.length > count) stash[SPARE_ROWS] = [...rows.slice(count), ...spare];
  else if (rows.length < count) stash[SPARE_ROWS] = spare.slice(count - rows.length);
  const kept = rows.length < count ? [...rows, ...spare.slice(0, count - rows.length)] : rows;
  doc.budsjett = Array.from({ length: count }, (_, i) => {
    const row = kept[i] && typeof kept[i] === "object" ? { ...kept[i] } : {};
    if (years.length) row.aar = years[i];
    else delete row.aar;
    row.sum = computedSum(row);
    return row;
  });
  return doc;
}

export function applyConditions(model, doc, stash) {
  for (const name of model.conditionalProperties()) {
    if (model.isShown(name, doc)) {
      if (doc[name] === undefined) doc[name] = stash[name] || emptyValue(model, model.root.properties[name]);
    } else if (doc[name] !== undefined) {
      stash[name] = doc[name];
      delete doc[name];
    }
  }
  return doc;
}

export function normalizeDocument(model, doc) {
  const base = emptyObject(model, { ...model.root, required: model.visibleProperties().filter((n) => model.isRequired(n)) });
  const merged = { ...base, ...doc };
  for (const name of model.systemFields) delete merged[name];
  return syncBudget(merged);
}

// Object keys in the schema's order (unknown keys last), so saved files read like the form.
export function orderBySchema(model, node, value) {
  if (Array.isArray(value)) {
    const items = node && node.items ? model.resolve(node.items) : null;
    return value.map((item) => orderBySchema(model, items, item));
  }
  if (!value || typeof value !== "object") return value;
  const properties = (node && node.properties) || {};
  const names = [...Object.keys(properties).filter((name) => name in value), ...Object.keys(value).filter((name) => !(name in properties))];
  const ordered = {};
  for (const name of names) {
    if (value[name] !== undefined) ordered[name] = orderBySchema(model, properties[name] ? model.resolve(properties[name]) : null, value[name]);
  }
  return ordered;
}

// The melding as it is sent or saved: schema_version first, no id (the system makes it).
export function outgoingMelding(model, doc) {
  const version = model.root.properties.schema_version;
  const melding = version && Array.isArray(version.enum) ? { schema_version: version.enum[0] } : {};
  for (const name of model.visibleProperties()) if (doc[name] !== undefined) melding[name] = doc[name];
  return orderBySchema(model, model.root, melding);
}
