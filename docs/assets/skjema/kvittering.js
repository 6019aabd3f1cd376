// The receipt after sending, and the guide for submitting the file when there is no receiver.

import { h } from "./bygg.js";
import { formatKroner } from "./regler.js";
import { locale, t, template } from "./tekst.js";

function safeLink(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

// The x-enum-titles title of a value at a path in the schema, or the value itself.
function enumTitle(model, path, value) {
  const node = model.titles.nodeAt(path) || {};
  const titles = node["x-enum-titles"] || [];
  const index = (node.enum || []).indexOf(value);
  return index >= 0 && titles[index] ? titles[index] : String(value ?? "");
}

function row(term, ...value) {
  return [h("dt", { text: term }), h("dd", {}, ...value)];
}

function budgetTable(budsjett) {
  const columns = ["aar", "eier", "uh", "koordinator", "sum"].map((name) => t(`skjema.kvittering.kolonne.${name}`));
  const head = h("tr", {}, columns.map((text) => h("th", { scope: "col", text })));
  const body = (budsjett || []).map((year) =>
    h(
      "tr",
      {},
      h("th", { scope: "row", text: String(year.aar) }),
      [year.eier_andel, year.uh_andel, year.koordinator_andel, year.sum].map((value) => h("td", { text: formatKroner(value ?? 0) })),
    ),
  );
  return h("table", {}, h("caption", { text: t("skjema.kvittering.budsjett") }), h("thead", {}, head), h("tbody", {}, body));
}

function egenandelText(model, egenandel) {
  if (!egenandel) return t("skjema.kvittering.ingen-egenandel");
  return t("skjema.kvittering.egenandel", {
    belop: formatKroner(egenandel.belop),
    form: enumTitle(model, ["egenandel", "form"], egenandel.form),
    minimum: formatKroner(egenandel.minimum),
  });
}

function receivedAt(text) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return String(text ?? "");
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short" }).format(date);
}

export function renderReceipt(section, model, receipt, actions) {
  const link = receipt.pull_request_url ? safeLink(receipt.pull_request_url) : null;
  const eier = receipt.eier || {};
  const warnings = receipt.advarsler || [];
  const parts = [
    h("h2", { id: "kvittering-tittel", text: t("skjema.kvittering.tittel") }),
    h("p", { text: t("skjema.kvittering.ingress") }),
    h(
      "dl",
      { class: "skjema-kvittering-liste" },
      row(t("skjema.kvittering.referanse"), h("span", { id: "kvittering-id", text: receipt.id })),
      row(t("skjema.kvittering.lagret-som"), h("code", { id: "kvittering-gren", text: receipt.branch })),
      row(
        t("skjema.kvittering.saken"),
        link ? h("a", { href: link, id: "kvittering-pr", text: link }) : t("skjema.kvittering.saken-opprettes"),
      ),
      row(t("skjema.kvittering.mottatt"), receivedAt(receipt.mottatt)),
      row(t("skjema.kvittering.ordning"), model.ordningNavn(receipt.ordning)),
      row(t("skjema.kvittering.aar-og-varighet"), t("skjema.kvittering.aar-varighet", { aar: receipt.aar, periode: receipt.periode_aar })),
      row(t("skjema.kvittering.eier"), t("skjema.kvittering.eier-orgnr", { navn: eier.navn ?? "", orgnr: eier.organisasjonsnummer ?? "" })),
      row(t("skjema.kvittering.sum"), h("span", { id: "kvittering-sum", text: formatKroner(receipt.sum_total ?? 0) })),
      row(t("skjema.kvittering.egenandel-rad"), egenandelText(model, receipt.egenandel)),
    ),
    budgetTable(receipt.budsjett),
    warnings.length ? h("h3", { text: t("skjema.kvittering.advarsler") }) : null,
    warnings.length ? h("ul", {}, warnings.map((item) => h("li", { text: typeof item === "string" ? item : item.message }))) : null,
    h("div", { class: "skjema-knapper skjema-ikke-utskrift" }, actions),
  ];
  section.replaceChildren(...parts.filter(Boolean));
  section.hidden = false;
}

export function submissionGuide(repoUrl) {
  const repo = safeLink(repoUrl || "");
  const repoText = repo ? h("a", { href: repo, text: t("skjema.veiledning.arkivet") }) : t("skjema.veiledning.arkivet-uten-lenke");
  const [beforeFolder, afterFolder] = template("skjema.veiledning.steg-mappe").split("{mappe}");
  const [beforeRepo, afterRepo] = template("skjema.veiledning.steg-apne").split("{arkivet}");
  return h(
    "section",
    { class: "skjema-veiledning", id: "innsending-veiledning", "aria-labelledby": "veiledning-tittel" },
    h("h2", { id: "veiledning-tittel", text: t("skjema.veiledning.tittel") }),
    h("p", { text: t("skjema.veiledning.ingress") }),
    h(
      "ol",
      {},
      h("li", { text: t("skjema.veiledning.steg-last-ned") }),
      h("li", {}, beforeRepo, repoText, afterRepo),
      h("li", {}, beforeFolder, h("code", { id: "veiledning-mappe", text: "submissions/<år>/<ordning>/" }), afterFolder),
      h("li", { text: t("skjema.veiledning.steg-last-opp") }),
      h("li", { text: t("skjema.veiledning.steg-pull-request") }),
    ),
    h("p", { text: t("skjema.veiledning.filnavn") }),
  );
}

export function updateGuideFolder(doc) {
  const folder = document.getElementById("veiledning-mappe");
  if (!folder) return;
  const year = Number.isInteger(doc.aar) ? doc.aar : "<år>";
  folder.textContent = `submissions/${year}/${doc.ordning || "<ordning>"}/`;
}
