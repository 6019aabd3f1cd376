// Correcting a melding already sent: the owner's own page links to the form with a secret token
// in the fragment (#rett=…), which never reaches the site's server. The form fetches the melding
// from the receiver with it, opens prefilled, and sends the correction back to the same address;
// the receiver makes it a new commit on the melding's own branch.

import { t } from "./tekst.js";

const PREFIX = "#rett=";

// The token from the address, taken out of the address bar at once (so it is not bookmarked).
export function takeCorrectionToken() {
  const hash = window.location.hash || "";
  if (!hash.startsWith(PREFIX)) return null;
  const token = decodeURIComponent(hash.slice(PREFIX.length));
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  return /^[A-Za-z0-9._-]{10,200}$/.test(token) ? token : "";
}

export function correctionUrl(receiverUrl, token) {
  return `${receiverUrl.replace(/\/$/, "")}/rett/${encodeURIComponent(token)}`;
}

function firstMessage(body, fallback) {
  const problems = body && Array.isArray(body.problems) ? body.problems : [];
  return problems.length && problems[0].message ? String(problems[0].message) : fallback;
}

// { id, melding } for a melding that may be corrected, or { message } saying why not.
export async function loadCorrection(receiverUrl, token) {
  const fallback = t("skjema.retting.lenke-virker-ikke");
  if (!token) return { message: fallback };
  let response;
  let body = null;
  try {
    response = await fetch(correctionUrl(receiverUrl, token), { headers: { Accept: "application/json" }, credentials: "omit" });
    body = await response.json();
  } catch {
    return { message: t("skjema.retting.ingen-kontakt") };
  }
  if (response.status === 200 && body && body.behovsmelding && typeof body.id === "string") return { id: body.id, melding: body.behovsmelding };
  return { message: firstMessage(body, fallback) };
}
