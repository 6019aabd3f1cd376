// Shows problems next to their fields (aria-describedby, aria-invalid) and in the error summary,
// and keeps the live arithmetic (sums, shares, minimum egenandel, coordinator share) up to date.

import { h } from "./bygg.js";
import {
  computedSum,
  egenandelCheck,
  findOrdning,
  findSettings,
  formatKroner,
  formatPercent,
  formatRate,
  isKroner,
  koordinatorOverLimit,
} from "./regler.js";
import { jsonPath, parseJsonPath } from "./skjemafeil.js";

const CONTROL = "input:not([type=hidden]), select, textarea";

function describedByBase(control) {
  if (control.dataset.baseDescribedby === undefined) control.dataset.baseDescribedby = control.getAttribute("aria-describedby") || "";
  return control.dataset.baseDescribedby;
}

function setDescribedBy(control, extra) {
  const ids = [describedByBase(control), extra].filter(Boolean).join(" ");
  if (ids) control.setAttribute("aria-describedby", ids);
  else control.removeAttribute("aria-describedby");
}

export function clearProblems(root) {
  for (const slot of root.querySelectorAll(".skjema-feil")) {
    slot.hidden = true;
    slot.replaceChildren();
  }
  for (const control of root.querySelectorAll("[data-base-describedby]")) setDescribedBy(control, "");
  for (const control of root.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const wrapper of root.querySelectorAll(".skjema-har-feil")) wrapper.classList.remove("skjema-har-feil");
}

export function findTarget(root, location) {
  const steps = parseJsonPath(location);
  while (steps.length) {
    const found = root.querySelector(`[data-path="${CSS.escape(jsonPath(steps))}"][data-kind]`);
    if (found) return found;
    steps.pop();
  }
  return null;
}

function ownSlot(wrapper) {
  return wrapper.querySelector(":scope > .skjema-feil");
}

function controlsOf(wrapper) {
  if (wrapper.dataset.kind === "group") return [];
  return [...wrapper.querySelectorAll(CONTROL)];
}

export function focusTargetOf(wrapper) {
  const controls = controlsOf(wrapper);
  if (controls.length) return controls.find((c) => c.checked) || controls[0];
  return wrapper.querySelector("[data-computed]") || wrapper;
}

function markField(wrapper, problem) {
  const slot = ownSlot(wrapper);
  const warning = problem.severity === "warning";
  slot.append(h("p", { class: warning ? "skjema-advarsel" : "skjema-feilmelding" }, h("span", { class: "skjema-skjult", text: warning ? "Advarsel: " : "Feil: " }), problem.message));
  slot.hidden = false;
  if (!warning) wrapper.classList.add("skjema-har-feil");
  const controls = controlsOf(wrapper);
  const described = controls.length && wrapper.tagName !== "FIELDSET" ? controls : [wrapper.querySelector("[data-computed]") || wrapper];
  for (const control of described) setDescribedBy(control, slot.id);
  if (!warning) for (const control of controls) control.setAttribute("aria-invalid", "true");
}

function orderInPage(a, b) {
  if (!a.target || !b.target) return a.target ? -1 : b.target ? 1 : 0;
  if (a.target === b.target) return 0;
  return a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

// "Enhet 2: " for a problem inside a repeated group, so the summary tells equal fields apart.
function itemPrefix(target) {
  const item = target ? target.closest(".skjema-element") : null;
  const legend = item ? item.querySelector(":scope > legend") : null;
  return legend && legend.textContent.trim() ? `${legend.textContent.trim()}: ` : "";
}

function summaryList(items) {
  return h(
    "ul",
    { class: "skjema-feilliste" },
    items.map(({ problem, target }) => {
      const focusable = target ? focusTargetOf(target) : null;
      const text = itemPrefix(target) + problem.message;
      if (!focusable) return h("li", { text });
      return h("li", {}, h("a", { href: `#${focusable.id}`, dataset: { focus: focusable.id }, text }));
    }),
  );
}

function headingFor(errors, warnings, source) {
  if (errors.length === 1) return `${source} 1 feil som må rettes før du kan sende`;
  if (errors.length > 1) return `${source} ${errors.length} feil som må rettes før du kan sende`;
  return warnings.length === 1 ? "Se over 1 advarsel" : `Se over ${warnings.length} advarsler`;
}

export function showProblems(fields, summary, problems, source = "Skjemaet har") {
  clearProblems(fields);
  const located = problems.map((problem) => ({ problem, target: findTarget(fields, problem.location) })).sort(orderInPage);
  for (const { problem, target } of located) if (target) markField(target, problem);
  const errors = located.filter((item) => item.problem.severity !== "warning");
  const warnings = located.filter((item) => item.problem.severity === "warning");
  summary.replaceChildren();
  summary.hidden = !located.length;
  summary.classList.toggle("skjema-bare-advarsler", !errors.length);
  if (!located.length) return;
  summary.append(h("h2", { id: "feiloppsummering-tittel", text: headingFor(errors, warnings, source) }));
  if (errors.length) summary.append(summaryList(errors));
  if (errors.length && warnings.length) summary.append(h("h3", { text: "Advarsler (hindrer ikke innsending)" }));
  if (warnings.length) summary.append(summaryList(warnings));
}

function yearLine(row, settings) {
  const sum = computedSum(row);
  const parts = [
    `${row.aar ?? "År ikke valgt"}: ${formatKroner(sum)}`,
    `eierens andel ${formatKroner(isKroner(row.eier_andel) ? row.eier_andel : 0)} (${formatPercent(row.eier_andel || 0, sum)})`,
    `UH-andel ${formatKroner(isKroner(row.uh_andel) ? row.uh_andel : 0)} (${formatPercent(row.uh_andel || 0, sum)})`,
    `koordinator ${formatKroner(isKroner(row.koordinator_andel) ? row.koordinator_andel : 0)} (${formatPercent(row.koordinator_andel || 0, sum)})`,
  ];
  let text = parts.join(", ");
  if (settings) {
    const over = koordinatorOverLimit({ ...row, sum }, settings.koordinator_varsel_sats);
    text += over
      ? `. Koordinatorandelen er over varselgrensen på ${formatRate(settings.koordinator_varsel_sats)}.`
      : `. Koordinatorandelen er innenfor varselgrensen på ${formatRate(settings.koordinator_varsel_sats)}.`;
  }
  return h("li", { class: "skjema-utregning-aar", text });
}

function egenandelLine(doc, innstillinger, ordninger) {
  const ordning = findOrdning(ordninger, doc.ordning);
  if (!ordning || !ordning.har_egenandel) return null;
  const check = egenandelCheck(doc, innstillinger, ordninger);
  if (!check) return h("li", { id: "utregning-egenandel", text: "Minste egenandel kan ikke regnes ut før året har satser fra Statsforvalteren." });
  const base = `Minste egenandel: ${formatKroner(check.minimum)} (${formatRate(check.rate)} av eierens andel hvert år). Oppgitt egenandel: ${formatKroner(check.stated)}.`;
  const verdict = check.shortfall > 0 ? ` Det mangler ${formatKroner(check.shortfall)}.` : " Egenandelen er høy nok.";
  return h("li", { id: "utregning-egenandel", class: check.shortfall > 0 ? "skjema-mangler" : "skjema-ok", text: base + verdict });
}

export function updateArithmetic(list, doc, innstillinger, ordninger) {
  const rows = Array.isArray(doc.budsjett) ? doc.budsjett : [];
  const settings = findSettings(innstillinger, doc.aar, doc.ordning);
  const total = rows.reduce((sum, row) => sum + computedSum(row), 0);
  const eier = rows.reduce((sum, row) => sum + (isKroner(row.eier_andel) ? row.eier_andel : 0), 0);
  const uh = rows.reduce((sum, row) => sum + (isKroner(row.uh_andel) ? row.uh_andel : 0), 0);
  const items = [
    ...rows.map((row) => yearLine(row, settings)),
    h("li", { id: "utregning-total", text: `Sum for hele perioden: ${formatKroner(total)}, av dette eierens andel ${formatKroner(eier)} (${formatPercent(eier, total)}) og UH-andel ${formatKroner(uh)} (${formatPercent(uh, total)}).` }),
    ...[egenandelLine(doc, innstillinger, ordninger)].filter(Boolean),
  ];
  replaceChangedLines(list, items);
}

// Only lines whose text changed are replaced, so the live region announces just those.
function replaceChangedLines(list, items) {
  const current = [...list.children];
  const sameShape = current.length === items.length && current.every((line, i) => line.id === items[i].id);
  if (!sameShape) {
    list.replaceChildren(...items);
    return;
  }
  items.forEach((item, i) => {
    if (current[i].textContent !== item.textContent || current[i].className !== item.className) current[i].replaceWith(item);
  });
}
