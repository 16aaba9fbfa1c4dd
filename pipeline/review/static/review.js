// Review page: keyboard-first claim review. No build step; plain DOM.
//
// What an annotator types is never dropped: a field differs from its saved value until it is saved or
// cancelled with Esc (which says so); accept and save send exactly the changed fields, so what is
// accepted is what the form shows; after every action the page is brought up to date from the server
// (other annotators' changes included) without touching fields that hold typed text.
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

  // An error: an alert the screen reader reads at once, kept until the next message.
  function alarm(message) {
    banner.textContent = message;  // textContent: never HTML
    banner.className = "banner";
    banner.hidden = false;
  }

  if (!main) return;
  const statusLine = document.getElementById("status");
  // A confirmation: the polite status line at the bottom.
  function say(message) {
    banner.hidden = true;
    statusLine.textContent = message;
  }

  const docId = main.dataset.docId;
  const article = document.getElementById("article");
  const api = "/api/docs/" + encodeURIComponent(docId);
  const skipped = new Set();
  const undoStack = [];  // {claimId, version, what}: the claim's version right after our action
  let currentId = null;

  const allCards = () => Array.from(document.querySelectorAll("#cards .card"));
  const visibleCards = () => allCards().filter((c) => !c.hidden);
  const cardOf = (id) => (id ? document.getElementById("card-" + id) : null);
  const current = () => cardOf(currentId);

  // --- fields: saved value, typed value --------------------------------------------------------
  // a checkbox's value is "true" or "false" (what a save sends for it)
  const isBox = (el) => el.type === "checkbox";
  const valueOf = (el) => (isBox(el) ? String(el.checked) : el.value);
  function savedValue(el) {
    if (isBox(el)) return String(el.defaultChecked);
    if (el.tagName === "SELECT") {
      const opt = Array.from(el.options).find((o) => o.defaultSelected) || el.options[0];
      return opt ? opt.value : "";
    }
    return el.defaultValue;
  }
  function restore(el) {
    if (isBox(el)) {
      el.checked = el.defaultChecked;
    } else if (el.tagName === "SELECT") {
      Array.from(el.options).forEach((o) => { o.selected = o.defaultSelected; });
      if (!Array.from(el.options).some((o) => o.defaultSelected)) el.selectedIndex = 0;
    } else {
      el.value = el.defaultValue;
    }
  }
  function settle(el) {
    if (isBox(el)) el.defaultChecked = el.checked;
    else if (el.tagName === "SELECT") Array.from(el.options).forEach((o) => { o.defaultSelected = o.selected; });
    else el.defaultValue = el.value;
  }
  const isDirty = (el) => valueOf(el) !== savedValue(el);
  const fieldsOf = (card) => Array.from(card.querySelectorAll(".fields [name]"));
  const dirtyOf = (card) => fieldsOf(card).filter(isDirty);
  const labelOf = (el) => (el.closest("label") ? el.closest("label").firstChild.textContent.trim() : el.name);
  const dirtyCards = () => allCards().filter((c) => dirtyOf(c).length);

  function markDirty(card) {
    const dirty = dirtyOf(card).length > 0;
    card.classList.toggle("dirty", dirty);
    card.querySelector(".dirty-label").hidden = !dirty;
  }

  document.addEventListener("input", (ev) => {
    const card = ev.target.closest && ev.target.closest(".card");
    if (card) markDirty(card);
  });
  document.addEventListener("change", (ev) => {
    const card = ev.target.closest && ev.target.closest(".card");
    if (card) markDirty(card);
  });
  window.addEventListener("beforeunload", (ev) => {
    if (dirtyCards().length) { ev.preventDefault(); ev.returnValue = ""; }
  });

  // --- the current claim -------------------------------------------------------------------------
  function select(card, focus) {
    if (!card) return;
    currentId = card.dataset.claimId;
    allCards().forEach((c) => {
      c.classList.toggle("current", c === card);
      if (c === card) c.setAttribute("aria-current", "true"); else c.removeAttribute("aria-current");
    });
    let first = null;
    document.querySelectorAll(".seg[data-claims]").forEach((s) => {
      const on = s.dataset.claims.split(" ").includes(currentId);
      s.classList.toggle("focus", on);
      if (on && !first) first = s;
    });
    card.scrollIntoView({ block: "nearest" });
    if (first) first.scrollIntoView({ block: "nearest" });
    if (focus) card.focus({ preventScroll: true });
  }

  function move(step) {
    const shown = visibleCards();
    if (!shown.length) { say("no claim matches the filters"); return; }
    const all = allCards();
    const here = all.indexOf(current());
    let pick = null;
    if (here < 0) pick = step > 0 ? shown[0] : shown[shown.length - 1];
    else if (step > 0) pick = shown.find((c) => all.indexOf(c) > here);
    else pick = shown.slice().reverse().find((c) => all.indexOf(c) < here);
    if (pick) select(pick, true); else say(step > 0 ? "this is the last claim shown" : "this is the first claim shown");
  }

  // the next claim shown after `id` that still needs a look (unreviewed, not skipped), else the next shown
  function nextAfter(id) {
    const all = allCards();
    const here = all.findIndex((c) => c.dataset.claimId === id);
    const later = visibleCards().filter((c) => all.indexOf(c) > here);
    return later.find((c) => c.dataset.status === "unreviewed" && !skipped.has(c.dataset.claimId)) || later[0] || null;
  }

  // --- filters and progress ------------------------------------------------------------------------
  const filterIds = ["filter-status", "filter-low", "filter-threshold", "filter-kind", "filter-actor"];
  const filterEl = (id) => document.getElementById(id);
  function loadFilters() {
    let saved = {};
    try { saved = JSON.parse(localStorage.getItem("claims-filters") || "{}"); } catch (e) { saved = {}; }
    filterIds.forEach((id) => {
      const el = filterEl(id);
      if (!(id in saved)) return;
      if (el.type === "checkbox") el.checked = Boolean(saved[id]);
      else if (el.tagName !== "SELECT" || Array.from(el.options).some((o) => o.value === saved[id])) el.value = saved[id];
    });
  }
  function storeFilters() {
    const out = {};
    filterIds.forEach((id) => { const el = filterEl(id); out[id] = el.type === "checkbox" ? el.checked : el.value; });
    localStorage.setItem("claims-filters", JSON.stringify(out));
  }
  function matches(card) {
    const status = filterEl("filter-status").value;
    const s = card.dataset.status;
    if (status === "unreviewed" && s !== "unreviewed") return false;
    if (status === "reviewed" && s === "unreviewed") return false;
    if (status === "rejected" && s !== "rejected") return false;
    if (filterEl("filter-low").checked) {
      const threshold = Number(filterEl("filter-threshold").value);
      const c = Number(card.dataset.confidence);
      if (card.dataset.confidence === "" || !(c < threshold)) return false;
    }
    const kind = filterEl("filter-kind").value;
    if (kind && card.dataset.kind !== kind) return false;
    const actor = filterEl("filter-actor").value;
    if (actor === "-" && card.dataset.actor) return false;
    if (actor && actor !== "-" && card.dataset.actor !== actor) return false;
    return true;
  }
  function applyFilters() {
    // a claim with typed edits stays in view whatever the filters say: its text is never hidden away
    allCards().forEach((c) => { c.hidden = !matches(c) && !dirtyOf(c).length; });
    const all = allCards();
    const reviewed = all.filter((c) => c.dataset.status !== "unreviewed").length;
    const shown = visibleCards().length;
    document.getElementById("progress").textContent = reviewed + " of " + all.length + " reviewed";
    document.getElementById("shown").textContent = shown === all.length
      ? "showing all " + all.length + " claims" : "showing " + shown + " of " + all.length + " claims (filtered)";
    if (current() && current().hidden) {
      const next = nextAfter(currentId) || visibleCards()[0];
      if (next) select(next, false);
    }
  }
  filterIds.forEach((id) => filterEl(id).addEventListener("change", () => { storeFilters(); applyFilters(); }));
  filterEl("filters").addEventListener("submit", (ev) => ev.preventDefault());

  // --- talking to the server -----------------------------------------------------------------------
  async function post(url, body) {
    body.annotator = who ? who.value.trim() : "";
    let response;
    try {
      response = await fetch(url, {
        method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
        body: JSON.stringify(body),
      });
    } catch (e) {
      return { ok: false, status: 0, data: { error: "the server cannot be reached; nothing was saved" } };
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: "HTTP " + response.status }; }
    return { ok: response.ok, status: response.status, data: data };
  }

  // Bring the page up to date: the article's highlights, and every claim card whose version changed,
  // except that a field holding typed text keeps it (on top of the new saved value).
  async function sync() {
    let html;
    try {
      const response = await fetch(location.pathname, { credentials: "same-origin" });
      if (!response.ok) return;
      html = await response.text();
    } catch (e) { return; }
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const freshArticle = fresh.getElementById("article");
    if (article && freshArticle) article.innerHTML = freshArticle.innerHTML;
    const box = document.getElementById("cards");
    const focused = document.activeElement;
    const focusCard = focused && focused.closest ? focused.closest(".card") : null;
    const focusName = focused && focused.name;
    const seen = new Set();
    const overtaken = [];  // claims with typed text that someone else changed meanwhile
    let previous = null;
    fresh.querySelectorAll("#cards .card").forEach((incoming) => {
      const id = incoming.dataset.claimId;
      seen.add(id);
      let el = cardOf(id);
      if (!el || el.dataset.version !== incoming.dataset.version) {
        const node = document.importNode(incoming, true);
        if (el) {
          const typed = dirtyOf(el);
          // a field the fresh card no longer has (its comparison was cleared meanwhile) has nowhere to go
          typed.forEach((f) => {
            const into = node.querySelector(".fields [name='" + f.name + "']");
            if (into && isBox(into)) into.checked = f.checked; else if (into) into.value = f.value;
          });
          if (typed.length) overtaken.push(node.querySelector(".anchor").textContent + " (kept what you typed in: " + typed.map(labelOf).join(", ") + ")");
          el.replaceWith(node);
        }
        el = node;
        markDirty(el);
      }
      if (skipped.has(id)) { el.classList.add("skipped"); el.querySelector(".skip-label").hidden = false; }
      if (previous) previous.after(el); else box.prepend(el);
      previous = el;
    });
    allCards().forEach((c) => { if (!seen.has(c.dataset.claimId)) c.remove(); });
    const empty = document.getElementById("no-claims");
    if (empty) empty.hidden = allCards().length > 0;
    applyFilters();
    if (current()) select(current(), false);
    if (focusCard && !focusCard.isConnected) {
      const again = cardOf(focusCard.dataset.claimId);
      const target = again && (focusName ? again.querySelector(".fields [name='" + focusName + "']") : again);
      if (target) target.focus({ preventScroll: true });
    }
    return overtaken;
  }

  // after a confirmation: tell of claims with typed text that someone else changed meanwhile
  function warnOvertaken(overtaken) {
    if (overtaken.length) alarm("Changed by someone else meanwhile, their version is now shown: " + overtaken.join("; ") + ".");
  }

  const ACTION_WORDS = { accept: "accepted", reject: "rejected", save: "saved", span: "span redrawn" };

  async function act(card, action, extra) {
    const id = card.dataset.claimId;
    const body = Object.assign({ action: action, version: card.dataset.version }, extra || {});
    if (action === "accept" || action === "save") {
      const fields = {};
      dirtyOf(card).forEach((el) => { if (el.name !== "note") fields[el.name] = valueOf(el); });
      if (Object.keys(fields).length) body.fields = fields;
    }
    const note = card.querySelector("[name=note]");
    if (note && isDirty(note)) body.note = note.value;
    const result = await post(api + "/claims/" + encodeURIComponent(id), body);
    if (result.status === 409) {
      await sync();
      const kept = dirtyOf(cardOf(id) || card).map(labelOf);
      alarm("Not saved: " + (result.data.error || "someone else changed this claim") +
        (kept.length ? " Kept what you typed in: " + kept.join(", ") + "." : ""));
      return false;
    }
    if (!result.ok) {
      alarm("Not saved: " + (result.data.error || "HTTP " + result.status) + ". What you typed is still in the form.");
      const bad = result.data.field && card.querySelector(".fields [name='" + result.data.field + "']");
      if (bad) bad.focus();
      return false;
    }
    // what was sent is saved now: those fields no longer hold typed text (the fresh card shows the server's value)
    fieldsOf(card).forEach((el) => { if (el.name in (body.fields || {}) || (el.name === "note" && "note" in body)) settle(el); });
    undoStack.push({ claimId: id, version: result.data.version, what: action });
    skipped.delete(id);
    const overtaken = await sync();
    say((ACTION_WORDS[action] || action) + ": " + (result.data.card ? result.data.card.status : "") +
      (action === "accept" && body.fields ? " with your edits of " + Object.keys(body.fields).join(", ") : ""));
    warnOvertaken(overtaken);
    return true;
  }

  async function undo() {
    const last = undoStack[undoStack.length - 1];
    if (!last) { say("nothing to undo"); return; }
    const result = await post(api + "/claims/" + encodeURIComponent(last.claimId), { action: "undo", version: last.version });
    if (!result.ok) {
      alarm("Cannot undo: " + (result.data.error || "HTTP " + result.status));
      if (result.status === 409 || result.status === 422) undoStack.pop();
      await sync();
      return;
    }
    undoStack.pop();
    const overtaken = await sync();
    const back = cardOf(last.claimId);
    if (back) select(back, true); else if (visibleCards()[0]) select(visibleCards()[0], true);
    say("undone: " + last.what + (result.data.removed ? " (the added claim is removed)" : ""));
    warnOvertaken(overtaken);
  }

  async function decide(action) {
    const card = current();
    if (!card) return;
    const id = card.dataset.claimId;
    if (await act(card, action)) {
      const next = nextAfter(id);
      if (next) select(next, true); else select(cardOf(id), true);
    }
  }

  function skip() {
    const card = current();
    if (!card) return;
    const id = card.dataset.claimId;
    skipped.add(id);
    card.classList.add("skipped");
    card.querySelector(".skip-label").hidden = false;
    const next = nextAfter(id);
    if (next) select(next, true);
    say("skipped: left unreviewed" + (dirtyOf(card).length ? " (its typed edits are kept, not saved)" : ""));
  }

  // Esc in a field: that field goes back to its saved value, and the page says so; focus returns to the claim.
  function cancelField(el) {
    const card = el.closest(".card");
    if (card) {
      const what = labelOf(el);
      if (isDirty(el)) {
        const typed = valueOf(el);
        restore(el);
        markDirty(card);
        const others = dirtyOf(card).map(labelOf);
        say("Esc: your edit of " + what + " (“" + typed + "”) is cancelled; it shows the saved “" + savedValue(el) + "” again." +
          (others.length ? " Still typed, not saved: " + others.join(", ") + "." : ""));
      } else {
        say("left the " + what + " field");
      }
      card.focus({ preventScroll: true });
      return;
    }
    if (el.closest("#span-panel")) {
      if (el.id === "span-text" && el.value) { el.value = ""; findTyped(); say("Esc: the span text is cleared"); }
      else closePanel("Esc: marking cancelled");
      return;
    }
    el.blur();
    if (current()) current().focus({ preventScroll: true });
  }

  function navigate(link) {
    if (!link) { say("no such document"); return; }
    const dirty = dirtyCards();
    if (dirty.length) {
      alarm("Not leaving: " + dirty.length + " claim(s) have unsaved edits (" +
        dirty.map((c) => dirtyOf(c).map(labelOf).join(", ")).join("; ") + "). Save them with Enter or cancel with Esc first.");
      select(dirty[0], true);
      return;
    }
    location.href = link.href;
  }

  // --- marking a span: a selection, or text typed in the panel -------------------------------------
  const panel = document.getElementById("span-panel");
  const spanText = document.getElementById("span-text");
  const spanUse = document.getElementById("span-use");
  const spanFound = document.getElementById("span-found");
  let span = null;  // {start, end} in code points of the article text
  let fromSelection = null;  // {start, end, text} of a mouse selection

  const codePoints = (s) => Array.from(s).length;
  function articleText() {
    return article ? Array.from(article.querySelectorAll("[data-start]")).map((s) => s.textContent).join("") : "";
  }
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

  // the occurrence of the typed text nearest the current claim's evidence (offsets in code points)
  function findTyped() {
    const wanted = spanText.value.trim();
    span = null;
    if (fromSelection && wanted === fromSelection.text.trim()) {
      span = { start: fromSelection.start, end: fromSelection.end };
      spanFound.textContent = "the selection: characters " + span.start + "–" + span.end;
      suggest(wanted);
      return;
    }
    fromSelection = null;
    if (!wanted) { spanFound.textContent = "type text as it stands in the article"; return; }
    const text = articleText();
    const hits = [];
    for (let i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) hits.push(i);
    if (!hits.length) { spanFound.textContent = "not in the article: “" + wanted + "”"; return; }
    const anchor = current() ? Number(current().dataset.evStart) : 0;
    const at = hits.reduce((best, i) => (Math.abs(i - anchor) < Math.abs(best - anchor) ? i : best), hits[0]);
    const start = codePoints(text.slice(0, at));
    span = { start: start, end: start + codePoints(wanted) };
    const context = text.slice(Math.max(0, at - 25), at + wanted.length + 25).replace(/\s+/g, " ");
    spanFound.textContent = "found at characters " + span.start + "–" + span.end +
      (hits.length > 1 ? " (the one of " + hits.length + " nearest the current claim)" : "") + ": …" + context + "…";
    suggest(wanted);
  }

  // what the server's parsers read in the text: proposed (not forced) for a new claim's fields
  let suggestFor = "";
  async function suggest(text) {
    suggestFor = text;
    let data;
    try {
      const response = await fetch("/api/amount?text=" + encodeURIComponent(text), { credentials: "same-origin" });
      data = await response.json();
    } catch (e) { return; }
    if (suggestFor !== text || !data.found) return;
    const value = document.getElementById("add-value");
    const unit = document.getElementById("add-unit");
    const kind = document.getElementById("add-kind");
    if (!isDirty(value)) { value.value = value.defaultValue = data.text; }
    if (!isDirty(unit)) { unit.value = unit.defaultValue = data.unit || ""; }
    if (data.kind && !isDirty(kind)) {
      Array.from(kind.options).forEach((o) => { o.defaultSelected = o.value === data.kind; });
      kind.value = data.kind;
    }
  }

  function openPanel(use) {
    if (!panel) return;
    const sel = window.getSelection();
    fromSelection = null;
    if (article && sel && !sel.isCollapsed && sel.rangeCount) {
      const range = sel.getRangeAt(0);
      if (article.contains(range.startContainer) && article.contains(range.endContainer)) {
        const start = offsetOf(range.startContainer, range.startOffset);
        const end = offsetOf(range.endContainer, range.endOffset);
        if (start !== null && end !== null && end > start) {
          fromSelection = { start: start, end: end, text: Array.from(articleText()).slice(start, end).join("") };
          spanText.value = fromSelection.text.trim();
          // trimmed like the server does: the offsets follow the text shown
          const lead = codePoints(fromSelection.text) - codePoints(fromSelection.text.trimStart());
          const tail = codePoints(fromSelection.text) - codePoints(fromSelection.text.trimEnd());
          fromSelection = { start: start + lead, end: end - tail, text: spanText.value };
        }
      }
    }
    if (!fromSelection && use !== "keep") spanText.value = "";
    if (use && use !== "keep") spanUse.value = current() ? use : "new";
    if (!current()) spanUse.value = "new";
    ["add-value", "add-unit"].forEach((id) => { const el = document.getElementById(id); el.value = el.defaultValue = ""; });
    document.getElementById("span-new").hidden = spanUse.value !== "new";
    panel.hidden = false;
    findTyped();
    spanText.focus();
    say("mark a span: " + (fromSelection ? "the selection" : "type the text") + ", choose its use, Enter applies, Esc cancels");
  }

  function closePanel(message) {
    panel.hidden = true;
    fromSelection = null;
    span = null;
    if (current()) current().focus({ preventScroll: true });
    if (message) say(message);
  }

  async function applyPanel() {
    if (!span) { alarm("Nothing marked: " + (spanFound.textContent || "type text as it stands in the article")); spanText.focus(); return; }
    const use = spanUse.value;
    if (use === "new") {
      const kind = document.getElementById("add-kind").value;
      const fields = { kind: kind };
      if (kind !== "measure") {
        fields.value = document.getElementById("add-value").value;
        fields.unit = document.getElementById("add-unit").value;
      }
      const result = await post(api + "/claims", { start: span.start, end: span.end, fields: fields });
      if (!result.ok) { alarm("Not added: " + (result.data.error || "HTTP " + result.status)); return; }
      const id = result.data.record.claim_id;
      undoStack.push({ claimId: id, version: result.data.version, what: "add" });
      panel.hidden = true;
      const overtaken = await sync();
      if (cardOf(id)) select(cardOf(id), true);
      say("added: " + (result.data.card.amount_display || result.data.card.anchor_text));
      warnOvertaken(overtaken);
      return;
    }
    const card = current();
    if (!card) { alarm("No current claim to redraw: choose one (j/k) first"); return; }
    if (await act(card, "span", { span: { part: use, start: span.start, end: span.end } })) {
      panel.hidden = true;
      select(cardOf(card.dataset.claimId), true);
    }
  }

  if (panel) {
    spanText.addEventListener("input", findTyped);
    spanUse.addEventListener("change", () => { document.getElementById("span-new").hidden = spanUse.value !== "new"; });
    document.getElementById("span-submit").addEventListener("click", applyPanel);
    document.getElementById("span-cancel").addEventListener("click", () => closePanel("marking cancelled"));
  }
  if (article) {
    article.addEventListener("mouseup", () => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) openPanel(panel.hidden ? "new" : "keep");
    });
  }

  // --- help ----------------------------------------------------------------------------------------
  const help = document.getElementById("keys-help");
  function toggleHelp() {
    help.hidden = !help.hidden;
    if (!help.hidden) document.getElementById("keys-close").focus();
    else if (current()) current().focus({ preventScroll: true });
  }
  document.getElementById("keys-close").addEventListener("click", toggleHelp);

  // --- mouse ---------------------------------------------------------------------------------------
  document.getElementById("cards").addEventListener("click", (ev) => {
    const card = ev.target.closest(".card");
    if (!card) return;
    if (card.dataset.claimId !== currentId) select(card, false);
    const button = ev.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "skip") skip();
    else if (action === "mark") openPanel("amount");
    else if (action === "save") act(card, "save");
    else decide(action);
  });
  document.addEventListener("click", (ev) => {
    const seg = ev.target.closest && ev.target.closest(".seg[data-claims]");
    if (!seg || !window.getSelection().isCollapsed) return;
    const card = cardOf(seg.dataset.claims.split(" ")[0]);
    if (card) select(card, true);
  });

  // --- keys ----------------------------------------------------------------------------------------
  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    const typing = t && t.matches && t.matches("input, select, textarea");
    if (typing) {
      if (ev.key === "Escape") { ev.preventDefault(); cancelField(t); return; }
      if (ev.key !== "Enter") return;
      const card = t.closest(".card");
      if (card) {
        ev.preventDefault();
        act(card, "save").then((ok) => { if (ok && cardOf(card.dataset.claimId)) select(cardOf(card.dataset.claimId), true); });
      } else if (t.closest("#span-panel")) {
        ev.preventDefault();
        applyPanel();
      } else if (t.closest("#filters") || t === who) {
        ev.preventDefault();
        if (current()) current().focus({ preventScroll: true });
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape") {
      if (panel && !panel.hidden) closePanel("marking cancelled");
      else if (!help.hidden) toggleHelp();
      return;
    }
    const onCard = t === document.body || (t.closest && t.closest(".card"));
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "ArrowDown": if (!onCard) return; move(1); break;
      case "ArrowUp": if (!onCard) return; move(-1); break;
      case "a": decide("accept"); break;
      case "r": decide("reject"); break;
      case "s": skip(); break;
      case "u": undo(); break;
      case "e": {
        const card = current();
        const input = card && (card.querySelector(".fields [name=value]") || card.querySelector(".fields input, .fields select"));
        if (input) { input.focus(); if (input.select) input.select(); }
        break;
      }
      case "m": openPanel("amount"); break;
      case "f": filterEl("filter-status").focus(); break;
      case "n": navigate(document.getElementById("next-doc")); break;
      case "p": navigate(document.getElementById("prev-doc")); break;
      case "?": toggleHelp(); break;
      default: return;
    }
    ev.preventDefault();
  });

  loadFilters();
  applyFilters();
  const start = visibleCards().find((c) => c.dataset.status === "unreviewed") || visibleCards()[0];
  if (start) select(start, false);
})();
