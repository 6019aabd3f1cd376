// The form's words: the catalogue of the page's målform (scripts/kompetanse/text/), given to the
// page in its data block, keyed as in Python. t("skjema.send") gives a text; {name} placeholders
// are filled from the parameters, and {{ }} stand for literal braces, as in Python's str.format.

let words = {};
let pageMaalform = "nb";

export function setWords(catalogue, maalform) {
  words = catalogue || {};
  pageMaalform = maalform === "nn" ? "nn" : "nb";
}

export function maalform() {
  return pageMaalform;
}

// The locale for dates and times in the page's målform. A browser without nynorsk locale data
// gets bokmål's, which names the months the same way ("1. februar 2027").
export function locale() {
  if (pageMaalform === "nn" && Intl.DateTimeFormat.supportedLocalesOf(["nn-NO"]).length) return "nn-NO";
  return "nb-NO";
}

// The text with its placeholders left in (for a text that wraps an element: split on "{name}").
export function template(key) {
  if (!Object.prototype.hasOwnProperty.call(words, key)) throw new Error(`unknown text: ${key}`);
  return words[key];
}

export function t(key, params = {}) {
  return template(key).replace(/\{\{|\}\}|\{([a-z_]+)\}/g, (match, name) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`no ${name} for ${key}`);
    return String(params[name]);
  });
}
