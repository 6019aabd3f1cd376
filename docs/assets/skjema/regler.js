// The rules beyond JSON Schema, the same as scripts/kompetanse/validation/rules.py,
// ordning_rules.py, egenandel.py and money.py. Money is whole kroner; a rate is a decimal string
// ("0.30") applied with integer arithmetic (BigInt) and any fraction of a krone rounded up, exactly
// as money.share_of does. What differs between the ordninger (names, egenandel, which enhetstyper
// and eiertyper may take part) comes from the register of ordninger in the form's data. The
// messages are the catalogue's, with the same keys and parameters as the Python rules.

import { locale, t } from "./tekst.js";

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const NBSP = "\u00a0";

export function compactOrgnr(number) {
  return String(number).replace(/[ .-]/g, "");
}

export function isValidOrgnr(number) {
  const digits = compactOrgnr(number);
  if (!/^[0-9]{9}$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 8; i += 1) total += Number(digits[i]) * ORGNR_WEIGHTS[i];
  return (11 - (total % 11)) % 11 === Number(digits[8]);
}

export function parseRate(text) {
  const match = /^\s*([0-9]+)(?:[.,]([0-9]+))?\s*$/.exec(String(text));
  if (!match) throw new Error(`invalid rate: ${text}`);
  const decimals = match[2] || "";
  return { num: BigInt(match[1] + decimals), den: 10n ** BigInt(decimals.length), text: String(text) };
}

export function shareOf(amount, rateText) {
  const rate = parseRate(rateText);
  const product = BigInt(amount) * rate.num;
  const quotient = product >= 0n ? (product + rate.den - 1n) / rate.den : product / rate.den;
  return Number(quotient);
}

export function isKroner(value) {
  return Number.isSafeInteger(value);
}

export function computedSum(year) {
  return ["eier_andel", "uh_andel", "koordinator_andel"]
    .map((key) => (isKroner(year[key]) ? year[key] : 0))
    .reduce((a, b) => a + b, 0);
}

export function minimumEgenandel(budsjett, rateText) {
  return budsjett.reduce((total, year) => total + shareOf(isKroner(year.eier_andel) ? year.eier_andel : 0, rateText), 0);
}

export function budgetYears(aar, periodeAar) {
  if (!Number.isInteger(aar) || !Number.isInteger(periodeAar) || periodeAar < 1) return [];
  return Array.from({ length: Math.min(periodeAar, 10) }, (_, i) => aar + i);
}

export function formatKroner(amount) {
  const sign = amount < 0 ? "−" : "";
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${digits}${NBSP}kr`;
}

export function formatRate(rateText) {
  const rate = parseRate(rateText);
  const scaled = rate.num * 100n;
  const whole = scaled / rate.den;
  let fraction = (scaled % rate.den).toString().padStart(rate.den.toString().length - 1, "0");
  fraction = rate.den === 1n ? "" : fraction.replace(/0+$/, "");
  return `${whole}${fraction ? "," + fraction : ""}${NBSP}%`;
}

// The share with one decimal and a comma, without the % sign: "12,5" (as rules.py writes it).
export function formatShare(part, whole) {
  return ((part * 100) / whole).toFixed(1).replace(".", ",");
}

export function formatPercent(part, whole) {
  if (!whole) return `0${NBSP}%`;
  return `${((part * 100) / whole).toFixed(1).replace(".", ",")}${NBSP}%`;
}

export function findOrdning(ordninger, slug) {
  return (ordninger || []).find((row) => row.ordning === slug) || null;
}

export function findSettings(innstillinger, aar, ordning) {
  return innstillinger.find((row) => row.aar === aar && row.ordning === ordning) || null;
}

function problem(location, code, message, severity = "error") {
  return { code, severity, location, message };
}

export function iterOrgnrFields(doc) {
  const found = [];
  if (doc.eier && typeof doc.eier.organisasjonsnummer === "string") {
    found.push(["$.eier.organisasjonsnummer", doc.eier.organisasjonsnummer]);
  }
  for (const name of ["nettverk", "enheter"]) {
    const list = Array.isArray(doc[name]) ? doc[name] : [];
    list.forEach((item, index) => {
      if (item && typeof item.organisasjonsnummer === "string") {
        found.push([`$.${name}[${index}].organisasjonsnummer`, item.organisasjonsnummer]);
      }
    });
  }
  return found;
}

export function checkOrgnr(doc) {
  return iterOrgnrFields(doc)
    .filter(([, number]) => !isValidOrgnr(number))
    .map(([location, number]) =>
      problem(location, "orgnr-ugyldig", t("problem.orgnr-ugyldig", { nummer: number })),
    );
}

function budgetRows(doc) {
  return Array.isArray(doc.budsjett) ? doc.budsjett.filter((row) => row && typeof row === "object") : [];
}

export function checkBudgetSums(doc) {
  return budgetRows(doc).flatMap((year, index) => {
    if (!isKroner(year.sum) || year.sum === computedSum(year)) return [];
    return [
      problem(
        `$.budsjett[${index}].sum`,
        "budsjett-sum-feil",
        t("problem.budsjett-sum-feil", { aar: year.aar, sum: formatKroner(year.sum), beregnet: formatKroner(computedSum(year)) }),
      ),
    ];
  });
}

export function checkBudgetYears(doc) {
  const expected = budgetYears(doc.aar, doc.periode_aar);
  if (!expected.length) return [];
  const found = budgetRows(doc).map((year) => year.aar);
  if (found.join(",") === expected.join(",")) return [];
  return [
    problem(
      "$.budsjett",
      "budsjett-aar-feil",
      t("problem.budsjett-aar-feil", { forventet: expected.join(", "), aar: doc.aar, periode: doc.periode_aar, funnet: found.join(", ") }),
    ),
  ];
}

export function egenandelCheck(doc, innstillinger, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning || !ordning.har_egenandel) return null;
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  if (!settings) return null;
  const rate = settings.egenandel_sats;
  const stated = doc.egenandel && isKroner(doc.egenandel.belop) ? doc.egenandel.belop : 0;
  const minimum = minimumEgenandel(budgetRows(doc), rate);
  return { minimum, stated, rate, shortfall: Math.max(0, minimum - stated) };
}

export function checkOrdning(doc, ordninger) {
  if (typeof doc.ordning !== "string" || findOrdning(ordninger, doc.ordning)) return [];
  const known = (ordninger || []).map((row) => `${row.kortnavn} (${row.ordning})`).join(", ");
  return [problem("$.ordning", "ordning-ukjent", t("problem.ordning-ukjent", { ordning: doc.ordning, kjente: known || t("problem.ingen") }))];
}

function nameOf(item, fallback) {
  return item && typeof item.navn === "string" && item.navn ? item.navn : fallback;
}

export function checkEnhetstyper(doc, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning) return [];
  return (Array.isArray(doc.enheter) ? doc.enheter : []).flatMap((enhet, index) => {
    if (!enhet || typeof enhet.enhetstype !== "string" || ordning.enhetstyper.includes(enhet.enhetstype)) return [];
    return [
      problem(
        `$.enheter[${index}].enhetstype`,
        "enhetstype-ikke-tillatt",
        t("problem.enhetstype-ikke-tillatt", { navn: nameOf(enhet, t("skjema.regel.enhet-nr", { nummer: index + 1 })), ordning: ordning.kortnavn }),
      ),
    ];
  });
}

function iterEiere(doc) {
  const found = doc.eier && typeof doc.eier === "object" ? [["$.eier.eiertype", doc.eier, t("skjema.regel.eieren")]] : [];
  (Array.isArray(doc.nettverk) ? doc.nettverk : []).forEach((member, index) => {
    if (member && typeof member === "object") found.push([`$.nettverk[${index}].eiertype`, member, t("skjema.regel.eier-nr", { nummer: index + 1 })]);
  });
  return found;
}

export function checkEiertyper(doc, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning) return [];
  return iterEiere(doc)
    .filter(([, eier]) => typeof eier.eiertype === "string" && !ordning.eiertyper.includes(eier.eiertype))
    .map(([location, eier, fallback]) =>
      problem(location, "eiertype-ikke-tillatt", t("problem.eiertype-ikke-tillatt", { navn: nameOf(eier, fallback), ordning: ordning.kortnavn })),
    );
}

export function checkEgenandel(doc, innstillinger, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning) return [];
  if (ordning.har_egenandel && doc.egenandel === undefined) {
    return [problem("$.egenandel", "egenandel-mangler", t("problem.egenandel-mangler", { ordning: ordning.kortnavn }))];
  }
  if (!ordning.har_egenandel) {
    if (doc.egenandel === undefined) return [];
    return [problem("$.egenandel", "egenandel-ikke-tillatt", t("problem.egenandel-ikke-tillatt", { ordning: ordning.kortnavn }))];
  }
  const check = egenandelCheck(doc, innstillinger, ordninger);
  if (!check || check.shortfall === 0 || !doc.egenandel || !isKroner(doc.egenandel.belop)) return [];
  return [
    problem(
      "$.egenandel.belop",
      "egenandel-under-minimum",
      t("problem.egenandel-under-minimum", { oppgitt: formatKroner(check.stated), minimum: formatKroner(check.minimum), sats: formatRate(check.rate) }),
    ),
  ];
}

export function koordinatorOverLimit(year, rateText) {
  if (!isKroner(year.sum) || year.sum <= 0 || !isKroner(year.koordinator_andel)) return false;
  const rate = parseRate(rateText);
  return BigInt(year.koordinator_andel) * rate.den > rate.num * BigInt(year.sum);
}

export function checkKoordinator(doc, innstillinger, ordninger) {
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  if (!settings || !findOrdning(ordninger, doc.ordning)) return [];
  const limit = settings.koordinator_varsel_sats;
  return budgetRows(doc).flatMap((year, index) => {
    if (!koordinatorOverLimit(year, limit)) return [];
    return [
      problem(
        `$.budsjett[${index}].koordinator_andel`,
        "koordinator-andel-hoy",
        t("problem.koordinator-andel-hoy", { aar: year.aar, andel: formatShare(year.koordinator_andel, year.sum), grense: formatRate(limit) }),
        "warning",
      ),
    ];
  });
}

export function checkYearAndPeriod(doc, innstillinger, ordninger) {
  if (!Number.isInteger(doc.aar) || !findOrdning(ordninger, doc.ordning)) return [];
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  if (!settings) {
    const years = [...new Set(innstillinger.map((row) => row.aar))].sort().join(", ") || t("problem.ingen");
    return [problem("$.aar", "aar-ikke-apent", t("problem.aar-ikke-apent", { aar: doc.aar, aarene: years }))];
  }
  if (Number.isInteger(doc.periode_aar) && doc.periode_aar > settings.maks_periode_aar) {
    return [
      problem(
        "$.periode_aar",
        "periode-for-lang",
        t("problem.periode-for-lang", { periode: doc.periode_aar, aar: doc.aar, maks: settings.maks_periode_aar }),
      ),
    ];
  }
  return [];
}

export function checkNettverk(doc) {
  const reporter = doc.eier && typeof doc.eier.organisasjonsnummer === "string" ? compactOrgnr(doc.eier.organisasjonsnummer) : null;
  const seen = new Set();
  const found = [];
  (Array.isArray(doc.nettverk) ? doc.nettverk : []).forEach((member, index) => {
    if (!member || typeof member.organisasjonsnummer !== "string") return;
    const number = compactOrgnr(member.organisasjonsnummer);
    const location = `$.nettverk[${index}].organisasjonsnummer`;
    if (number === reporter) {
      found.push(problem(location, "nettverk-inneholder-eier", t("problem.nettverk-inneholder-eier", { navn: member.navn, nummer: number })));
    } else if (seen.has(number)) {
      found.push(problem(location, "nettverk-duplikat", t("problem.nettverk-duplikat", { navn: member.navn, nummer: number })));
    }
    seen.add(number);
  });
  return found;
}

export function checkRules(doc, innstillinger, ordninger) {
  return [
    ...checkOrdning(doc, ordninger),
    ...checkOrgnr(doc),
    ...checkEnhetstyper(doc, ordninger),
    ...checkEiertyper(doc, ordninger),
    ...checkBudgetSums(doc),
    ...checkBudgetYears(doc),
    ...checkEgenandel(doc, innstillinger, ordninger),
    ...checkKoordinator(doc, innstillinger, ordninger),
    ...checkYearAndPeriod(doc, innstillinger, ordninger),
    ...checkNettverk(doc),
  ];
}


// -- before sending: the deadline and the office's fylker -------------------------------------
// The JavaScript twins of receiver/deadline.py (is_late, deadline_problem) and of check_fylke in
// validation/rules.py. The date is read in Norwegian time: a melding sent on the deadline day is
// on time.

export function todayInNorway(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function checkDeadline(doc, innstillinger, today = todayInNorway()) {
  if (!Number.isInteger(doc.aar) || typeof doc.ordning !== "string") return [];
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  if (!settings || today <= settings.frist) return [];
  const date = formatDate(settings.frist);
  if (settings.etter_fristen === "avvis") {
    return [problem("$.aar", "frist-utlopt", t("problem.frist-utlopt", { aar: settings.aar, frist: date }))];
  }
  return [problem("$.aar", "sendt-etter-fristen", t("skjema.sendt-etter-fristen", { aar: settings.aar, dato: date }), "warning")];
}

export function checkFylke(doc, fylkerIEmbetet, embeteNavn) {
  const fylke = doc.eier && typeof doc.eier.fylke === "string" ? doc.eier.fylke : "";
  if (!fylke || !(fylkerIEmbetet || []).length || fylkerIEmbetet.includes(fylke)) return [];
  return [problem("$.eier.fylke", "fylke-utenfor-embetet", t("problem.fylke-utenfor-embetet", { fylke, embete: embeteNavn }), "warning")];
}

// Everything the checker would say about a melding sent now: the rules, the office's fylker and
// the deadline with the year's setting for late meldinger.
export function checkBeforeSending(doc, data, today = todayInNorway()) {
  return [
    ...checkRules(doc, data.innstillinger, data.ordninger),
    ...checkFylke(doc, data.fylker_i_embetet, (data.embete || {}).navn || "Statsforvalteren"),
    ...checkDeadline(doc, data.innstillinger, today),
  ];
}
