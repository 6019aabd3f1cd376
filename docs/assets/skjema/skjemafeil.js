// JSON Schema errors from the precompiled Ajv validator as problems with Norwegian messages,
// worded and coded as in scripts/kompetanse/validation/schema.py. Fields are named by their title.

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

const TYPE_NB = {
  string: "tekst",
  integer: "et heltall",
  number: "et tall",
  boolean: "ja/nei (true eller false)",
  array: "en liste",
  object: "et objekt",
  null: "tom (null)",
};

const SKIPPED_KEYWORDS = new Set(["if", "then", "else", "allOf"]);

export function describeValue(value) {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") {
    const chars = Array.from(value);
    return `«${chars.length <= 60 ? value : chars.slice(0, 57).join("") + "…"}»`;
  }
  if (Array.isArray(value)) return `en liste med ${value.length} elementer`;
  if (typeof value === "object") return "et objekt";
  return String(value);
}

export function kindOf(value) {
  if (typeof value === "boolean") return TYPE_NB.boolean;
  if (typeof value === "number") return Number.isInteger(value) ? TYPE_NB.integer : TYPE_NB.number;
  if (typeof value === "string") return TYPE_NB.string;
  if (value === null || value === undefined) return TYPE_NB.null;
  return Array.isArray(value) ? TYPE_NB.array : TYPE_NB.object;
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
    return path.length ? String(path[path.length - 1]) : "Behovsmeldingen";
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

const MESSAGE_BY_KEYWORD = {
  type: (t, v, e) => `«${t}» skal være ${TYPE_NB[e.type] || e.type}, men er ${kindOf(v)} (${describeValue(v)}).`,
  const: (t, v, e) =>
    e.allowedValue === true ? `«${t}» må bekreftes (krysses av).` : `«${t}» skal være ${describeValue(e.allowedValue)}, men er ${describeValue(v)}.`,
  enum: (t, v, e, n) => `«${t}» må være en av: ${enumText(n, e.allowedValues)}; fant ${describeValue(v)}.`,
  pattern: (t, v, e, n) => `«${t}» har feil form: ${describeValue(v)}. ${(n && n.description) || ""}`.trim(),
  minimum: (t, v, e) => `«${t}» må være minst ${e.limit}; fant ${describeValue(v)}.`,
  exclusiveMinimum: (t, v, e) => `«${t}» må være større enn ${e.limit}; fant ${describeValue(v)}.`,
  maximum: (t, v, e) => `«${t}» kan være høyst ${e.limit}; fant ${describeValue(v)}.`,
  exclusiveMaximum: (t, v, e) => `«${t}» må være mindre enn ${e.limit}; fant ${describeValue(v)}.`,
  minLength: (t, v, e) => `«${t}» må ha minst ${e.limit} tegn; har ${Array.from(v).length}.`,
  maxLength: (t, v, e) => `«${t}» kan ha høyst ${e.limit} tegn; har ${Array.from(v).length}.`,
  minItems: (t, v, e) => `«${t}» må ha minst ${e.limit}; har ${v.length}.`,
  maxItems: (t, v, e) => `«${t}» kan ha høyst ${e.limit}; har ${v.length}.`,
};

function additionalProblem(titles, path, extras) {
  const names = extras.map((name) => `«${name}»`).join(", ");
  return {
    code: "skjema-ukjent-felt",
    severity: "error",
    location: jsonPath(path),
    message: `«${titles.title(path)}» har felt som ikke finnes i skjemaet: ${names}.`,
  };
}

function toProblem(titles, doc, error) {
  let path = pointerToPath(error.instancePath);
  let message;
  if (error.keyword === "required") {
    path = [...path, error.params.missingProperty];
    const node = titles.nodeAt(path);
    message = node && node.const === true ? `«${titles.title(path)}» må bekreftes (krysses av).` : `«${titles.title(path)}» mangler.`;
  } else {
    const build = MESSAGE_BY_KEYWORD[error.keyword];
    const title = titles.title(path);
    message = build
      ? build(title, valueAt(doc, path), error.params, titles.nodeAt(path) || {})
      : `«${title}» oppfyller ikke kravet «${error.keyword}» i skjemaet.`;
  }
  return { code: CODE_BY_KEYWORD[error.keyword] || "skjema-annet", severity: "error", location: jsonPath(path), message };
}

function versionProblem(schema, doc) {
  const known = ((schema.properties || {}).schema_version || {}).enum || [];
  if (!doc || typeof doc !== "object" || !("schema_version" in doc) || known.includes(doc.schema_version)) return null;
  const version = doc.schema_version;
  const message =
    typeof version === "string"
      ? `Ukjent skjemaversjon ${describeValue(version)}; kjente versjoner: ${known.join(", ")}.`
      : `«Skjemaversjon» skal være tekst, men er ${kindOf(version)}; kjente versjoner: ${known.join(", ")}.`;
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
