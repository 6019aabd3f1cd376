// The "Se over før dere sender" step: the whole melding as the caseworker will read it, and every
// warning the checker would give, each to be confirmed (a checkbox) or fixed (a link back to its
// field) before the melding can be sent.

import { h } from "./bygg.js";
import { meldingOverview } from "./oversikt.js";
import { t } from "./tekst.js";

export class ReviewStep {
  constructor(section, model, data, actions) {
    this.section = section;
    this.model = model;
    this.data = data;
    this.actions = actions; // { send, back, fix(location) }
    this.boxes = [];
  }

  show(melding, warnings, correcting) {
    this.boxes = warnings.map((_, index) => h("input", { type: "checkbox", id: `se-over-advarsel-${index}`, "aria-describedby": `se-over-advarsel-${index}-tekst` }));
    this.error = h("div", { id: "se-over-feil", class: "skjema-varsel", role: "alert" });
    const send = h("button", { type: "button", id: "send-endelig", class: "md-button md-button--primary", text: t(correcting ? "skjema.se-over.send-retting" : "skjema.send") });
    const back = h("button", { type: "button", id: "tilbake-til-skjema", class: "md-button", text: t("skjema.se-over.tilbake") });
    send.addEventListener("click", () => this.trySend());
    back.addEventListener("click", () => this.actions.back());
    this.sendButton = send;
    this.section.replaceChildren(
      h("h2", { id: "se-over-tittel", tabindex: "-1", text: t("skjema.se-over.tittel") }),
      h("p", { text: t("skjema.se-over.ingress", { embete: this.office() }) }),
      this.warningList(warnings),
      meldingOverview(this.model, this.data, melding),
      this.error,
      h("div", { class: "skjema-knapper" }, send, back),
    );
    this.section.hidden = false;
    this.section.querySelector("#se-over-tittel").focus();
  }

  office() {
    return (this.data.embete && this.data.embete.navn) || t("skjema.statsforvalteren");
  }

  warningList(warnings) {
    if (!warnings.length) return h("p", { id: "se-over-ingen-advarsler", class: "skjema-ok", text: t("skjema.se-over.ingen-advarsler") });
    const items = warnings.map((warning, index) => {
      const fix = h("button", { type: "button", class: "skjema-lenkeknapp", dataset: { fix: warning.location }, text: t("skjema.se-over.rett") });
      fix.addEventListener("click", () => this.actions.fix(warning.location));
      return h(
        "li",
        { class: "skjema-se-over-advarsel" },
        h("p", { id: `se-over-advarsel-${index}-tekst`, class: "skjema-advarsel", text: warning.message }),
        h("div", { class: "skjema-avkrysning" }, this.boxes[index], h("label", { for: `se-over-advarsel-${index}`, text: t("skjema.se-over.sett-advarselen") })),
        fix,
      );
    });
    return h(
      "section",
      { id: "se-over-advarsler", class: "skjema-feiloppsummering skjema-bare-advarsler", "aria-labelledby": "se-over-advarsler-tittel" },
      h("h3", { id: "se-over-advarsler-tittel", text: warnings.length === 1 ? t("skjema.se-over.en-advarsel") : t("skjema.se-over.advarsler", { antall: warnings.length }) }),
      h("p", { text: t("skjema.se-over.kryss-av") }),
      h("ul", { class: "skjema-feilliste" }, items),
    );
  }

  trySend() {
    const open = this.boxes.find((box) => !box.checked);
    if (open) {
      this.error.replaceChildren(h("p", { text: t("skjema.se-over.mangler-kryss") }));
      open.focus();
      return;
    }
    this.error.replaceChildren();
    this.actions.send();
  }

  busy(sending) {
    if (this.sendButton) this.sendButton.disabled = sending;
  }

  hide() {
    this.section.hidden = true;
    this.section.replaceChildren();
  }
}
