// Small accessibility fixes on top of Material, loaded on every page (no inline script, so pages
// with a strict Content-Security-Policy can load it too).
(function () {
  "use strict";

  // Wide tables scroll sideways inside Material's wrapper. A scrolling region must be reachable
  // by keyboard (WCAG 2.1.1), so a wrapper that overflows gets a tab stop and a label.
  function markScrollableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Tabell som kan rulles sideveis");
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  // The header's menu and search buttons are labels (see partials/header.html). Material already
  // presses a focused label on Enter; Space must press it too, as it would a real button.
  function pressLabelButtons(event) {
    var target = event.target;
    if (!(target instanceof HTMLLabelElement) || target.getAttribute("role") !== "button") {
      return;
    }
    if (event.key === " ") {
      event.preventDefault();
      target.click();
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(markScrollableTables);
  } else {
    document.addEventListener("DOMContentLoaded", markScrollableTables);
  }
  window.addEventListener("resize", markScrollableTables);
  document.addEventListener("keydown", pressLabelButtons);
})();
