// The rules beyond JSON Schema, the same as scripts/kompetanse/validation/rules.py,
// ordning_rules.py, egenandel.py and money.py. Money is whole kroner; a rate is a decimal string
// ("0.30") applied with integer arithmetic (BigInt) and any fraction of a krone rounded up, exactly
// as money.share_of does. What differs between the ordninger (names, egenandel, which enhetstyper
// and eiertyper may take part) comes from the register of ordninger in the form's data.

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
  if (!match) throw new Error(`ugyldig sats: ${text}`);
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
      problem(location, "orgnr-ugyldig", `«${number}» er ikke et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer).`),
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
        `Summen for ${year.aar} er ${formatKroner(year.sum)}, men eierens andel + UH-andel + koordinatorandel er ${formatKroner(computedSum(year))}.`,
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
      `Budsjettet skal ha én linje for hvert år ${expected.join(", ")} (år ${doc.aar}, ${doc.periode_aar} år); fant ${found.join(", ")}.`,
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
  return [problem("$.ordning", "ordning-ukjent", `Det finnes ingen ordning «${doc.ordning}». Ordningene er: ${known || "ingen"}.`)];
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
        `«${nameOf(enhet, `Enhet ${index + 1}`)}» kan ikke være med i ${ordning.kortnavn}: ordningen tar ikke imot denne typen enhet. Velg en annen type, eller meld behovet i en ordning som tar imot den.`,
      ),
    ];
  });
}

function iterEiere(doc) {
  const found = doc.eier && typeof doc.eier === "object" ? [["$.eier.eiertype", doc.eier, "Eieren"]] : [];
  (Array.isArray(doc.nettverk) ? doc.nettverk : []).forEach((member, index) => {
    if (member && typeof member === "object") found.push([`$.nettverk[${index}].eiertype`, member, `Eier ${index + 1} i nettverket`]);
  });
  return found;
}

export function checkEiertyper(doc, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning) return [];
  return iterEiere(doc)
    .filter(([, eier]) => typeof eier.eiertype === "string" && !ordning.eiertyper.includes(eier.eiertype))
    .map(([location, eier, fallback]) =>
      problem(location, "eiertype-ikke-tillatt", `«${nameOf(eier, fallback)}» kan ikke være med i ${ordning.kortnavn}: ordningen er ikke åpen for denne typen eier.`),
    );
}

export function checkEgenandel(doc, innstillinger, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning) return [];
  if (ordning.har_egenandel && doc.egenandel === undefined) {
    return [problem("$.egenandel", "egenandel-mangler", `${ordning.kortnavn} krever egenandel; fyll ut feltet «Egenandel».`)];
  }
  if (!ordning.har_egenandel) {
    if (doc.egenandel === undefined) return [];
    return [problem("$.egenandel", "egenandel-ikke-tillatt", `${ordning.kortnavn} har ingen egenandel; ta bort feltet «Egenandel».`)];
  }
  const check = egenandelCheck(doc, innstillinger, ordninger);
  if (!check || check.shortfall === 0 || !doc.egenandel || !isKroner(doc.egenandel.belop)) return [];
  return [
    problem(
      "$.egenandel.belop",
      "egenandel-under-minimum",
      `Egenandelen er ${formatKroner(check.stated)}, men må være minst ${formatKroner(check.minimum)} (${formatRate(check.rate)} av eierens andel hvert år).`,
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
        `Koordinatorandelen for ${year.aar} er ${formatPercent(year.koordinator_andel, year.sum).replace(NBSP, " ")} av summen; varselgrensen er ${formatRate(limit)}. Koordinering skal bare ha en begrenset del.`,
        "warning",
      ),
    ];
  });
}

export function checkYearAndPeriod(doc, innstillinger, ordninger) {
  if (!Number.isInteger(doc.aar) || !findOrdning(ordninger, doc.ordning)) return [];
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  if (!settings) {
    const years = [...new Set(innstillinger.map((row) => row.aar))].sort().join(", ") || "ingen";
    return [
      problem("$.aar", "aar-ikke-apent", `Det er ikke åpnet for behovsmeldinger for ${doc.aar} i denne ordningen (år med innstillinger: ${years}).`),
    ];
  }
  if (Number.isInteger(doc.periode_aar) && doc.periode_aar > settings.maks_periode_aar) {
    return [
      problem(
        "$.periode_aar",
        "periode-for-lang",
        `Varigheten er ${doc.periode_aar} år; for ${doc.aar} er lengste periode ${settings.maks_periode_aar} år.`,
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
      found.push(problem(location, "nettverk-inneholder-eier", `«${member.navn}» har samme organisasjonsnummer (${number}) som eieren som melder, og skal ikke stå i nettverket.`));
    } else if (seen.has(number)) {
      found.push(problem(location, "nettverk-duplikat", `${member.navn} (${number}) står flere ganger i nettverket.`));
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

