// The Meld behov form: generated from the behovsmelding schema, validated in the browser with the
// precompiled validator and the same rules as the Python validator, saved as a draft in local
// storage, downloadable and uploadable as JSON, and sent to the receiver after a "Se over før du
// sender" step (or downloaded when the site has no receiver). Opened from the owner's own link
// (#rett=…), it corrects a melding already sent.

import { FormRenderer, fieldId, h } from "./bygg.js";
import { ReviewStep } from "./gjennomgang.js";
import { receiptFile, renderReceipt, submissionGuide, updateGuideFolder } from "./kvittering.js";
import { checkBeforeSending, formatDate, formatKroner, todayInNorway } from "./regler.js";
import { correctionUrl, loadCorrection, takeCorrectionToken } from "./retting.js";
import { locale, maalform, setWords, t } from "./tekst.js";
import { parseJsonPath, schemaProblems } from "./skjemafeil.js";
import { SchemaModel, applyConditions, newDocument, normalizeDocument, orderBySchema, outgoingMelding, syncBudget } from "./skjemamodell.js";
import { clearProblems, showProblems, updateArithmetic } from "./visning.js";

const DRAFT_KEY = "kompetanse:meld-behov:utkast";
const STRUCTURAL = new Set(["$.ordning", "$.aar", "$.periode_aar"]);

function newKey() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Whole numbers as people write kroner: "150 000", "150.000", "150 000 kr", "kr 150 000,-".
// A decimal comma with digits ("150 000,50") stays text, so the validator asks for whole kroner.
function compactInteger(text) {
  const compact = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/^kr\.?/i, "")
    .replace(/(?:,-|kr\.?)$/i, "");
  return /^-?[0-9]{1,3}(?:\.[0-9]{3})+$/.test(compact) ? compact.replace(/\./g, "") : compact;
}

// "912 34 567": spaces the field's pattern does not allow are dropped when that makes the text fit.
function fitPattern(text, pattern) {
  let expected;
  try {
    expected = new RegExp(pattern, "u");
  } catch {
    return text;
  }
  const compact = text.replace(/[\s\u00a0]/g, "");
  return !expected.test(text) && expected.test(compact) ? compact : text;
}

function parseValue(control) {
  const type = control.dataset.type;
  if (type === "boolean") return control.checked;
  const text = control.value.trim();
  if (text === "") return undefined;
  if (type === "integer") {
    const compact = compactInteger(text);
    return /^-?[0-9]{1,15}$/.test(compact) ? Number(compact) : text;
  }
  return control.dataset.pattern ? fitPattern(text, control.dataset.pattern) : text;
}

function setAt(doc, steps, value) {
  let target = doc;
  steps.slice(0, -1).forEach((step, i) => {
    if (target[step] === undefined || target[step] === null) target[step] = typeof steps[i + 1] === "number" ? [] : {};
    target = target[step];
  });
  const last = steps[steps.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

function getAt(doc, steps) {
  return steps.reduce((value, step) => (value == null ? undefined : value[step]), doc);
}

function downloadJson(value, filename) {
  downloadText(JSON.stringify(value, null, 2) + "\n", filename, "application/json");
}

function downloadText(text, filename, type) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// A system-made id for a file that goes to the repository without the receiver: the same form as
// the receiver's ids (bm-<år>-<8 hex>), from the browser's random source, never from user text.
function newMeldingId(aar) {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return `bm-${aar}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

// The deadline for the chosen year (and ordning, when the settings differ between ordninger), and
// what the year's setting does with a late melding.
function deadlineText(innstillinger, doc) {
  const rows = innstillinger.filter((row) => row.aar === doc.aar && (!doc.ordning || row.ordning === doc.ordning));
  const dates = [...new Set(rows.map((row) => row.frist))].sort();
  if (!dates.length) return "";
  const params = { aar: doc.aar, dato: formatDate(dates[0]) };
  if (dates[0] >= todayInNorway()) return t("skjema.frist", params);
  if (rows.every((row) => row.etter_fristen === "avvis")) return t("skjema.frist-ute-avvis", params);
  return t("skjema.frist-ute-merkes", params);
}

class MeldBehov {
  constructor(app, data) {
    this.app = app;
    this.data = data;
    this.model = new SchemaModel(data.schema, data.system_fields, data.ordninger);
    this.renderer = new FormRenderer(this.model, data);
    this.receiverUrl = data.mottak && data.mottak.url ? data.mottak.url : "";
    this.stash = {};
    this.checked = false;
    this.extraProblems = [];
    this.correction = null;
  }

  start() {
    this.buildShell();
    const token = this.receiverUrl ? takeCorrectionToken() : null;
    const restored = this.restoreDraft();
    this.render();
    if (token !== null) return this.startCorrection(token);
    if (restored) this.say(t("skjema.utkast-hentet", { tidspunkt: restored }));
  }

  // Opened from the owner's link: the melding as sent, to correct and send again.
  async startCorrection(token) {
    this.say(t("skjema.retting.henter"));
    const found = await loadCorrection(this.receiverUrl, token);
    this.say("");
    if (!found.melding) {
      this.warn(found.message);
      return;
    }
    const sentAddress = ((found.melding.kontaktperson || {}).epost || "").trim().toLowerCase();
    this.correction = { token, id: found.id, sentAddress };
    this.doc = normalizeDocument(this.model, found.melding);
    this.stash = {};
    this.banner.replaceChildren(
      h("h2", { id: "retting-tittel", tabindex: "-1", text: t("skjema.retting.tittel", { id: found.id }) }),
      h("p", { text: t("skjema.retting.tekst") }),
    );
    this.banner.hidden = false;
    this.sendButton.textContent = t("skjema.retting.send");
    this.render();
    this.banner.querySelector("#retting-tittel").focus();
  }

  buildShell() {
    this.status = h("div", { id: "skjema-status", class: "skjema-status", role: "status" });
    this.alert = h("div", { id: "skjema-varsel", class: "skjema-varsel", role: "alert" });
    this.summary = h("div", { id: "feiloppsummering", class: "skjema-feiloppsummering", tabindex: "-1", "aria-labelledby": "feiloppsummering-tittel", hidden: true });
    this.fields = h("div", { id: "skjema-felter" });
    this.arithmeticList = h("ul", { class: "skjema-utregning-liste" });
    this.arithmetic = h(
      "section",
      { class: "skjema-utregning", "aria-labelledby": "utregning-tittel" },
      h("h2", { id: "utregning-tittel", text: t("skjema.utregning") }),
      h("div", { id: "utregning", "aria-live": "polite" }, this.arithmeticList),
    );
    this.honeypot = h("input", { type: "text", id: "nettside", name: "nettside", tabindex: "-1", autocomplete: "off" });
    this.sendButton = h("button", { type: "submit", id: "send-knapp", class: "md-button md-button--primary", text: t(this.receiverUrl ? "skjema.se-over-og-send" : "skjema.last-ned") });
    this.form = h(
      "form",
      { id: "behovsmelding-skjema", novalidate: true, "aria-label": t("skjema.navn") },
      this.fields,
      h("div", { class: "skjema-honningkrukke", "aria-hidden": "true" }, h("label", { for: "nettside", text: t("skjema.honningkrukke") }), this.honeypot),
      this.receiverUrl ? null : submissionGuide(this.data.repo_url),
      h("div", { class: "skjema-knapper" }, this.sendButton),
    );
    this.receipt = h("section", { id: "kvittering", class: "skjema-kvittering", "aria-labelledby": "kvittering-tittel", hidden: true });
    this.reviewSection = h("section", { id: "se-over", class: "skjema-se-over", "aria-labelledby": "se-over-tittel", hidden: true });
    this.review = new ReviewStep(this.reviewSection, this.model, this.data, {
      send: () => this.send(),
      back: () => this.leaveReview(),
      fix: (location) => this.leaveReview(location),
    });
    this.banner = h("section", { id: "retting", class: "skjema-retting", "aria-labelledby": "retting-tittel", hidden: true });
    this.deadline = h("p", { id: "skjema-frist", class: "skjema-frist" });
    this.drafts = this.draftPanel();
    this.app.replaceChildren(this.banner, this.deadline, this.drafts, this.status, this.alert, this.summary, this.form, this.reviewSection, this.receipt);
    this.bindEvents();
  }

  draftPanel() {
    this.fileInput = h("input", { type: "file", id: "hent-fil", accept: ".json,application/json" });
    return h(
      "section",
      { class: "skjema-utkast", "aria-labelledby": "utkast-tittel" },
      h("h2", { id: "utkast-tittel", text: t("skjema.utkast.tittel") }),
      h("p", { text: t("skjema.utkast.tekst") }),
      h(
        "div",
        { class: "skjema-knapper" },
        h("button", { type: "button", class: "md-button", id: "last-ned-utkast", text: t("skjema.utkast.last-ned") }),
        h("button", { type: "button", class: "md-button", id: "start-paa-nytt", text: t("skjema.utkast.start-paa-nytt") }),
      ),
      h("div", { class: "skjema-felt" }, h("label", { for: "hent-fil", class: "skjema-etikett", text: t("skjema.utkast.hent") }), h("div", { class: "skjema-hjelp", id: "hent-fil-hjelp", text: t("skjema.utkast.hent-hjelp") }), this.fileInput),
    );
  }

  bindEvents() {
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.form.addEventListener("change", (event) => this.onChange(event));
    this.form.addEventListener("click", (event) => this.onClick(event));
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.summary.addEventListener("click", (event) => this.onSummaryClick(event));
    this.app.querySelector("#last-ned-utkast").addEventListener("click", () => this.downloadDraft());
    this.app.querySelector("#start-paa-nytt").addEventListener("click", (event) => this.confirmReset(event.currentTarget));
    this.fileInput.addEventListener("change", () => this.upload());
  }

  say(text) {
    this.status.textContent = text;
  }

  warn(text) {
    this.alert.replaceChildren(...(text ? [h("p", { text })] : []));
  }

  // -- drafts ---------------------------------------------------------------------------------

  restoreDraft() {
    let saved = null;
    try {
      saved = JSON.parse(window.localStorage.getItem(DRAFT_KEY) || "null");
    } catch {
      saved = null;
    }
    if (saved && saved.doc && typeof saved.doc === "object" && !Array.isArray(saved.doc)) {
      this.doc = normalizeDocument(this.model, saved.doc);
      this.key = typeof saved.key === "string" ? saved.key : newKey();
      return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short" }).format(new Date(saved.saved || Date.now()));
    }
    this.doc = newDocument(this.model, this.data.innstillinger);
    this.key = newKey();
    return null;
  }

  saveDraft() {
    if (this.correction) return;
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ doc: this.doc, key: this.key, saved: new Date().toISOString() }));
    } catch {
      this.say(t("skjema.utkast.ikke-lagret"));
    }
  }

  // Emptying the form takes two presses, so a slip of the keyboard never loses a draft.
  confirmReset(button) {
    if (button.dataset.confirm !== "yes") {
      button.dataset.confirm = "yes";
      button.textContent = t("skjema.utkast.bekreft-tom");
      this.say(t("skjema.utkast.spor-tom"));
      return;
    }
    delete button.dataset.confirm;
    button.textContent = t("skjema.utkast.start-paa-nytt");
    this.reset(t("skjema.utkast.tomt"));
  }

  // After a correction the draft in the browser is someone else's work in progress: it is kept
  // and brought back, not emptied.
  reset(message, keepDraft = false) {
    let restored = null;
    if (keepDraft) restored = this.restoreDraft();
    else {
      try {
        window.localStorage.removeItem(DRAFT_KEY);
      } catch {
        /* storage unavailable: nothing to remove */
      }
      this.doc = newDocument(this.model, this.data.innstillinger);
      this.key = newKey();
    }
    if (restored) message = t("skjema.utkast-hentet", { tidspunkt: restored });
    this.stash = {};
    this.checked = false;
    this.extraProblems = [];
    this.correction = null;
    this.banner.hidden = true;
    this.sendButton.textContent = t(this.receiverUrl ? "skjema.se-over-og-send" : "skjema.last-ned");
    this.receipt.hidden = true;
    this.review.hide();
    this.drafts.hidden = false;
    this.form.hidden = false;
    this.warn("");
    this.render();
    this.say(message);
  }

  // The melding records the målform it was written in, so answers and letters use it too.
  melding() {
    return orderBySchema(this.model, this.model.root, { ...outgoingMelding(this.model, this.doc), maalform: maalform() });
  }

  fileName() {
    const parts = ["behovsmelding", this.doc.aar, this.doc.ordning].filter((part) => part !== undefined && part !== "");
    return `${parts.join("-")}.json`;
  }

  downloadDraft() {
    downloadJson(this.melding(), this.fileName());
    this.say(t("skjema.lastet-ned", { fil: this.fileName() }));
  }

  // The checked melding as the file to upload: with schema_version and a system-made id first,
  // named <id>.json. The id is kept while the year stays the same, so a second download is the
  // same file rather than a second melding.
  submissionFile() {
    const melding = this.melding();
    if (!this.assignedId || !this.assignedId.startsWith(`bm-${melding.aar}-`)) this.assignedId = newMeldingId(melding.aar);
    const { schema_version: version, id: _ignored, ...rest } = melding;
    return { name: `${this.assignedId}.json`, melding: { schema_version: version, id: this.assignedId, ...rest } };
  }

  async upload() {
    const file = this.fileInput.files && this.fileInput.files[0];
    if (!file) return;
    let value;
    try {
      value = JSON.parse(await file.text());
    } catch {
      this.rejectUpload(t("skjema.fil.ikke-behovsmelding", { fil: file.name, grunn: t("skjema.fil.kan-ikke-leses") }));
      return;
    }
    const reason = this.notABehovsmelding(value);
    if (reason) {
      this.rejectUpload(t("skjema.fil.ikke-behovsmelding", { fil: file.name, grunn: reason }));
      return;
    }
    this.warn("");
    this.doc = normalizeDocument(this.model, value);
    this.stash = {};
    this.checked = true;
    this.extraProblems = [];
    this.fileInput.value = "";
    this.render();
    this.saveDraft();
    const problems = this.problems();
    this.say(t(problems.length ? "skjema.fil.hentet-med-feil" : "skjema.fil.hentet", { fil: file.name }));
    if (problems.length) this.focusSummary();
  }

  rejectUpload(message) {
    this.fileInput.value = "";
    this.warn(`${message} ${t("skjema.fil.ikke-endret")}`);
  }

  notABehovsmelding(value) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return t("skjema.fil.ikke-objekt");
    const known = new Set(Object.keys(this.model.root.properties));
    const unknown = Object.keys(value).filter((name) => !known.has(name));
    if (unknown.length) return t("skjema.fil.ukjente-felt", { felt: unknown.slice(0, 5).map((n) => `«${n}»`).join(", ") });
    const required = this.model.visibleProperties().filter((name) => this.model.isRequired(name));
    if (!required.some((name) => name in value)) return t("skjema.fil.ingen-felt");
    return null;
  }

  // -- rendering ------------------------------------------------------------------------------

  render(focusId) {
    const active = focusId || (document.activeElement && document.activeElement.id);
    applyConditions(this.model, this.doc, this.stash);
    syncBudget(this.doc, this.stash);
    const parts = this.renderer.render(this.doc);
    const anchor = parts.findIndex((part) => part.dataset.path === "$.egenandel");
    const budget = parts.findIndex((part) => part.dataset.path === "$.budsjett");
    parts.splice((anchor >= 0 ? anchor : budget) + 1, 0, this.arithmetic);
    this.fields.replaceChildren(...parts);
    this.refresh();
    const target = active && document.getElementById(active);
    if (target && this.fields.contains(target)) target.focus();
  }

  refresh() {
    this.deadline.textContent = deadlineText(this.data.innstillinger, this.doc);
    updateArithmetic(this.arithmeticList, this.doc, this.data.innstillinger, this.data.ordninger);
    updateGuideFolder(this.doc);
    for (const output of this.fields.querySelectorAll("[data-computed]")) {
      const value = getAt(this.doc, parseJsonPath(output.dataset.computed));
      output.textContent = value === undefined ? "–" : output.dataset.computed.endsWith(".aar") ? String(value) : formatKroner(value);
    }
    if (this.checked) this.display(this.problems());
  }

  onInput(event) {
    const control = event.target;
    if (!control.dataset || !control.dataset.path || control.dataset.toggle) return;
    setAt(this.doc, parseJsonPath(control.dataset.path), parseValue(control));
    syncBudget(this.doc, this.stash);
    this.extraProblems = [];
    this.refresh();
    this.saveDraft();
  }

  onChange(event) {
    const control = event.target;
    if (control.dataset && control.dataset.toggle) return this.toggleOptional(control);
    if (!control.dataset || !STRUCTURAL.has(control.dataset.path)) return;
    this.onInput(event);
    // A typed field changes when focus leaves it: rebuild once focus has moved on. Radios and
    // selects change in place: rebuild at once and keep focus on the same control.
    if (control.type === "radio" || control.tagName === "SELECT") this.render(control.id);
    else setTimeout(() => this.render(), 0);
  }

  toggleOptional(control) {
    const steps = parseJsonPath(control.dataset.toggle);
    if (control.checked) setAt(this.doc, steps, this.stash[control.dataset.toggle] || {});
    else {
      this.stash[control.dataset.toggle] = getAt(this.doc, steps);
      setAt(this.doc, steps, undefined);
    }
    this.saveDraft();
    this.render(control.id);
  }

  onClick(event) {
    const button = event.target.closest("button[data-add], button[data-remove]");
    if (!button) return;
    const path = button.dataset.add || button.dataset.remove;
    const steps = parseJsonPath(path);
    const list = getAt(this.doc, steps) || [];
    if (button.dataset.add) {
      const itemNode = this.model.resolve(this.model.titles.nodeAt([...steps, 0]) || {});
      list.push(itemNode.type === "object" ? {} : undefined);
      setAt(this.doc, steps, list);
      this.saveDraft();
      this.render();
      this.focusFirstIn(`${path}[${list.length - 1}]`);
    } else {
      list.splice(Number(button.dataset.index), 1);
      this.saveDraft();
      this.render(`${fieldId(path)}-legg-til`);
      this.say(t("skjema.rad-fjernet"));
    }
  }

  focusFirstIn(path) {
    const group = this.fields.querySelector(`[data-path="${CSS.escape(path)}"]`);
    const control = group && group.querySelector("input, select, textarea");
    if (control) control.focus();
  }

  // -- validation and sending -----------------------------------------------------------------

  problems() {
    const melding = this.melding();
    const fromSchema = schemaProblems(this.data.schema, melding, this.data.system_fields);
    const taken = new Set(fromSchema.map((problem) => problem.location));
    const fromRules = checkBeforeSending(melding, this.data).filter((problem) => !taken.has(problem.location));
    return [...fromSchema, ...fromRules, ...this.extraProblems];
  }

  display(problems, source) {
    showProblems(this.fields, this.summary, problems, source);
  }

  onSummaryClick(event) {
    const link = event.target.closest("a[data-focus]");
    if (!link) return;
    event.preventDefault();
    const target = document.getElementById(link.dataset.focus);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "center" });
    }
  }

  async submit() {
    this.checked = true;
    this.extraProblems = [];
    this.warn("");
    const problems = this.problems();
    this.display(problems);
    if (problems.some((problem) => problem.severity !== "warning")) {
      this.focusSummary();
      return;
    }
    if (!this.receiverUrl) {
      const file = this.submissionFile();
      downloadJson(file.melding, file.name);
      this.say(t("skjema.kontrollert-og-lastet-ned", { fil: file.name }));
      document.getElementById("innsending-veiledning").focus?.();
      return;
    }
    this.showReview(problems);
  }

  // "Se over før du sender": the form steps aside for the whole melding and its warnings.
  showReview(problems) {
    this.summary.hidden = true;
    this.form.hidden = true;
    this.drafts.hidden = true;
    this.warn("");
    this.review.show(this.melding(), problems.filter((problem) => problem.severity === "warning"), Boolean(this.correction));
  }

  // Back to the form, at the field a warning is about when one is named.
  leaveReview(location) {
    this.review.hide();
    this.form.hidden = false;
    this.drafts.hidden = false;
    this.display(this.problems());
    const target = location ? document.getElementById(fieldId(location)) : null;
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "center" });
    } else this.sendButton.focus();
  }

  request() {
    const body = JSON.stringify({ behovsmelding: this.melding(), nettside: this.honeypot.value });
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (this.correction) return [correctionUrl(this.receiverUrl, this.correction.token), { method: "POST", headers, body, credentials: "omit" }];
    return [this.receiverUrl, { method: "POST", headers: { ...headers, "Idempotency-Key": this.key }, body, credentials: "omit" }];
  }

  async send() {
    this.review.busy(true);
    this.say(t(this.correction ? "skjema.sender-retting" : "skjema.sender"));
    try {
      const response = await fetch(...this.request());
      await this.handleResponse(response);
    } catch {
      this.say("");
      this.backToFormWith(t("skjema.mottak.ingen-kontakt"));
    } finally {
      this.review.busy(false);
    }
  }

  backToFormWith(text) {
    this.leaveReview();
    this.warn(text);
  }

  async handleResponse(response) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    this.say("");
    if ((response.status === 200 || response.status === 201) && body && body.kvittering) return this.showReceipt(body.kvittering, body.endret);
    this.leaveReview();
    if ((response.status === 422 || response.status === 400) && body && Array.isArray(body.problems)) return this.showServerProblems(body.problems);
    const told = [404, 409, 410, 429].includes(response.status) && body && Array.isArray(body.problems) && body.problems.length;
    this.warn(told ? String(body.problems[0].message || "") : this.failureText(response.status));
  }

  failureText(status) {
    if (status === 413) return t("skjema.mottak.for-stor");
    if (status === 415) return t("skjema.mottak.feil-format");
    if (status === 429) return t("skjema.mottak.for-mange");
    return t("skjema.mottak.annen-feil", { status });
  }

  showServerProblems(problems) {
    this.extraProblems = problems.map((problem) => ({
      code: String(problem.code || ""),
      severity: problem.severity === "warning" ? "warning" : "error",
      location: String(problem.location || "$"),
      message: String(problem.message || ""),
    }));
    this.display(this.extraProblems, "mottak");
    this.focusSummary();
  }

  // Focus the summary with its heading in view: a long list would otherwise be scrolled to its middle.
  focusSummary() {
    this.summary.focus({ preventScroll: true });
    this.summary.scrollIntoView({ block: "start" });
  }

  showReceipt(receipt, changed) {
    const correcting = Boolean(this.correction);
    if (!correcting) {
      try {
        window.localStorage.removeItem(DRAFT_KEY);
      } catch {
        /* storage unavailable */
      }
    }
    const melding = this.melding();
    clearProblems(this.fields);
    this.summary.hidden = true;
    this.form.hidden = true;
    this.drafts.hidden = true;
    this.banner.hidden = true;
    this.review.hide();
    const actions = [
      h("button", { type: "button", class: "md-button", id: "skriv-ut", text: t("skjema.kvittering.skriv-ut") }),
      h("button", { type: "button", class: "md-button", id: "last-ned-kvittering", text: t("skjema.kvittering.last-ned") }),
      h("button", { type: "button", class: "md-button", id: "meld-nytt", text: t("skjema.kvittering.meld-nytt") }),
    ];
    actions[0].addEventListener("click", () => window.print());
    actions[1].addEventListener("click", () => downloadText(receiptFile(this.receipt, receipt), `kvittering-${receipt.id}.html`, "text/html"));
    actions[2].addEventListener("click", () => this.reset(t("skjema.klar-for-ny"), correcting));
    const options = { correction: correcting, changed, newAddress: correcting && this.addressChanged(melding) };
    renderReceipt(this.receipt, this.model, this.data, receipt, melding, actions, options);
  }

  addressChanged(melding) {
    const sent = this.correction && this.correction.sentAddress;
    return Boolean(sent) && sent !== ((melding.kontaktperson || {}).epost || "").trim().toLowerCase();
  }
}

function main() {
  const app = document.getElementById("skjema-app");
  const source = document.getElementById("skjema-data");
  if (!app || !source) return;
  const data = JSON.parse(source.textContent);
  setWords(data.tekster, data.maalform);
  const form = new MeldBehov(app, data);
  form.start();
}

main();
