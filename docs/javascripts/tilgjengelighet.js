// Small accessibility fixes on top of Material, loaded on every page (no inline script, so pages
// with a strict Content-Security-Policy can load it too). Words come from the page's
// <meta name="kompetanse:..."> elements, written in the page's målform.
(function () {
  "use strict";

  function pageWord(name) {
    var meta = document.querySelector('meta[name="kompetanse:' + name + '"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // The heading a table belongs to: the nearest heading before it in the page.
  function headingBefore(element) {
    var headings = document.querySelectorAll(".md-content h1, .md-content h2, .md-content h3");
    var found = null;
    headings.forEach(function (heading) {
      if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) found = heading;
    });
    return found ? found.textContent.replace(/[¶#]\s*$/, "").trim() : "";
  }

  // Wide tables scroll sideways inside Material's wrapper. A scrolling region must be reachable
  // by keyboard (WCAG 2.1.1), so a wrapper that overflows gets a tab stop and a label naming the
  // heading it belongs to (two regions never share a name), and a visible note above it says
  // that it scrolls.
  function markScrollableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      var hint = wrap.previousElementSibling;
      var hasHint = hint && hint.classList.contains("rull-hint");
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        var heading = headingBefore(wrap);
        wrap.setAttribute("aria-label", pageWord("tabell-rulles") + (heading ? ": " + heading : ""));
        wrap.classList.add("kan-rulles");
        if (!hasHint) {
          hint = document.createElement("p");
          hint.className = "rull-hint";
          hint.textContent = pageWord("tabell-rull-hint");
          wrap.parentNode.insertBefore(hint, wrap);
        }
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
        wrap.classList.remove("kan-rulles");
        if (hasHint) hint.remove();
      }
    });
  }

  // A table of text (no column of figures) becomes one card per row on a phone: each cell
  // carries its column heading, and explicit roles keep it a table for screen readers.
  function stackTextTables() {
    document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
      if (table.closest(".bred-tabell") || table.querySelector('th[align="right"], th[style*="right"]')) return;
      var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.classList.add("stablet");
      table.setAttribute("role", "table");
      table.querySelectorAll("thead, tbody").forEach(function (group) {
        group.setAttribute("role", "rowgroup");
      });
      table.querySelectorAll("tr").forEach(function (row) {
        row.setAttribute("role", "row");
        Array.prototype.forEach.call(row.children, function (cell, index) {
          cell.setAttribute("role", cell.tagName === "TH" ? "columnheader" : "cell");
          if (cell.tagName === "TD" && headings[index]) cell.setAttribute("data-kolonne", headings[index]);
        });
      });
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

  // Material binds single keys without a modifier ("s", "f" and "/" open the search, "p", ",",
  // "n" and "." change page). Such shortcuts can be set off by speech input, and WCAG 2.1.4
  // asks that they can be turned off; they are turned off here, before Material sees the key.
  var THEME_SHORTCUTS = ["s", "f", "/", "p", ",", "n", "."];

  function isEditable(element) {
    return element instanceof HTMLElement && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function blockThemeShortcuts(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    if (THEME_SHORTCUTS.indexOf(event.key) >= 0) event.stopImmediatePropagation();
  }

  function onPage() {
    stackTextTables();
    markScrollableTables();
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(onPage);
  } else {
    document.addEventListener("DOMContentLoaded", onPage);
  }
  window.addEventListener("resize", markScrollableTables);
  window.addEventListener("keydown", blockThemeShortcuts, true);
  document.addEventListener("keydown", pressLabelButtons);
})();
