// The receipt after sending, in plain words (what happens now, the melding's own link, the whole
// melding, the office's name for the printout), and the guide for submitting the file when there
// is no receiver.

import { h } from "./bygg.js";
import { meldingOverview } from "./oversikt.js";
import { formatDate, formatKroner } from "./regler.js";
import { locale, maalform, t, template } from "./tekst.js";

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
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

function deadlineOf(data, receipt) {
  const row = (data.innstillinger || []).find((item) => item.aar === receipt.aar && item.ordning === receipt.ordning);
  return row ? formatDate(row.frist) : "";
}

// A text with one element in the place of its {name} placeholder.
function withElement(key, name, element, params = {}) {
  const [before, after] = template(key).split(`{${name}}`);
  const fill = (text) => text.replace(/\{([a-z_]+)\}/g, (match, param) => (param in params ? String(params[param]) : match));
  return [fill(before), element, fill(after ?? "")];
}

// What happens now, in plain words: the e-mail to confirm, the melding's own page, the treatment.
function nextSteps(data, receipt, melding, options) {
  const address = melding.kontaktperson && melding.kontaktperson.epost ? melding.kontaktperson.epost : t("skjema.kvittering.kontaktpersonen");
  const link = receipt.lenke ? safeLink(receipt.lenke) : null;
  const frist = deadlineOf(data, receipt);
  const anchor = link ? h("a", { href: link, id: "kvittering-lenke", text: t("skjema.kvittering.lenketekst") }) : null;
  const steps = [
    options.correction && !options.newAddress
      ? h("li", { text: t("skjema.kvittering.retting-lagt-til") })
      : h("li", { id: "kvittering-epost", text: t("skjema.kvittering.epost", { adresse: address }) }),
    link ? h("li", {}, ...withElement(frist ? "skjema.kvittering.siden-frist" : "skjema.kvittering.siden", "lenke", anchor, { frist })) : null,
    h("li", { text: t("skjema.kvittering.behandling", { embete: office(data) }) }),
  ];
  return [h("h3", { text: t("skjema.kvittering.hva-naa") }), h("ol", { id: "kvittering-neste" }, steps)];
}

function office(data) {
  return (data.embete && data.embete.navn) || t("skjema.statsforvalteren");
}

function heading(options) {
  if (options.correction) return t(options.changed === false ? "skjema.kvittering.ingenting-endret" : "skjema.kvittering.retting-mottatt");
  return t("skjema.kvittering.tittel");
}

export function renderReceipt(section, model, data, receipt, melding, actions, options = {}) {
  const eier = receipt.eier || {};
  const warnings = receipt.advarsler || [];
  const parts = [
    h("p", { id: "kvittering-kontor", class: "skjema-kvittering-kontor", text: office(data) }),
    h("h2", { id: "kvittering-tittel", tabindex: "-1", text: heading(options) }),
    h("p", { text: t("skjema.kvittering.ingress") }),
    receipt.etter_fristen ? h("p", { id: "kvittering-etter-fristen", class: "skjema-advarsel", text: t("skjema.kvittering.etter-fristen") }) : null,
    h(
      "dl",
      { class: "skjema-kvittering-liste" },
      row(t("skjema.kvittering.referanse"), h("span", { id: "kvittering-id", text: receipt.id })),
      row(t("skjema.kvittering.mottatt"), receivedAt(receipt.mottatt)),
      row(t("skjema.kvittering.ordning"), model.ordningNavn(receipt.ordning)),
      row(t("skjema.kvittering.aar-og-varighet"), t("skjema.kvittering.aar-varighet", { aar: receipt.aar, periode: receipt.periode_aar })),
      row(t("skjema.kvittering.eier"), t("skjema.kvittering.eier-orgnr", { navn: eier.navn ?? "", orgnr: eier.organisasjonsnummer ?? "" })),
      row(t("skjema.kvittering.sum"), h("span", { id: "kvittering-sum", text: formatKroner(receipt.sum_total ?? 0) })),
      row(t("skjema.kvittering.egenandel-rad"), egenandelText(model, receipt.egenandel)),
    ),
    ...nextSteps(data, receipt, melding, options),
    warnings.length ? h("h3", { text: t("skjema.kvittering.advarsler") }) : null,
    warnings.length ? h("ul", { id: "kvittering-advarsler" }, warnings.map((item) => h("li", { text: typeof item === "string" ? item : item.message }))) : null,
    h("h3", { text: t("skjema.kvittering.slik-sendt") }),
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
  const title = h("title", { text: t("skjema.kvittering.fil-tittel", { id: receipt.id }) });
  const head = `<meta charset="utf-8">${title.outerHTML}<style>${COPY_STYLE}</style>`;
  return `<!doctype html>\n<html lang="${maalform()}"><head>${head}</head><body>${copy.outerHTML}</body></html>\n`;
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
