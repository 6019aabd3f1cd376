// The receipt after sending, and the guide for submitting the file when there is no receiver.

import { h } from "./bygg.js";
import { formatKroner } from "./regler.js";

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
  const head = h("tr", {}, ["År", "Eierens andel", "UH-andel", "Koordinator", "Sum"].map((text) => h("th", { scope: "col", text })));
  const body = (budsjett || []).map((year) =>
    h(
      "tr",
      {},
      h("th", { scope: "row", text: String(year.aar) }),
      [year.eier_andel, year.uh_andel, year.koordinator_andel, year.sum].map((value) => h("td", { text: formatKroner(value ?? 0) })),
    ),
  );
  return h("table", {}, h("caption", { text: "Budsjett per år" }), h("thead", {}, head), h("tbody", {}, body));
}

function egenandelText(model, egenandel) {
  if (!egenandel) return "Ingen (ordningen har ikke egenandel)";
  return `${formatKroner(egenandel.belop)} (${enumTitle(model, ["egenandel", "form"], egenandel.form)}); minst ${formatKroner(egenandel.minimum)}`;
}

function receivedAt(text) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return String(text ?? "");
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeStyle: "short" }).format(date);
}

export function renderReceipt(section, model, receipt, actions) {
  const link = receipt.pull_request_url ? safeLink(receipt.pull_request_url) : null;
  const eier = receipt.eier || {};
  const warnings = receipt.advarsler || [];
  const parts = [
    h("h2", { id: "kvittering-tittel", text: "Behovsmeldingen er mottatt" }),
    h("p", { text: "Ta vare på kvitteringen. Oppgi id-en hvis du kontakter Statsforvalteren om behovsmeldingen." }),
    h(
      "dl",
      { class: "skjema-kvittering-liste" },
      row("Id", h("span", { id: "kvittering-id", text: receipt.id })),
      row("Gren", h("code", { id: "kvittering-gren", text: receipt.branch })),
      row("Pull request", link ? h("a", { href: link, id: "kvittering-pr", text: link }) : "Statsforvalteren oppretter saken for behandling."),
      row("Mottatt", receivedAt(receipt.mottatt)),
      row("Ordning", model.ordningNavn(receipt.ordning)),
      row("År og varighet", `${receipt.aar}, ${receipt.periode_aar} år`),
      row("Eier", `${eier.navn ?? ""} (org.nr. ${eier.organisasjonsnummer ?? ""})`),
      row("Sum for hele perioden", h("span", { id: "kvittering-sum", text: formatKroner(receipt.sum_total ?? 0) })),
      row("Egenandel", egenandelText(model, receipt.egenandel)),
    ),
    budgetTable(receipt.budsjett),
    warnings.length ? h("h3", { text: "Advarsler" }) : null,
    warnings.length ? h("ul", {}, warnings.map((item) => h("li", { text: typeof item === "string" ? item : item.message }))) : null,
    h("div", { class: "skjema-knapper skjema-ikke-utskrift" }, actions),
  ];
  section.replaceChildren(...parts.filter(Boolean));
  section.hidden = false;
}

export function submissionGuide(repoUrl) {
  const repo = safeLink(repoUrl || "");
  const repoText = repo ? h("a", { href: repo, text: "repositoriet for behovsmeldinger" }) : "repositoriet for behovsmeldinger (lenken får du av Statsforvalteren)";
  return h(
    "section",
    { class: "skjema-veiledning", id: "innsending-veiledning", "aria-labelledby": "veiledning-tittel" },
    h("h2", { id: "veiledning-tittel", text: "Slik sender du inn behovsmeldingen" }),
    h("p", { text: "Dette nettstedet har ikke noe mottak. Last ned behovsmeldingen som fil og send den som en pull request:" }),
    h(
      "ol",
      {},
      h("li", { text: "Trykk «Last ned behovsmeldingen». Skjemaet kontrolleres først; rett eventuelle feil." }),
      h("li", {}, "Åpne ", repoText, " i nettleseren og logg inn."),
      h("li", {}, "Gå til mappen ", h("code", { id: "veiledning-mappe", text: "submissions/<år>/<ordning>/" }), ". Finnes den ikke, skriver du mappenavnet foran filnavnet når du laster opp."),
      h("li", { text: "Velg «Add file» og «Upload files», og last opp filen." }),
      h("li", { text: "Velg å lage en ny gren og en pull request. Gi den en kort tittel uten personopplysninger, for eksempel «Behovsmelding fra skjemaet»." }),
    ),
    h("p", { text: "Filen får et navn som bm-2027-1a2b3c4d.json. Navnet er behovsmeldingens id, laget av skjemaet: last opp filen uten å endre navnet eller innholdet." }),
  );
}

export function updateGuideFolder(doc) {
  const folder = document.getElementById("veiledning-mappe");
  if (!folder) return;
  const year = Number.isInteger(doc.aar) ? doc.aar : "<år>";
  folder.textContent = `submissions/${year}/${doc.ordning || "<ordning>"}/`;
}
