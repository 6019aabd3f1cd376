// The receipt after sending, in plain words (what happens now, the melding's own link, the whole
// melding, the office's name for the printout), and the guide for submitting the file when there
// is no receiver.

import { h } from "./bygg.js";
import { meldingOverview } from "./oversikt.js";
import { formatDate, formatKroner } from "./regler.js";

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

function egenandelText(model, egenandel) {
  if (!egenandel) return "Ingen (ordningen har ikke egenandel)";
  return `${formatKroner(egenandel.belop)} (${enumTitle(model, ["egenandel", "form"], egenandel.form)}); minst ${formatKroner(egenandel.minimum)}`;
}

function receivedAt(text) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return String(text ?? "");
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

function deadlineOf(data, receipt) {
  const row = (data.innstillinger || []).find((item) => item.aar === receipt.aar && item.ordning === receipt.ordning);
  return row ? formatDate(row.frist) : "";
}

// What happens now, in plain words: the e-mail to confirm, the melding's own page, the treatment.
function nextSteps(data, receipt, melding, options) {
  const address = melding.kontaktperson && melding.kontaktperson.epost ? melding.kontaktperson.epost : "kontaktpersonen";
  const link = receipt.lenke ? safeLink(receipt.lenke) : null;
  const frist = deadlineOf(data, receipt);
  const steps = [
    options.correction && !options.newAddress
      ? h("li", { text: "Rettingen er lagt til behovsmeldingen. Statsforvalteren ser hva som er endret." })
      : h("li", { id: "kvittering-epost", text: `Vi sender en e-post til ${address}. Åpne lenken i e-posten og trykk på knappen for å bekrefte at adressen er din. Til det er gjort, står behovsmeldingen som «ikke bekreftet».` }),
    link
      ? h("li", {}, "På siden til behovsmeldingen ser du hvor langt behandlingen har kommet", frist ? `, og der kan du rette eller trekke den fram til fristen ${frist}: ` : ": ", h("a", { href: link, id: "kvittering-lenke", text: "Se, rett eller trekk behovsmeldingen" }), ". Lenken er personlig; den står også i e-posten.")
      : null,
    h("li", { text: `${office(data)} behandler behovsmeldingene etter fristen og gjør vedtak om tilskudd.` }),
  ];
  return [h("h3", { text: "Hva skjer nå?" }), h("ol", { id: "kvittering-neste" }, steps)];
}

function office(data) {
  return (data.embete && data.embete.navn) || "Statsforvalteren";
}

function heading(options) {
  if (options.correction) return options.changed === false ? "Ingenting er endret" : "Rettingen er mottatt";
  return "Behovsmeldingen er sendt";
}

export function renderReceipt(section, model, data, receipt, melding, actions, options = {}) {
  const eier = receipt.eier || {};
  const warnings = receipt.advarsler || [];
  const parts = [
    h("p", { id: "kvittering-kontor", class: "skjema-kvittering-kontor", text: office(data) }),
    h("h2", { id: "kvittering-tittel", tabindex: "-1", text: heading(options) }),
    h("p", { text: "Ta vare på kvitteringen. Oppgi behovsmeldingens id hvis du kontakter Statsforvalteren om den." }),
    receipt.etter_fristen ? h("p", { id: "kvittering-etter-fristen", class: "skjema-advarsel", text: "Behovsmeldingen ble sendt etter fristen. Statsforvalteren avgjør om den kan behandles." }) : null,
    h(
      "dl",
      { class: "skjema-kvittering-liste" },
      row("Behovsmeldingens id", h("span", { id: "kvittering-id", text: receipt.id })),
      row("Mottatt", receivedAt(receipt.mottatt)),
      row("Ordning", model.ordningNavn(receipt.ordning)),
      row("År og varighet", `${receipt.aar}, ${receipt.periode_aar} år`),
      row("Eier", `${eier.navn ?? ""} (org.nr. ${eier.organisasjonsnummer ?? ""})`),
      row("Sum for hele perioden", h("span", { id: "kvittering-sum", text: formatKroner(receipt.sum_total ?? 0) })),
      row("Egenandel", egenandelText(model, receipt.egenandel)),
    ),
    ...nextSteps(data, receipt, melding, options),
    warnings.length ? h("h3", { text: "Statsforvalteren ser også på dette" }) : null,
    warnings.length ? h("ul", { id: "kvittering-advarsler" }, warnings.map((item) => h("li", { text: typeof item === "string" ? item : item.message }))) : null,
    h("h3", { text: "Behovsmeldingen slik du sendte den" }),
    meldingOverview(model, data, melding, 4),
    h("div", { class: "skjema-knapper skjema-ikke-utskrift" }, actions),
  ];
  section.replaceChildren(...parts.filter(Boolean));
  section.hidden = false;
  section.querySelector("#kvittering-tittel").focus();
}

const COPY_STYLE = `body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}td.skjema-tall{text-align:right}
.skjema-kvittering-kontor{font-weight:700;border-bottom:2px solid #005a87}.skjema-skjult{position:absolute;left:-9999px}`;

// The receipt as a file of its own (HTML), without the buttons: to keep or to print later.
export function receiptFile(section, receipt) {
  const copy = section.cloneNode(true);
  for (const element of copy.querySelectorAll(".skjema-ikke-utskrift")) element.remove();
  copy.removeAttribute("hidden");
  const title = h("title", { text: `Kvittering for behovsmelding ${receipt.id}` });
  const head = `<meta charset="utf-8">${title.outerHTML}<style>${COPY_STYLE}</style>`;
  return `<!doctype html>\n<html lang="nb"><head>${head}</head><body>${copy.outerHTML}</body></html>\n`;
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
