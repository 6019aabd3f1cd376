// The whole melding as the caseworker reads it, for the "Se over før du sender" step and the
// receipt: every field the sender filled in, named by the schema's titles, choices by their
// x-enum-titles, the ordning and the UH partner by their names in the registers, kroner written
// the Norwegian way and the budget as a table. A field added to the schema appears here.

import { h } from "./bygg.js";
import { formatKroner } from "./regler.js";
import { t } from "./tekst.js";

const SYSTEM = new Set(["schema_version", "id", "innsending", "maalform"]);

function isKronerField(node) {
  return node && node.type === "integer" && /\(kroner\)/.test(node.title || "");
}

function choiceTitle(node, value) {
  const titles = node["x-enum-titles"] || [];
  const index = (node.enum || []).indexOf(value);
  return index >= 0 && titles[index] ? titles[index] : String(value);
}

function uhName(data, uhId) {
  const found = (data.uh || []).find((row) => row.uh_id === uhId);
  return found ? found.navn : String(uhId);
}

function leafText(model, data, path, node, value) {
  const name = path[path.length - 1];
  if (typeof value === "boolean") return t(value ? "skjema.ja" : "skjema.nei");
  if (path.length === 1 && name === "ordning") return model.ordningNavn(value);
  if (name === "uh_id") return uhName(data, value);
  if (Array.isArray(node.enum)) return choiceTitle(node, value);
  if (isKronerField(node)) return formatKroner(value);
  return String(value);
}

function pairs(model, data, path, node, value) {
  const rows = [];
  for (const [name, child] of Object.entries(node.properties || {})) {
    const inner = value[name];
    if (inner === undefined || inner === null || inner === "") continue;
    const resolved = model.resolve(child);
    rows.push(h("dt", { text: resolved.title || name }), h("dd", {}, describe(model, data, [...path, name], resolved, inner)));
  }
  return h("dl", { class: "skjema-oversikt-liste" }, rows);
}

function budgetTable(model, node, rows) {
  const columns = Object.entries(model.resolve(node.items).properties || {}).map(([name, child]) => [name, model.resolve(child)]);
  const head = h("tr", {}, columns.map(([, child]) => h("th", { scope: "col", text: child.title })));
  const body = rows.map((row) =>
    h(
      "tr",
      {},
      columns.map(([name, child], index) => {
        const text = isKronerField(child) ? formatKroner(row[name] ?? 0) : String(row[name] ?? "");
        return index === 0 ? h("th", { scope: "row", text }) : h("td", { class: "skjema-tall", text });
      }),
    ),
  );
  return h("table", { class: "skjema-oversikt-tabell" }, h("caption", { text: node.title }), h("thead", {}, head), h("tbody", {}, body));
}

function listOf(model, data, path, node, items) {
  if (!items.length) return t("skjema.ingen");
  const itemNode = model.resolve(node.items || {});
  if (itemNode.type !== "object") return items.map((item) => leafText(model, data, path, itemNode, item)).join(", ");
  return h(
    "ol",
    { class: "skjema-oversikt-elementer" },
    items.map((item, index) => h("li", {}, h("span", { class: "skjema-skjult", text: `${itemNode.title || t("skjema.element")} ${index + 1}` }), pairs(model, data, [...path, index], itemNode, item || {}))),
  );
}

function describe(model, data, path, node, value) {
  if (Array.isArray(value)) return listOf(model, data, path, node, value);
  if (value && typeof value === "object") return pairs(model, data, path, node, value);
  return leafText(model, data, path, node, value);
}

// One section per top-level group, in the schema's order; loose fields first under a common heading.
export function meldingOverview(model, data, melding, level = 3) {
  const loose = [];
  const groups = [];
  for (const name of Object.keys(model.root.properties)) {
    const value = melding[name];
    if (SYSTEM.has(name) || value === undefined || value === null) continue;
    const node = model.resolve(model.root.properties[name]);
    if (name === "budsjett" && node.type === "array") {
      groups.push(h("section", { class: "skjema-oversikt-del" }, budgetTable(model, node, value)));
    } else if (node.type === "object" || node.type === "array") {
      groups.push(h("section", { class: "skjema-oversikt-del" }, h(`h${level}`, { text: node.title || name }), describe(model, data, [name], node, value)));
    } else {
      loose.push(h("dt", { text: node.title || name }), h("dd", {}, leafText(model, data, [name], node, value)));
    }
  }
  const first = h("section", { class: "skjema-oversikt-del" }, h(`h${level}`, { text: t("skjema.om-behovsmeldingen") }), h("dl", { class: "skjema-oversikt-liste" }, loose));
  return h("div", { class: "skjema-oversikt" }, first, ...groups);
}
