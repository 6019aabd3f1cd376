// The forms for the documents after the vedtak (rapport, søknad om tilretteleggingsmidler):
// generated from the kind's schema, checked for missing and malformed fields in the browser, and
// checked in full by the receiver, whose problems are shown at their fields. Without a receiver
// the form downloads the file and says where it goes in the repository. Every text from the
// schema, the registers or the receiver is set as text, never as markup.

import { fieldId, h } from "./bygg.js";

const TEXTAREA_FROM = 1000;
const RADIO_LIMIT = 3;
const NBSP = "\u00a0";

function formatKroner(amount) {
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${amount < 0 ? "−" : ""}${digits}${NBSP}kr`;
}

function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

function studyYear(aar) {
  return `${aar}/${String((aar + 1) % 100).padStart(2, "0")}`;
}

function getAt(doc, steps) {
  return steps.reduce((value, step) => (value == null ? undefined : value[step]), doc);
}

function setAt(doc, steps, value) {
  let target = doc;
  steps.slice(0, -1).forEach((step, i) => {
    if (target[step] == null) target[step] = typeof steps[i + 1] === "number" ? [] : {};
    target = target[step];
  });
  const last = steps[steps.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

function pathOf(steps) {
  return "$" + steps.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("");
}

// "150 000", "150.000 kr" and "kr 150 000,-" are whole kroner; anything else stays text.
function parseInteger(text) {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/^kr\.?/i, "").replace(/(?:,-|kr\.?)$/i, "");
  const plain = /^-?[0-9]{1,3}(?:\.[0-9]{3})+$/.test(compact) ? compact.replace(/\./g, "") : compact;
  return /^-?[0-9]{1,15}$/.test(plain) ? Number(plain) : text;
}

function randomId(prefix, aar) {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${aar}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : randomId("n", Date.now());
}

class DocumentForm {
  constructor(app, data) {
    this.app = app;
    this.data = data;
    this.schema = data.schema;
    this.doc = { maalform: document.documentElement.lang === "nn" ? "nn" : "nb" };
    this.key = newKey();
  }

  resolve(node) {
    let current = node || {};
    while (current.$ref) {
      const target = current.$ref.replace(/^#\//, "").split("/").reduce((value, part) => value[part], this.schema);
      const { $ref, ...rest } = current;
      current = { ...target, ...rest };
    }
    return current;
  }

  start() {
    this.status = h("p", { id: "dokument-status", class: "skjema-status", role: "status" });
    this.alert = h("div", { id: "skjema-varsel", class: "skjema-varsel", role: "alert" });
    this.summary = h("div", { id: "feiloppsummering", class: "skjema-feiloppsummering", tabindex: "-1", hidden: true });
    this.fields = h("div", { id: "skjema-felter" });
    this.hint = h("div", { id: "dokument-veiledning", class: "skjema-utregning", "aria-live": "polite" });
    this.honeypot = h("input", { type: "text", id: "nettside", name: "nettside", tabindex: "-1", autocomplete: "off" });
    const sendText = this.data.mottak.url ? `Send ${this.data.tittel.toLowerCase()}` : `Last ned ${this.data.tittel.toLowerCase()}`;
    this.form = h(
      "form",
      { id: "dokument-skjema", novalidate: true, "aria-label": this.data.tittel },
      this.fields,
      h("div", { class: "skjema-honningkrukke", "aria-hidden": "true" }, h("label", { for: "nettside", text: "Nettside (skal stå tomt)" }), this.honeypot),
      h("div", { class: "skjema-knapper" }, h("button", { type: "submit", id: "send-knapp", class: "md-button md-button--primary", text: sendText })),
    );
    this.receipt = h("section", { id: "kvittering", class: "skjema-kvittering", tabindex: "-1", "aria-labelledby": "kvittering-tittel", hidden: true });
    this.app.replaceChildren(this.status, this.alert, this.summary, this.form, this.receipt);
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.form.addEventListener("change", (event) => this.onInput(event));
    this.form.addEventListener("click", (event) => this.onClick(event));
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.render();
  }

  render() {
    const root = this.resolve(this.schema);
    const required = new Set(root.required || []);
    const skip = new Set(this.data.system_fields);
    const parts = Object.entries(root.properties)
      .filter(([name]) => !skip.has(name))
      .map(([name, node]) => this.control(this.resolve(node), [name], required.has(name), 2));
    // The hint about the vedtak or the year's rules follows the year it depends on.
    const year = parts.findIndex((part) => part.dataset.path === "$.aar");
    parts.splice(year + 1, 0, this.hint);
    this.fields.replaceChildren(...parts);
    this.updateHint();
  }

  control(node, steps, required, level) {
    if (node.type === "object") return required ? this.group(node, steps, level) : this.optionalGroup(node, steps, level);
    if (node.type === "array") return this.list(node, steps, level);
    if (node.type === "boolean") return this.checkbox(node, steps);
    if (steps[steps.length - 1] === "uh_id") return this.select(node, steps, required, this.data.uh.map((uh) => [uh.uh_id, uh.navn]));
    if (Array.isArray(node.enum)) {
      const titles = node["x-enum-titles"] || node.enum;
      const choices = node.enum.map((value, i) => [value, titles[i]]);
      return choices.length <= RADIO_LIMIT ? this.radios(node, steps, required, choices) : this.select(node, steps, required, choices);
    }
    return this.input(node, steps, required);
  }

  heading(level, text) {
    return level <= 4 ? h(`h${level}`, { class: "skjema-legend-tittel", text }) : h("span", { class: "skjema-legend-tittel", text });
  }

  fieldset(steps, title, description, children, level, extraClass = "") {
    const id = fieldId(pathOf(steps));
    return h(
      "fieldset",
      { class: `skjema-gruppe ${extraClass}`.trim(), id, tabindex: "-1", dataset: { path: pathOf(steps) } },
      h("legend", {}, this.heading(level, title)),
      description ? h("p", { class: "skjema-hjelp", id: `${id}-hjelp`, text: description }) : null,
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
      children,
    );
  }

  children(node, steps, level) {
    const required = new Set(node.required || []);
    return Object.entries(node.properties || {}).map(([name, child]) => this.control(this.resolve(child), [...steps, name], required.has(name), level + 1));
  }

  group(node, steps, level) {
    return this.fieldset(steps, node.title, node.description, this.children(node, steps, level), level);
  }

  optionalGroup(node, steps, level) {
    const id = fieldId(pathOf(steps));
    const present = getAt(this.doc, steps) !== undefined;
    const toggle = h(
      "div",
      { class: "skjema-felt skjema-avkrysning" },
      h("input", { type: "checkbox", id: `${id}-valgt`, checked: present, dataset: { toggle: JSON.stringify(steps) } }),
      h("label", { for: `${id}-valgt`, text: `${node.title} (valgfritt)` }),
    );
    return this.fieldset(steps, node.title, node.description, [toggle, ...(present ? this.children(node, steps, level) : [])], level);
  }

  list(node, steps, level) {
    const item = this.resolve(node.items);
    const items = getAt(this.doc, steps) || [{}];
    if (getAt(this.doc, steps) === undefined) setAt(this.doc, steps, items);
    const title = item.title || "Element";
    const rows = items.map((_, index) => {
      const itemSteps = [...steps, index];
      const remove = items.length > (node.minItems || 0)
        ? h("button", { type: "button", class: "md-button", id: `${fieldId(pathOf(itemSteps))}-fjern`, dataset: { remove: JSON.stringify(steps), index: String(index) }, text: `Fjern ${title.toLowerCase()} ${index + 1}` })
        : null;
      return h("li", {}, this.fieldset(itemSteps, `${title} ${index + 1}`, null, [...this.children(item, itemSteps, level + 1), remove], level + 1, "skjema-element"));
    });
    const canAdd = node.maxItems === undefined || items.length < node.maxItems;
    const add = canAdd ? h("button", { type: "button", class: "md-button", id: `${fieldId(pathOf(steps))}-legg-til`, dataset: { add: JSON.stringify(steps) }, text: `Legg til ${title.toLowerCase()}` }) : null;
    return this.fieldset(steps, node.title, node.description, [h("ol", { class: "skjema-liste" }, rows), add], level);
  }

  label(node, id, required) {
    return h("label", { for: id, class: "skjema-etikett", text: `${node.title}${required ? "" : " (valgfritt)"}` });
  }

  help(node, id) {
    return node.description ? h("div", { class: "skjema-hjelp", id: `${id}-hjelp`, text: node.description }) : null;
  }

  wrap(steps, id, ...children) {
    return h("div", { class: "skjema-felt", id: `${id}-felt`, dataset: { path: pathOf(steps) } }, ...children, h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }));
  }

  input(node, steps, required) {
    const id = fieldId(pathOf(steps));
    const value = getAt(this.doc, steps);
    const integer = node.type === "integer";
    const attrs = { id, name: pathOf(steps), dataset: { steps: JSON.stringify(steps), type: node.type }, "aria-describedby": node.description ? `${id}-hjelp` : undefined, autocomplete: "off" };
    const long = node.type === "string" && (node.maxLength || 0) > TEXTAREA_FROM;
    const control = long ? h("textarea", { ...attrs, rows: "5" }) : h("input", { ...attrs, type: "text", inputmode: integer ? "numeric" : undefined, class: integer ? "skjema-tall" : undefined });
    control.value = value === undefined ? "" : String(value);
    return this.wrap(steps, id, this.label(node, id, required), this.help(node, id), control);
  }

  select(node, steps, required, choices) {
    const id = fieldId(pathOf(steps));
    const value = getAt(this.doc, steps);
    const control = h(
      "select",
      { id, name: pathOf(steps), dataset: { steps: JSON.stringify(steps), type: "string" }, "aria-describedby": node.description ? `${id}-hjelp` : undefined },
      h("option", { value: "", text: "Velg …" }),
      choices.map(([key, title]) => h("option", { value: key, text: title, selected: key === value })),
    );
    return this.wrap(steps, id, this.label(node, id, required), this.help(node, id), control);
  }

  radios(node, steps, required, choices) {
    const id = fieldId(pathOf(steps));
    const value = getAt(this.doc, steps);
    // The first choice carries the field's id, so the error summary can move the focus to it.
    const options = choices.map(([key, title], index) =>
      h(
        "div",
        { class: "skjema-valg" },
        h("input", { type: "radio", id: index ? `${id}-${index}` : id, name: pathOf(steps), value: key, checked: key === value, dataset: { steps: JSON.stringify(steps), type: "string" } }),
        h("label", { for: index ? `${id}-${index}` : id, text: title }),
      ),
    );
    return h(
      "fieldset",
      { class: "skjema-felt skjema-radiogruppe", id: `${id}-felt`, "aria-describedby": node.description ? `${id}-hjelp` : undefined, dataset: { path: pathOf(steps) } },
      h("legend", { class: "skjema-etikett", text: `${node.title}${required ? "" : " (valgfritt)"}` }),
      this.help(node, id),
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
      options,
    );
  }

  checkbox(node, steps) {
    const id = fieldId(pathOf(steps));
    const control = h("input", { type: "checkbox", id, checked: getAt(this.doc, steps) === true, dataset: { steps: JSON.stringify(steps), type: "boolean" }, "aria-describedby": node.description ? `${id}-hjelp` : undefined });
    return h(
      "div",
      { class: "skjema-felt skjema-avkrysning", id: `${id}-felt`, dataset: { path: pathOf(steps) } },
      control,
      h("label", { for: id, text: node.title }),
      this.help(node, id),
      h("div", { class: "skjema-feil", id: `${id}-feil`, hidden: true }),
    );
  }

  onInput(event) {
    const control = event.target;
    if (control.dataset.toggle) {
      const steps = JSON.parse(control.dataset.toggle);
      if (control.checked === (getAt(this.doc, steps) !== undefined)) return;
      setAt(this.doc, steps, control.checked ? {} : undefined);
      this.render();
      document.getElementById(control.id).focus();
      return;
    }
    if (!control.dataset.steps || (control.type === "radio" && !control.checked)) return;
    const steps = JSON.parse(control.dataset.steps);
    const type = control.dataset.type;
    let value = type === "boolean" ? control.checked : control.value.trim();
    if (value === "") value = undefined;
    else if (type === "integer") value = parseInteger(value);
    setAt(this.doc, steps, value);
    this.updateHint();
  }

  onClick(event) {
    const button = event.target.closest("button[data-add], button[data-remove]");
    if (!button) return;
    const steps = JSON.parse(button.dataset.add || button.dataset.remove);
    const items = getAt(this.doc, steps) || [];
    if (button.dataset.add) items.push({});
    else items.splice(Number(button.dataset.index), 1);
    setAt(this.doc, steps, items);
    this.render();
    const target = button.dataset.add ? this.fields.querySelector(`#${fieldId(pathOf([...steps, items.length - 1]))} input, #${fieldId(pathOf([...steps, items.length - 1]))} select`) : document.getElementById(`${fieldId(pathOf(steps))}-legg-til`);
    if (target) target.focus();
  }

  // What the owner needs to see while filling in: the vedtak for the year, or the year's rules.
  updateHint() {
    const lines = this.data.kind === "rapport" ? this.rapportHint() : this.soknadHint();
    this.hint.replaceChildren(...lines.map((text) => h("p", { text })));
    this.hint.hidden = lines.length === 0;
  }

  rapportHint() {
    const granted = ((this.data.vedtak || {})[this.doc.behovsmelding_id] || {})[this.doc.aar];
    if (!granted) return this.doc.behovsmelding_id && this.doc.aar ? [`Vi finner ikke noe vedtak for ${this.doc.behovsmelding_id} med utbetaling i ${this.doc.aar}. Sjekk id-en i svarbrevet.`] : [];
    const total = granted.eier_andel + granted.uh_andel + granted.koordinator_andel;
    const lines = [`Vedtaket for ${this.doc.aar}: eierens andel ${formatKroner(granted.eier_andel)}, UH-andelen ${formatKroner(granted.uh_andel)}, koordinering ${formatKroner(granted.koordinator_andel)}, til sammen ${formatKroner(total)}.`];
    const used = this.doc.brukt || {};
    const shares = [used.eier_andel, used.uh_andel, used.koordinator_andel];
    if (shares.every((value) => Number.isInteger(value))) lines.push(`Innvilget minus brukt: ${formatKroner(total - shares.reduce((a, b) => a + b, 0))}.`);
    return lines;
  }

  soknadHint() {
    const regel = (this.data.regler || []).find((row) => row.aar === this.doc.aar);
    if (!regel) return this.doc.aar ? [`Det er ikke åpnet for søknader for ${this.doc.aar}.`] : [];
    const fast = regel.krever_fast_ansatt ? "fast ansatt med" : "ansatt med";
    return [`For barnehageåret ${studyYear(regel.aar)} gis ${formatKroner(regel.sum_per_student)} for hver ansatt som er ${fast} minst ${regel.min_stillingsprosent} % stilling. Fristen er ${formatDate(regel.frist)}.`];
  }

  // -- checking and sending --------------------------------------------------------------------

  missing(node, steps, required, problems) {
    const value = getAt(this.doc, steps);
    const title = node.title || steps[steps.length - 1];
    if (node.type === "object") {
      if (value === undefined && !required) return;
      const inner = new Set(node.required || []);
      Object.entries(node.properties || {}).forEach(([name, child]) => this.missing(this.resolve(child), [...steps, name], inner.has(name), problems));
    } else if (node.type === "array") {
      (value || []).forEach((_, index) => this.missing(this.resolve(node.items), [...steps, index], true, problems));
    } else if (node.const === true && value !== true) {
      problems.push({ location: pathOf(steps), message: `«${title}» må bekreftes (krysses av).`, severity: "error" });
    } else if (required && value === undefined && node.type !== "boolean") {
      problems.push({ location: pathOf(steps), message: `«${title}» mangler.`, severity: "error" });
    } else if (node.type === "integer" && value !== undefined && !Number.isInteger(value)) {
      problems.push({ location: pathOf(steps), message: `«${title}» skal være et helt tall i kroner eller antall.`, severity: "error" });
    }
  }

  localProblems() {
    const problems = [];
    const root = this.resolve(this.schema);
    const required = new Set(root.required || []);
    const skip = new Set(this.data.system_fields);
    Object.entries(root.properties).filter(([name]) => !skip.has(name)).forEach(([name, node]) => this.missing(this.resolve(node), [name], required.has(name), problems));
    return problems;
  }

  clearProblems() {
    this.fields.querySelectorAll(".skjema-feil").forEach((box) => {
      box.hidden = true;
      box.replaceChildren();
    });
    this.fields.querySelectorAll("[aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
    this.fields.querySelectorAll(".skjema-har-feil").forEach((element) => element.classList.remove("skjema-har-feil"));
    this.summary.hidden = true;
  }

  // Each problem at its field (or the nearest group that is shown), and all of them in a summary
  // whose links move the focus to the field.
  showProblems(problems, heading) {
    this.clearProblems();
    const links = problems.map((problem) => {
      const id = this.targetFor(problem.location);
      const box = id && document.getElementById(`${id}-feil`);
      const warning = problem.severity === "warning";
      if (box) {
        box.append(h("p", { class: warning ? "skjema-advarsel" : "skjema-feilmelding", text: `${warning ? "Advarsel" : "Feil"}: ${problem.message}` }));
        box.hidden = false;
        const control = document.getElementById(id);
        if (control && !warning) {
          control.setAttribute("aria-invalid", "true");
          const described = new Set((control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
          described.add(`${id}-feil`);
          control.setAttribute("aria-describedby", [...described].join(" "));
        }
        (box.parentElement || box).classList.add("skjema-har-feil");
      }
      return h("li", {}, id ? h("a", { href: `#${id}`, text: problem.message }) : problem.message);
    });
    this.summary.replaceChildren(h("h2", { id: "feiloppsummering-tittel", text: heading }), h("ul", {}, links));
    this.summary.setAttribute("aria-labelledby", "feiloppsummering-tittel");
    this.summary.hidden = false;
    this.summary.focus();
  }

  targetFor(location) {
    let path = location;
    while (path) {
      const id = fieldId(path);
      if (document.getElementById(`${id}-feil`)) return id;
      const shorter = path.replace(/(\.[^.[\]]+|\[[0-9]+\])$/, "");
      if (shorter === path || shorter === "$") return null;
      path = shorter;
    }
    return null;
  }

  async submit() {
    this.alert.replaceChildren();
    const local = this.localProblems();
    if (local.length) return this.showProblems(local, `Skjemaet har ${local.length} feil som må rettes`);
    this.clearProblems();
    if (!this.data.mottak.url) return this.download();
    this.status.textContent = "Sender …";
    let response;
    try {
      response = await fetch(this.data.mottak.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": this.key },
        body: JSON.stringify({ [this.data.kind]: this.doc, nettside: this.honeypot.value }),
      });
    } catch {
      this.status.textContent = "";
      return this.alert.replaceChildren(h("p", { text: "Vi fikk ikke kontakt med mottaket. Sjekk nettforbindelsen og prøv igjen." }));
    }
    this.status.textContent = "";
    const body = await response.json().catch(() => ({}));
    if (response.status === 200 || response.status === 201) return this.showReceipt(body.kvittering);
    if ((response.status === 400 || response.status === 422) && Array.isArray(body.problems)) {
      const errors = body.problems.filter((p) => p.severity !== "warning").length;
      return this.showProblems(body.problems, `Mottaket fant ${errors} feil som må rettes`);
    }
    const messages = { 413: "Innsendingen er for stor.", 429: "Det er sendt mange innsendinger på kort tid. Vent et minutt og prøv igjen." };
    this.alert.replaceChildren(h("p", { text: messages[response.status] || `Mottaket svarte med status ${response.status}. Prøv igjen senere.` }));
  }

  download() {
    const stored = { schema_version: this.schema.properties.schema_version.enum[0], id: randomId(this.data.id_prefix, this.doc.aar), ...this.doc };
    const blob = new Blob([JSON.stringify(stored, null, 2) + "\n"], { type: "application/json" });
    const link = h("a", { href: URL.createObjectURL(blob), download: `${stored.id}.json`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    this.status.textContent = `Filen ${stored.id}.json er lastet ned. Legg den i mappen submissions/${this.data.folder}/${stored.aar}/ i en pull request.`;
  }

  showReceipt(receipt) {
    const rows = [["Id", receipt.id, "kvittering-id"], ["Gren", receipt.branch, "kvittering-gren"], ["Mottatt", receipt.mottatt, "kvittering-mottatt"]];
    if (receipt.eier) rows.push(["Eier", `${receipt.eier.navn} (org.nr. ${receipt.eier.organisasjonsnummer})`, "kvittering-eier"]);
    const list = h("dl", { class: "skjema-kvittering-liste" }, rows.flatMap(([label, value, id]) => [h("dt", { text: label }), h("dd", { id, text: String(value) })]));
    const link = receipt.pull_request_url ? h("p", {}, h("a", { id: "kvittering-pr", href: receipt.pull_request_url, text: "Se saken hos Statsforvalteren" })) : null;
    this.receipt.replaceChildren(h("h2", { id: "kvittering-tittel", text: `${this.data.tittel} er mottatt` }), list, link);
    this.receipt.hidden = false;
    this.form.hidden = true;
    this.receipt.focus();
  }
}

const app = document.getElementById("dokument-app");
const source = document.getElementById("dokument-data");
if (app && source) new DocumentForm(app, JSON.parse(source.textContent)).start();
