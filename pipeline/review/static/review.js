// Review page: keyboard-first claim review. No build step; plain DOM.
(function () {
  "use strict";
  const main = document.getElementById("doc");
  const banner = document.getElementById("banner");
  const who = document.getElementById("annotator");

  if (who) {
    const saved = localStorage.getItem("claims-annotator");
    if (saved) who.value = saved;
    who.addEventListener("change", () => localStorage.setItem("claims-annotator", who.value.trim()));
  }

  function show(message, ok) {
    banner.textContent = message;  // textContent: never HTML
    banner.className = ok ? "banner ok" : "banner";
    banner.hidden = false;
    if (ok) setTimeout(() => { if (banner.textContent === message) banner.hidden = true; }, 1500);
  }

  if (!main) return;
  const docId = main.dataset.docId;
  const cards = Array.from(document.querySelectorAll(".card"));
  let current = -1;

  function select(i) {
    if (!cards.length) return;
    current = Math.max(0, Math.min(cards.length - 1, i));
    cards.forEach((c, j) => c.classList.toggle("current", j === current));
    const id = cards[current].dataset.claimId;
    let first = null;
    document.querySelectorAll(".seg[data-claims]").forEach((s) => {
      const on = s.dataset.claims.split(" ").includes(id);
      s.classList.toggle("focus", on);
      if (on && !first) first = s;
    });
    cards[current].scrollIntoView({ block: "nearest" });
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  function fieldsOf(card) {
    const fields = {};
    card.querySelectorAll(".fields [name]").forEach((el) => {
      if (el.name !== "note") fields[el.name] = el.value;
    });
    return fields;
  }

  async function post(url, body) {
    body.version = main.dataset.version;
    body.annotator = who ? who.value.trim() : "";
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: "HTTP " + response.status }; }
    if (!response.ok) {
      show((response.status === 409 ? "Not saved (conflict): " : "Not saved: ") + (data.error || response.status));
      return null;
    }
    main.dataset.version = data.version;
    return data;
  }

  function refresh(card, c) {
    card.className = card.className.replace(/status-\S+/, "status-" + c.status);
    card.querySelector(".status").textContent = c.status;
    card.querySelector("footer .who").textContent = c.annotator + " " + c.reviewed_at;
    const reviewed = document.querySelectorAll(".card:not(.status-unreviewed)").length;
    const progress = document.getElementById("progress");
    if (progress) progress.textContent = reviewed + "/" + cards.length + " reviewed";
  }

  async function act(card, action) {
    const body = { action: action, note: card.querySelector("[name=note]").value };
    if (action === "save") body.fields = fieldsOf(card);
    const data = await post("/api/docs/" + encodeURIComponent(docId) + "/claims/" + encodeURIComponent(card.dataset.claimId), body);
    if (!data) return false;
    refresh(card, data.card);
    show(action === "save" ? "saved (" + data.card.status + ")" : data.card.status, true);
    return true;
  }

  cards.forEach((card, i) => {
    card.addEventListener("click", (ev) => {
      if (current !== i) select(i);
      const button = ev.target.closest("button[data-action]");
      if (button) act(card, button.dataset.action);
    });
  });

  document.querySelectorAll(".seg[data-claims]").forEach((seg) => {
    seg.addEventListener("click", () => {
      if (!window.getSelection().isCollapsed) return;
      const id = seg.dataset.claims.split(" ")[0];
      const i = cards.findIndex((c) => c.dataset.claimId === id);
      if (i >= 0) select(i);
    });
  });

  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (typing) {
      if (ev.key === "Escape") t.blur();
      const card = t.closest && t.closest(".card");
      if (ev.key === "Enter" && card) { ev.preventDefault(); act(card, "save"); t.blur(); }
      if (ev.key === "Enter" && t.closest && t.closest("#add-panel")) { ev.preventDefault(); addClaim(); }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "j") select(current + 1);
    else if (ev.key === "k") select(current - 1);
    else if (ev.key === "a" && current >= 0) act(cards[current], "accept").then((ok) => { if (ok) select(current + 1); });
    else if (ev.key === "r" && current >= 0) act(cards[current], "reject").then((ok) => { if (ok) select(current + 1); });
    else if (ev.key === "e" && current >= 0) {
      ev.preventDefault();
      const input = cards[current].querySelector(".fields input, .fields select");
      if (input) { input.focus(); if (input.select) input.select(); }
    } else if (ev.key === "n") {
      const next = document.getElementById("next-doc");
      if (next) location.href = next.href;
    } else return;
    ev.preventDefault();
  });

  // Adding a claim: the selection's offsets in code points of the article text (as in the records),
  // from the data-start of the segment holding each end of the selection.
  const article = document.getElementById("article");
  const panel = document.getElementById("add-panel");
  let selection = null;

  function codePoints(s) { return Array.from(s).length; }

  function offsetOf(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = node.parentElement.closest("[data-start]");
      if (!seg) return null;
      return Number(seg.dataset.start) + codePoints(node.textContent.slice(0, offset));
    }
    if (node === article) {
      const child = article.children[offset];
      return child ? Number(child.dataset.start) : (article.lastElementChild ? Number(article.lastElementChild.dataset.end) : 0);
    }
    const seg = node.closest && node.closest("[data-start]");
    if (!seg) return null;
    return offset === 0 ? Number(seg.dataset.start) : Number(seg.dataset.end);
  }

  function guessValue(text) {
    const m = text.replace(/\u00a0/g, " ").match(/\d[\d .]*(,\d+)?/);
    if (!m) return "";
    let s = m[0].trim();
    if (/\.\d{3}(\D|$)/.test(s)) s = s.replace(/\./g, "");
    s = s.replace(/ /g, "").replace(",", ".");
    let value = parseFloat(s);
    if (/milliard/i.test(text)) value *= 1e9; else if (/million|mill\./i.test(text)) value *= 1e6;
    return isNaN(value) ? "" : String(value);
  }

  if (article) {
    article.addEventListener("mouseup", () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) return;
      const range = sel.getRangeAt(0);
      if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return;
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      const text = sel.toString();
      selection = { start: start, end: end };
      document.getElementById("add-text").textContent = text;
      document.getElementById("add-span").textContent = start + "–" + end;
      document.getElementById("add-value").value = guessValue(text);
      document.getElementById("add-unit").value = /kr|milliard|million|mill\./i.test(text) ? "NOK" : "";
      document.getElementById("add-kind").value = /kr|milliard|million|mill\./i.test(text) ? "money" : "quantity";
      panel.hidden = false;
    });
  }

  async function addClaim() {
    if (!selection) return;
    const kind = document.getElementById("add-kind").value;
    const fields = { kind: kind };
    if (kind !== "measure") {
      fields.value = document.getElementById("add-value").value;
      fields.unit = document.getElementById("add-unit").value;
    }
    const data = await post("/api/docs/" + encodeURIComponent(docId) + "/claims",
      { start: selection.start, end: selection.end, fields: fields });
    if (data) location.reload();
  }

  if (panel) {
    document.getElementById("add-submit").addEventListener("click", addClaim);
    document.getElementById("add-cancel").addEventListener("click", () => { panel.hidden = true; selection = null; });
  }

  if (cards.length) select(Math.max(0, cards.findIndex((c) => c.classList.contains("status-unreviewed"))));
})();
