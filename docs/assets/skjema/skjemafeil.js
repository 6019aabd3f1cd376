// JSON Schema errors from the precompiled Ajv validator as problems with Norwegian messages,
// worded (the same catalogue keys) and coded as in scripts/kompetanse/validation/schema.py.
// Fields are named by their title in the page's målform (the form gets a translated schema).

import { t } from "./tekst.js";
import validateSchema from "./vendor/behovsmelding-validator.js";

const CODE_BY_KEYWORD = {
  type: "skjema-type",
  required: "skjema-mangler-felt",
  additionalProperties: "skjema-ukjent-felt",
  enum: "skjema-ugyldig-valg",
  pattern: "skjema-ugyldig-format",
  minimum: "skjema-for-lav",
  exclusiveMinimum: "skjema-for-lav",
  maximum: "skjema-for-hoy",
  exclusiveMaximum: "skjema-for-hoy",
  minLength: "skjema-for-kort",
  maxLength: "skjema-for-lang",
  minItems: "skjema-for-faa",
  maxItems: "skjema-for-mange",
  const: "skjema-ikke-bekreftet",
};

const TYPE_NAMES = new Set(["string", "integer", "number", "boolean", "array", "object", "null"]);

function typeName(name) {
  return TYPE_NAMES.has(name) ? t(`skjema.type.${name}`) : name;
}

const SKIPPED_KEYWORDS = new Set(["if", "then", "else", "allOf"]);

export function describeValue(value) {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") {
    const chars = Array.from(value);
    return `«${chars.length <= 60 ? value : chars.slice(0, 57).join("") + "…"}»`;
  }
  if (Array.isArray(value)) return t("skjema.verdi.liste", { antall: value.length });
  if (typeof value === "object") return t("skjema.verdi.objekt");
  return String(value);
}

// The twin of validation/schema_messages.py's is_personal: no message repeats a personal detail.
const PERSONAL_OBJECTS = new Set(["kontaktperson"]);
const PERSONAL_LIST_FIELDS = { studenter: new Set(["navn"]) };

export function isPersonal(path) {
  if (!path.length) return false;
  if (PERSONAL_OBJECTS.has(path[0])) return true;
  const fields = PERSONAL_LIST_FIELDS[path[0]];
  return Boolean(fields) && path.length >= 3 && fields.has(path[2]);
}

function found(value, path) {
  return isPersonal(path) ? t("skjema.verdi.skjult") : describeValue(value);
}

export function kindOf(value) {
  if (typeof value === "boolean") return typeName("boolean");
  if (typeof value === "number") return typeName(Number.isInteger(value) ? "integer" : "number");
  if (typeof value === "string") return typeName("string");
  if (value === null || value === undefined) return typeName("null");
  return typeName(Array.isArray(value) ? "array" : "object");
}

export function jsonPath(path) {
  return path.reduce((text, step) => text + (typeof step === "number" ? `[${step}]` : `.${step}`), "$");
}

export function parseJsonPath(location) {
  const steps = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]/g;
  let match;
  while ((match = pattern.exec(location)) !== null) {
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  return steps;
}

function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export class SchemaTitles {
  constructor(schema) {
    this.schema = schema;
  }

  resolve(node) {
    let current = node;
    while (current && current.$ref) {
      let target = this.schema;
      for (const part of current.$ref.replace(/^#\//, "").split("/")) target = target[part];
      const rest = { ...current };
      delete rest.$ref;
      current = { ...target, ...rest };
    }
    return current;
  }

  nodeAt(path) {
    let node = this.resolve(this.schema);
    for (const step of path) {
      const child = typeof step === "number" ? node.items : (node.properties || {})[step];
      if (!child || typeof child !== "object") return null;
      node = this.resolve(child);
    }
    return node;
  }

  title(path) {
    const node = this.nodeAt(path);
    if (node && node.title) return String(node.title);
    return path.length ? String(path[path.length - 1]) : t("skjema.behovsmeldingen");
  }
}

function valueAt(doc, path) {
  return path.reduce((value, step) => (value == null ? undefined : value[step]), doc);
}

export function enumText(node, expected) {
  const titles = node && node["x-enum-titles"];
  if (Array.isArray(titles) && node.enum && titles.length === node.enum.length) {
    return expected.map((value) => titles[node.enum.indexOf(value)] ?? value).join(", ");
  }
  return expected.join(", ");
}

function bound(key) {
  return (felt, v, e, n, p) => t(key, { felt, grense: e.limit, funnet: found(v, p) });
}

function patternMessage(felt, v, e, n, p) {
  const hjelp = (n && n.description) || "";
  if (!hjelp) return t("problem.skjema-ugyldig-format", { felt, funnet: found(v, p) });
  return t("problem.skjema-ugyldig-format.med-hjelp", { felt, funnet: found(v, p), hjelp });
}

const MESSAGE_BY_KEYWORD = {
  type: (felt, v, e, n, p) => t("problem.skjema-type", { felt, ventet: typeName(e.type), type: kindOf(v), funnet: found(v, p) }),
  const: (felt, v, e, n, p) =>
    e.allowedValue === true
      ? t("problem.skjema-bekreftes", { felt })
      : t("problem.skjema-fast-verdi", { felt, ventet: describeValue(e.allowedValue), funnet: found(v, p) }),
  enum: (felt, v, e, n, p) => t("problem.skjema-ugyldig-valg", { felt, valg: enumText(n, e.allowedValues), funnet: found(v, p) }),
  pattern: patternMessage,
  minimum: bound("problem.skjema-for-lav"),
  exclusiveMinimum: bound("problem.skjema-for-lav.eksklusiv"),
  maximum: bound("problem.skjema-for-hoy"),
  exclusiveMaximum: bound("problem.skjema-for-hoy.eksklusiv"),
  minLength: (felt, v, e) => t("problem.skjema-for-kort", { felt, grense: e.limit, lengde: Array.from(v).length }),
  maxLength: (felt, v, e) => t("problem.skjema-for-lang", { felt, grense: e.limit, lengde: Array.from(v).length }),
  minItems: (felt, v, e) => t("problem.skjema-for-faa", { felt, grense: e.limit, antall: v.length }),
  maxItems: (felt, v, e) => t("problem.skjema-for-mange", { felt, grense: e.limit, antall: v.length }),
};

function additionalProblem(titles, path, extras) {
  const navn = isPersonal(path) ? t("skjema.verdi.skjult") : extras.map((name) => describeValue(name)).join(", ");
  return {
    code: "skjema-ukjent-felt",
    severity: "error",
    location: jsonPath(path),
    message: t("problem.skjema-ukjent-felt", { felt: titles.title(path), navn }),
  };
}

function toProblem(titles, doc, error) {
  let path = pointerToPath(error.instancePath);
  let message;
  if (error.keyword === "required") {
    path = [...path, error.params.missingProperty];
    const node = titles.nodeAt(path);
    const key = node && node.const === true ? "problem.skjema-bekreftes" : "problem.skjema-mangler-felt";
    message = t(key, { felt: titles.title(path) });
  } else {
    const build = MESSAGE_BY_KEYWORD[error.keyword];
    const title = titles.title(path);
    message = build
      ? build(title, valueAt(doc, path), error.params, titles.nodeAt(path) || {}, path)
      : t("problem.skjema-annet", { felt: title, krav: error.keyword });
  }
  return { code: CODE_BY_KEYWORD[error.keyword] || "skjema-annet", severity: "error", location: jsonPath(path), message };
}

function versionProblem(schema, doc) {
  const known = ((schema.properties || {}).schema_version || {}).enum || [];
  if (!doc || typeof doc !== "object" || !("schema_version" in doc) || known.includes(doc.schema_version)) return null;
  const version = doc.schema_version;
  const kjente = known.join(", ");
  const message =
    typeof version === "string"
      ? t("problem.skjema-versjon-ukjent", { funnet: describeValue(version), kjente })
      : t("problem.skjema-versjon-ukjent.ikke-tekst", { funnet: kindOf(version), kjente });
  return { code: "skjema-versjon-ukjent", severity: "error", location: "$.schema_version", message };
}

export function schemaProblems(schema, doc, ignoredMissing = []) {
  const version = versionProblem(schema, doc);
  if (version) return [version];
  if (validateSchema(doc)) return [];
  const titles = new SchemaTitles(schema);
  const extrasByPath = new Map();
  const problems = [];
  for (const error of validateSchema.errors || []) {
    if (SKIPPED_KEYWORDS.has(error.keyword)) continue;
    if (error.keyword === "required" && error.instancePath === "" && ignoredMissing.includes(error.params.missingProperty)) continue;
    if (error.keyword === "additionalProperties") {
      const key = error.instancePath;
      if (!extrasByPath.has(key)) extrasByPath.set(key, []);
      extrasByPath.get(key).push(error.params.additionalProperty);
      continue;
    }
    problems.push(toProblem(titles, doc, error));
  }
  for (const [pointer, extras] of extrasByPath) {
    problems.push(additionalProblem(titles, pointerToPath(pointer), extras.sort()));
  }
  return dedupe(problems);
}

function dedupe(problems) {
  const seen = new Set();
  return problems.filter((item) => {
    const key = `${item.location}|${item.code}|${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
