// Builds the form's controls from the schema: labels, help text and choices come from the
// schema's titles, descriptions and x-enum-titles, and from the registers in the form's data
// (ordninger, UH). A field added to the schema appears here.

import { COMPUTED_FIELDS, DERIVED_LISTS, RADIO_SOURCES, REFERENCE_CHOICES, AUTOCOMPLETE, pattern } from "./skjemamodell.js";
import { formatKroner } from "./regler.js";

const RADIO_LIMIT = 3;
const SMALL_RANGE = 5;
const TEXTAREA_FROM = 1000;
const UH_GROUPS = { universitet: "Universiteter", hoyskole: "Høyskoler", nasjonalt_senter: "Nasjonale sentre" };

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") element.textContent = value;
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function fieldId(path) {
  return "f" + path.slice(1).replace(/[.[\]]+/g, "-").replace(/-$/, "");
}

function lowerFirst(text) {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}

function valueAt(doc, steps) {
  return steps.reduce((value, step) => (value == null ? undefined : value[step]), doc);
}

export class FormRenderer {
  constructor(model, data) {
    this.model = model;
    this.data = data;
  }

  render(doc) {
    this.doc = doc;
    this.overrides = this.model.enumOverrides(doc);
    const parts = [];
    let loose = [];
    const flush = () => {
      if (loose.length) parts.push(this.group("$", "Om behovsmeldingen", null, loose, 2, "om"));
      loose = [];
    };
    for (const name of this.model.visibleProperties()) {
      if (!this.model.isShown(name, doc)) continue;
      const node = this.model.resolve(this.model.root.properties[name]);
      const element = this.property(name, node, `$.${name}`, [name], this.model.isRequired(name), 2);
      if (node.type === "object" || node.type === "array") {
        flush();
        parts.push(element);
      } else {
        loose.push(element);
      }
    }
    flush();
    return parts;
  }

  property(name, node, path, steps, required, level) {
    if (DERIVED_LISTS.has(pattern(path))) return this.derivedList(node, path, steps, level);
    if (node.type === "object") return this.object(node, path, steps, required, level);
    if (node.type === "array") return this.list(node, path, steps, level);
    if (COMPUTED_FIELDS.has(pattern(path))) return this.computed(node, path, steps);
    if (node.type === "boolean") return this.checkbox(node, path, steps);
    const choices = this.choices(node, path, steps);
    if (!choices) return this.input(node, path, steps, required);
    const full = Array.isArray(node.enum) ? node.enum.length : choices.length;
    const source = REFERENCE_CHOICES[path];
    const asRadios = source ? RADIO_SOURCES.has(source) : full <= RADIO_LIMIT;
    return asRadios ? this.radios(node, path, steps, choices, required) : this.select(node, path, steps, choices, required);
  }

  heading(level, text) {
    return level <= 4 ? h(`h${level}`, { class: "skjema-legend-tittel", text }) : h("span", { class: "skjema-legend-tittel", text });
  }

  group(path, title, description, children, level, key, extraClass = "") {
    const id = path === "$" ? `f-${key}` : fieldId(path);
    return h(
      "fieldset",
      { class: `skjema-gruppe ${extraClass}`.trim(), id, dataset: { path, kind: "group" }, tabindex: "-1" },
      h("legend", {}, this.heading(level, title)),
      description ? h("p", { class: "skjema-hjelp", id: `${id}-hjelp`, text: description }) : null,
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
      children,
    );
  }

  object(node, path, steps, required, level) {
    const optional = !required && !this.model.conditionalProperties().has(steps[0]);
    if (optional && steps.length === 1) return this.optionalObject(node, path, steps, level);
    return this.group(path, node.title || steps[steps.length - 1], node.description, this.children(node, path, steps, level), level);
  }

  children(node, path, steps, level) {
    return Object.entries(node.properties || {}).map(([name, child]) =>
      this.property(name, this.model.resolve(child), `${path}.${name}`, [...steps, name], (node.required || []).includes(name), level + 1),
    );
  }

  optionalObject(node, path, steps, level) {
    const id = fieldId(path);
    const present = valueAt(this.doc, steps) !== undefined;
    const toggle = h(
      "div",
      { class: "skjema-felt skjema-avkrysning" },
      h("input", { type: "checkbox", id: `${id}-valgt`, checked: present, dataset: { toggle: path }, "aria-describedby": `${id}-hjelp` }),
      h("label", { for: `${id}-valgt`, text: `${node.title} (valgfritt)` }),
    );
    const body = present ? this.children(node, path, steps, level) : [];
    return this.group(path, node.title, node.description, [toggle, ...body], level);
  }

  list(node, path, steps, level) {
    const itemNode = this.model.resolve(node.items);
    const items = valueAt(this.doc, steps) || [];
    const itemTitle = itemNode.title || "Element";
    const canRemove = items.length > (node.minItems || 0);
    const rows = items.map((_, index) => {
      const itemPath = `${path}[${index}]`;
      const label = `${itemTitle} ${index + 1}`;
      const remove = canRemove
        ? h("button", { type: "button", class: "md-button skjema-fjern", id: `${fieldId(itemPath)}-fjern`, dataset: { remove: path, index: String(index) }, text: `Fjern ${lowerFirst(label)}` })
        : null;
      return h("li", {}, this.group(itemPath, label, null, [...this.children(itemNode, itemPath, [...steps, index], level + 1), remove], level + 1, "", "skjema-element"));
    });
    const canAdd = node.maxItems === undefined || items.length < node.maxItems;
    const add = canAdd ? h("button", { type: "button", class: "md-button", id: `${fieldId(path)}-legg-til`, dataset: { add: path }, text: `Legg til ${lowerFirst(itemTitle)}` }) : null;
    const empty = items.length ? null : h("p", { class: "skjema-tom", text: "Ingen er lagt til." });
    return this.group(path, node.title, node.description, [empty, items.length ? h("ol", { class: "skjema-liste" }, rows) : null, add], level);
  }

  derivedList(node, path, steps, level) {
    const itemNode = this.model.resolve(node.items);
    const items = valueAt(this.doc, steps) || [];
    const rows = items.map((row, index) => {
      const itemPath = `${path}[${index}]`;
      const label = `${itemNode.title || "Rad"} ${row.aar ?? index + 1}`;
      return this.group(itemPath, label, null, this.children(itemNode, itemPath, [...steps, index], level + 1), level + 1, "", "skjema-element skjema-budsjettaar");
    });
    return this.group(path, node.title, node.description, rows, level);
  }

  computed(node, path, steps) {
    const id = fieldId(path);
    const value = valueAt(this.doc, steps);
    const shown = value === undefined ? "–" : String(path).endsWith(".aar") ? String(value) : formatKroner(value);
    return h(
      "div",
      { class: "skjema-felt skjema-beregnet", dataset: { path, kind: "computed" }, id: `${id}-felt` },
      h("span", { class: "skjema-etikett", id: `${id}-etikett`, text: node.title }),
      h("span", { class: "skjema-verdi", id, tabindex: "-1", "aria-labelledby": `${id}-etikett`, dataset: { computed: path }, text: shown }),
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
    );
  }

  label(node, id, required) {
    return h("label", { for: id, class: "skjema-etikett", text: `${node.title}${required ? "" : " (valgfritt)"}` });
  }

  help(node, id) {
    return node.description ? h("div", { class: "skjema-hjelp", id: `${id}-hjelp`, text: node.description }) : null;
  }

  describedBy(node, id) {
    return node.description ? `${id}-hjelp` : undefined;
  }

  wrap(path, id, ...children) {
    return h("div", { class: "skjema-felt", dataset: { path, kind: "field" }, id: `${id}-felt` }, ...children);
  }

  input(node, path, steps, required) {
    const id = fieldId(path);
    const value = valueAt(this.doc, steps);
    const [autocomplete, type] = AUTOCOMPLETE[path] || ["off", "text"];
    const integer = node.type === "integer";
    const attrs = {
      id,
      name: path,
      "aria-describedby": this.describedBy(node, id),
      dataset: node.pattern ? { path, type: node.type, pattern: node.pattern } : { path, type: node.type },
      autocomplete,
      spellcheck: integer ? "false" : undefined,
      inputmode: integer ? "numeric" : undefined,
    };
    const long = node.type === "string" && (node.maxLength || 0) > TEXTAREA_FROM;
    const control = long ? h("textarea", { ...attrs, rows: "5" }) : h("input", { ...attrs, type: integer ? "text" : type });
    control.value = value === undefined ? "" : String(value);
    if (integer) control.classList.add("skjema-tall");
    return this.wrap(path, id, this.label(node, id, required), this.help(node, id), h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }), control);
  }

  checkbox(node, path, steps) {
    const id = fieldId(path);
    const control = h("input", { type: "checkbox", id, name: path, "aria-describedby": this.describedBy(node, id), dataset: { path, type: "boolean" } });
    control.checked = valueAt(this.doc, steps) === true;
    return h(
      "div",
      { class: "skjema-felt skjema-avkrysning", dataset: { path, kind: "field" }, id: `${id}-felt` },
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
      control,
      h("label", { for: id, text: node.title }),
      this.help(node, id),
    );
  }

  choices(node, path, steps) {
    const source = REFERENCE_CHOICES[path];
    if (source === "uh") return this.uhChoices();
    if (source === "ordninger") return this.model.ordningChoices();
    if (Array.isArray(node.enum)) return this.enumChoices(node, path, steps);
    if (node.type === "integer" && Number.isInteger(node.minimum) && Number.isInteger(node.maximum) && node.maximum - node.minimum <= SMALL_RANGE) {
      return Array.from({ length: node.maximum - node.minimum + 1 }, (_, i) => ({ value: node.minimum + i, label: String(node.minimum + i) }));
    }
    return null;
  }

  enumChoices(node, path, steps) {
    const titles = Array.isArray(node["x-enum-titles"]) ? node["x-enum-titles"] : [];
    const allowed = this.overrides[pattern(path)];
    const current = valueAt(this.doc, steps);
    return node.enum
      .map((value, i) => ({ value, label: titles[i] || String(value) }))
      .filter((choice) => !allowed || allowed.includes(choice.value) || choice.value === current)
      .map((choice) => (allowed && !allowed.includes(choice.value) ? { ...choice, label: `${choice.label} (ikke tillatt i valgt ordning)` } : choice));
  }

  uhChoices() {
    return this.data.uh.map((uh) => ({ value: uh.uh_id, label: uh.navn, group: UH_GROUPS[uh.uh_type] || "Andre" }));
  }

  radios(node, path, steps, choices, required) {
    const id = fieldId(path);
    const current = valueAt(this.doc, steps);
    const options = choices.map((choice, i) => {
      const optionId = `${id}-${i}`;
      const control = h("input", { type: "radio", id: optionId, name: path, value: String(choice.value), dataset: { path, type: node.type } });
      control.checked = current === choice.value;
      return h("div", { class: "skjema-valg" }, control, h("label", { for: optionId, text: choice.label }));
    });
    return h(
      "fieldset",
      { class: "skjema-felt skjema-radiogruppe", id: `${id}-felt`, dataset: { path, kind: "field" }, "aria-describedby": this.describedBy(node, id) },
      h("legend", { class: "skjema-etikett", text: `${node.title}${required ? "" : " (valgfritt)"}` }),
      this.help(node, id),
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
      options,
    );
  }

  select(node, path, steps, choices, required) {
    const id = fieldId(path);
    const current = valueAt(this.doc, steps);
    const control = h("select", { id, name: path, "aria-describedby": this.describedBy(node, id), dataset: { path, type: node.type } });
    control.append(h("option", { value: "", text: "Velg …" }));
    const groups = new Map();
    for (const choice of choices) {
      const option = h("option", { value: String(choice.value), text: choice.label });
      option.selected = current === choice.value;
      if (!choice.group) control.append(option);
      else {
        if (!groups.has(choice.group)) control.append(groups.set(choice.group, h("optgroup", { label: choice.group })).get(choice.group));
        groups.get(choice.group).append(option);
      }
    }
    return this.wrap(path, id, this.label(node, id, required), this.help(node, id), h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }), control);
  }
}
