// A stress test (issue 8): 20 articles open, 5,000 edits with undo and redo interleaved, a reload, and the
// workspace compared exactly with what the edits should have made; memory stays bounded.
//
// The test keeps its own model of every document (annotations, the undo and redo stacks, the selected
// annotation and the caret) and works out what each edit does without asking the app; the app's state is
// compared with the model after every burst of edits, for all documents before the reload, and again after
// it (and after a second reload that follows more edits and undos made after the first).
//
// How the edits are made:
// - Through the real keyboard and mouse ("gestures"), as a person makes them: drag over words with the
//   mouse and press a type key (1-7) or Q / Shift+Q; Tab / Shift+Tab to an annotation, then a type key,
//   Q / Shift+Q, Delete, or S, Tab, Enter for a quote's speaker; Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z; Esc;
//   documents switched through the Documents menu. Keys go through Chromium's input pipeline (CDP
//   Input.dispatchKeyEvent, the events playwright's keyboard sends), a burst at a time, without waiting for
//   each: Dear ImGui queues them and takes one press per frame, and the test waits until the app reports
//   its input queue empty (never a timer). A drag's release is sent once the app has taken the press and
//   the move, as a hand's drag spans frames.
// - The rest through the app's own command layer: the same commands the keys issue (app/commands.h:
//   mark_type, mark_quote, remove_selected, undo, redo, after selecting the text or clicking the
//   annotation), through a test hook (glossa_test_edit in app/debug_state.cpp). Every one of those goes
//   through the editor and its undo history like a key press. This is only so that 5,000 edits fit in a
//   few minutes on a 2-core machine: real input is taken at one key press per frame (about 60 a second
//   at best), and a drag needs several frames. GESTURE_SHARE below says how many go through real input
//   (1,000 of the 5,000, with about 2,700 key presses and 340 drags).
//
// Deterministic: the articles and every choice come from a seeded PRNG; waits are on the app's own state.
// Speed is never asserted; the run's figures are printed as diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, sharedSiteAndBrowser } from './lib/app.mjs';
import { dropFiles } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

const SEED = 20261125;
const DOCS = 20;
const EDITS = 5000;           // edits that change annotations (undo and redo come on top)
const LONG_SESSION = 450;     // of which, on one document at the end, a long run of edits then 220 undos: more
const LONG_UNDOS = 220;       // than the 200 steps of each stack the workspace keeps, so the cut is tested
const ROUNDS = 3;             // each round visits every document once, in a shuffled order
const GESTURE_SHARE = 0.2;    // the share of the edits made with the real keyboard and mouse
const HISTORY_KEPT = 200;     // the workspace keeps the last 200 steps of each stack (core/annotate/history_json.h)
const UNDO_KEPT = 1000;       // undo reaches back this many steps in memory (Editor::kMaxUndoSteps)
const TYPES = ['PERSON', 'ORG', 'LOC', 'GPE', 'EVENT', 'DATE', 'MISC'];  // keys 1-7
const LONG = 300000;          // a wait's limit: generous, as another build may share the machine
// A smaller window than the other tests' 1280x800: Chromium draws WebGL in software here, and fewer pixels
// leave more of the 2 cores to the app. Every article still fits, so any word can be reached by the mouse.
const VIEW = { width: 1024, height: 680 };
// GLOSSA_STRESS_LOG=1 prints progress (a line per document visit) on stderr.
const LOG = Boolean(process.env.GLOSSA_STRESS_LOG);

// --- A seeded PRNG (mulberry32) ---
function prng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (a) => a[next.int(a.length)];
  next.chance = (p) => next() < p;
  next.shuffle = (a) => {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) {
      const j = next.int(i + 1);
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };
  return next;
}

// --- 20 short news articles, generated (each fits the window, so every word can be reached by the mouse) ---
const FIRST = ['Anna', 'Marta', 'Oleg', 'Ingrid', 'Tomas', 'Leila', 'Viktor', 'Grace', 'Rafael', 'Nadia', 'Pieter', 'Yusuf', 'Elena', 'Kofi', 'Sofia', 'Hamid'];
const LAST = ['Petrova', 'Lindqvist', 'Moreau', 'Okafor', 'Brennan', 'Haddad', 'Novak', 'Castillo', 'Sato', 'Kowalski', 'Adeyemi', 'Fischer', 'Romano', 'Ivanova', 'Dubois', 'Mensah'];
const ORGS = ['the city council', 'the Harbour Authority', 'Northline Rail', 'the regional water board', 'the teachers union',
  'Greenfield Energy', 'the port workers association', 'the Ministry of Transport', 'Baltic Freight', 'the hospital trust'];
const PLACES = ['Riverside', 'Kessel', 'Marlow Bay', 'Ostrava', 'Lindenfeld', 'Porto Vale', 'Ashford', 'Tallinn', 'Brevik', 'Sundby'];
const ACTIONS = [['approves a new budget for', 'the budget'], ['delays repairs to', 'the repairs'], ['opens an inquiry into', 'the inquiry'],
  ['signs an agreement on', 'the agreement'], ['cuts services on', 'the cuts'], ['expands support for', 'the support']];
const THINGS = ['the northern bridge', 'school buses', 'the flood barriers', 'night trains', 'the old harbour', 'district heating',
  'the central library', 'the ferry line', 'the water works', 'the bus depot'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['March', 'June', 'October', 'January'];

function makeArticles(rnd) {
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const out = [];
  for (let i = 0; i < DOCS; i++) {
    const chair = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`, speaker = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    const org = rnd.pick(ORGS), place = rnd.pick(PLACES), [verb, noun] = rnd.pick(ACTIONS), thing = rnd.pick(THINGS);
    const votes = 2 + rnd.int(30), cost = 10 + rnd.int(90);
    const title = `${cap(org)} ${verb} ${thing} in ${place}`;
    const paragraphs = [
      `On ${rnd.pick(DAYS)}, ${org} in ${place} voted ${votes} to ${votes + 3} on a plan for ${thing}. ${chair}, who chaired the meeting, said the decision had been postponed twice since the spring.`,
      `“We owe the people of ${place} an answer before the winter,” ${chair} told reporters. “Nobody here wants another year of waiting.”`,
      `${speaker}, a spokesperson for ${rnd.pick(ORGS)}, said ${noun} would cost about ${cost} million and that work could start in ${rnd.pick(MONTHS)}. Critics in ${rnd.pick(PLACES)} called the plan rushed.`,
      `${speaker.split(' ')[1]} added that residents would be asked for their views at a public hearing on ${rnd.pick(DAYS)}.`,
    ];
    // The reader keeps the title as the first block and the paragraphs after it, one blank line apart
    // (docs/reading.md): this is the text offsets count in (code points; all of these are in the BMP).
    const text = [title, ...paragraphs].join('\n\n');
    out.push({ name: `stress-${String(i + 1).padStart(2, '0')}.txt`, bytes: `${title}\n\n${paragraphs.join('\n\n')}\n`, text });
  }
  return out;
}

// Spans a person could drag over: whole words, inside one block. Names and short phrases for mentions,
// longer stretches for quotes.
function dragTargets(text) {
  const words = [...text.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ b: m.index, e: m.index + m[0].length }));
  const block = (cp) => text.slice(0, cp).split('\n\n').length;
  const spans = (min, max) => {
    const out = [];
    for (let i = 0; i < words.length; i++)
      for (let n = min; n <= max && i + n - 1 < words.length; n++) {
        const b = words[i].b, e = words[i + n - 1].e;
        if (block(b) === block(e)) out.push({ b, e });
      }
    return out;
  };
  return { mentions: spans(1, 3), quotes: spans(4, 9) };
}

// --- The model: what the edits should have made, worked out independently of the app ---
const spanKey = (a) => `${a.b}:${a.e}`;
const byPosition = (a, b) => a.b - b.b || (b.e - b.b) - (a.e - a.b);  // begin, then longer first

class DocModel {
  constructor(name, text) {
    this.name = name;
    this.text = text;
    this.anns = new Map();  // model id -> {k: 'm', b, e, type} | {k: 'q', b, e, kind, speaker: model id | null}
    this.undo = [];         // steps {label, changes: [{id, before, after}]}, the last one undone first
    this.redo = [];
    this.selected = null;   // the selected annotation (Tab, a click, the one just made)
    this.caret = 0;         // where Tab starts from when nothing is selected
    this.serial = 0;
    this.log = [];          // what was done, for a failure's message
  }
  mentions() { return [...this.anns.entries()].filter(([, a]) => a.k === 'm').map(([id, a]) => ({ id, ...a })).sort(byPosition); }
  quotes() { return [...this.anns.entries()].filter(([, a]) => a.k === 'q').map(([id, a]) => ({ id, ...a })).sort(byPosition); }
  hasSpan(k, b, e) { for (const a of this.anns.values()) if (a.k === k && a.b === b && a.e === e) return true; return false; }
  // Tab's order (app/keyboard.cpp): mentions in order, then quotes in order, stably sorted by begin.
  tabOrder() { return [...this.mentions(), ...this.quotes()].sort((a, b) => a.b - b.b); }

  set(id, value) { if (value) this.anns.set(id, value); else this.anns.delete(id); }
  edit(label, changes) {
    for (const c of changes) this.set(c.id, c.after);
    this.undo.push({ label, changes });
    if (this.undo.length > UNDO_KEPT) this.undo.shift();
    const dropped = this.redo.length;
    this.redo = [];
    return dropped;
  }
  forgetSelectedIfGone() { if (this.selected && !this.anns.has(this.selected)) this.selected = null; }
  undoOne() {
    const s = this.undo.pop();
    if (!s) return false;
    for (const c of [...s.changes].reverse()) this.set(c.id, c.before);
    this.redo.push(s);
    this.forgetSelectedIfGone();
    return true;
  }
  redoOne() {
    const s = this.redo.pop();
    if (!s) return false;
    for (const c of s.changes) this.set(c.id, c.after);
    this.undo.push(s);
    this.forgetSelectedIfGone();
    return true;
  }

  // The edits (app/commands.cpp, core/annotate/editor.cpp).
  mark(b, e, type) {
    const id = `m${++this.serial}`;
    const dropped = this.edit(`Mark ${type}`, [{ id, before: null, after: { k: 'm', b, e, type } }]);
    this.selected = id;
    this.caret = e;
    return dropped;
  }
  quote(b, e, kind) {
    const id = `q${++this.serial}`;
    const dropped = this.edit(`Mark ${kind} quote`, [{ id, before: null, after: { k: 'q', b, e, kind, speaker: null } }]);
    this.selected = id;
    this.caret = e;
    return dropped;
  }
  retype(type) {
    const a = this.anns.get(this.selected);
    return this.edit(`Change type to ${type}`, [{ id: this.selected, before: a, after: { ...a, type } }]);
  }
  requote(kind) {
    const a = this.anns.get(this.selected);
    return this.edit(`Make quote ${kind}`, [{ id: this.selected, before: a, after: { ...a, kind } }]);
  }
  setSpeaker(mentionId) {
    const a = this.anns.get(this.selected);
    return this.edit('Set speaker', [{ id: this.selected, before: a, after: { ...a, speaker: mentionId } }]);
  }
  remove() {
    const id = this.selected, a = this.anns.get(id);
    const changes = [];
    if (a.k === 'm')  // the quotes it spoke lose their speaker, in the same step
      for (const [qid, q] of this.anns) if (q.k === 'q' && q.speaker === id) changes.push({ id: qid, before: q, after: { ...q, speaker: null } });
    changes.push({ id, before: a, after: null });
    const dropped = this.edit(a.k === 'm' ? 'Delete mention' : 'Delete quote', changes);
    this.selected = null;
    return dropped;
  }
  // Tab / Shift+Tab: the next / previous annotation, or the first from the caret when none is selected.
  tab(dir) {
    const v = this.tabOrder(), n = v.length;
    if (!n) { this.selected = null; return; }
    const i = v.findIndex((a) => a.id === this.selected);
    if (i >= 0) { this.selected = v[(i + dir + n) % n].id; return; }
    let k = v.findIndex((a) => a.b >= this.caret);
    if (k < 0) k = n;
    this.selected = dir > 0 ? v[k % n].id : v[(k - 1 + n) % n].id;
  }
  // S then Tab: the speaker offered first is the first mention from the quote's begin on (wrapping round).
  speakerCandidate() {
    const q = this.anns.get(this.selected), ms = this.mentions();
    if (!ms.length) return null;
    const k = ms.findIndex((m) => m.b >= q.b);
    return ms[k < 0 ? 0 : k].id;
  }
  // After a reload: the saved history (the last 200 steps of each stack), nothing selected.
  reloaded() {
    this.undo = this.undo.slice(-HISTORY_KEPT);
    this.redo = this.redo.slice(-HISTORY_KEPT);
    this.selected = null;
    this.caret = 0;
    this.lastDragBegin = null;
  }
  // As glossa_test_annotations reports a document.
  expected() {
    return {
      source: this.name,
      mentions: this.mentions().map((m) => [m.b, m.e, m.type]),
      quotes: this.quotes().map((q) => {
        const sp = q.speaker && this.anns.get(q.speaker);
        return [q.b, q.e, q.kind, sp ? [sp.b, sp.e] : null];
      }),
      entities: 0,
      notes: 0,
      problems: [],
      undo_depth: this.undo.length,
      redo_depth: this.redo.length,
      undo_label: this.undo.at(-1)?.label ?? '',
      redo_label: this.redo.at(-1)?.label ?? '',
    };
  }
}

// --- The hands: keys and the mouse through Chromium's input (CDP Input.dispatch*Event, as playwright's
// keyboard and mouse send them), queued without waiting for each; the app is waited for once per burst ---
const KEYS = {
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  Delete: { key: 'Delete', code: 'Delete', keyCode: 46 },
};
for (let d = 1; d <= 9; d++) KEYS[String(d)] = { key: String(d), code: `Digit${d}`, keyCode: 48 + d, text: String(d) };
for (const l of 'qsyz') KEYS[l] = { key: l, code: `Key${l.toUpperCase()}`, keyCode: l.toUpperCase().charCodeAt(0), text: l };
const MODIFIER = { ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17, bit: 2 }, shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16, bit: 8 } };

// In the page (again after each reload): wait until the app has taken every input event it was sent (a
// frame has begun since, and Dear ImGui's input queue is empty), read every document's annotations, edit
// through the command layer.
function pageHelpers() {
  window.stress = {
    settled: () => new Promise((resolve) => {
      const f0 = Module._glossa_frame_count();
      const poll = () => (Module._glossa_frame_count() > f0 && Module._glossa_test_input_pending() === 0 ? resolve() : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    }),
    annotations: () => JSON.parse(Module.UTF8ToString(Module._glossa_test_annotations())),
    edit: (ops) => JSON.parse(Module.ccall('glossa_test_edit', 'string', ['string'], [JSON.stringify(ops)])),
  };
}

class Hands {
  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
    this.pending = [];
    this.presses = 0;
  }
  key(type, k, modifiers, text) {
    this.pending.push(this.cdp.send('Input.dispatchKeyEvent', {
      type, key: k.key, code: k.code, windowsVirtualKeyCode: k.keyCode, nativeVirtualKeyCode: k.keyCode,
      location: k.bit ? 1 : 0, modifiers, ...(text ? { text, unmodifiedText: text } : {}),
    }));
  }
  // One key press (down, up), with Ctrl and/or Shift held around it.
  press(name, { ctrl = false, shift = false } = {}) {
    const k = KEYS[name];
    let mods = 0;
    for (const [on, m] of [[ctrl, MODIFIER.ctrl], [shift, MODIFIER.shift]])
      if (on) { mods |= m.bit; this.key('rawKeyDown', m, mods); }
    const text = ctrl ? undefined : shift && k.text ? k.text.toUpperCase() : k.text;
    const shown = shift && k.text ? { ...k, key: k.key.toUpperCase() } : k;
    this.key(text ? 'keyDown' : 'rawKeyDown', shown, mods, text);
    this.key('keyUp', shown, mods);
    for (const [on, m] of [[shift, MODIFIER.shift], [ctrl, MODIFIER.ctrl]])
      if (on) { mods &= ~m.bit; this.key('keyUp', m, mods); }
    this.presses++;
  }
  mouse(type, [x, y], held) {
    this.pending.push(this.cdp.send('Input.dispatchMouseEvent', {
      type, x, y, button: type === 'mouseMoved' && !held ? 'none' : 'left', buttons: held ? 1 : 0, clickCount: 1,
    }));
  }
  // Every event sent has reached the page, and the app has acted on all of them; optionally, then, fn in the
  // page (its result returned): one round trip.
  async settle(fn = null, arg = null) {
    await Promise.all(this.pending.splice(0));
    return this.page.evaluate(async ([f, a]) => {
      await window.stress.settled();
      return f ? window.stress[f](a) : null;
    }, [fn, arg]);
  }
  // Presses on the first character of a text, drags to its last, releases. The app takes its input in
  // order, after the keys sent before; Dear ImGui takes the move in the frame after the press by itself,
  // and the release is sent once the app has taken the move (a hand's drag spans frames).
  async drag(where) {
    this.mouse('mouseMoved', where.begin, false);
    this.mouse('mousePressed', where.begin, true);
    this.mouse('mouseMoved', where.end, true);
    await this.settle();
    this.mouse('mouseReleased', where.end, false);
  }
  async click(at) {
    this.mouse('mouseMoved', at, false);
    this.mouse('mousePressed', at, true);
    await this.settle();
    this.mouse('mouseReleased', at, false);
    await this.settle();
  }
}

const centre = (r) => [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];

async function memory(page, cdp) {
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const s = await page.evaluate(() => Module.debugState());
  return {
    wasmHeap: await page.evaluate(() => Module.HEAPU8.length),
    mallocInUse: s.memory.malloc_in_use,
    jsHeapUsed: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
  };
}
const MB = 1024 * 1024;
const mb = (n) => `${(n / MB).toFixed(1)} MB`;

test('stress: 20 articles, 5,000 edits with undo and redo, a reload, the same workspace, memory bounded', async (t) => {
  const started = Date.now();
  const rnd = prng(SEED);
  const app = await openApp(shared.chrome.browser, shared.site.url, VIEW);
  const page = app.page;
  await page.addInitScript(pageHelpers);
  await page.evaluate(pageHelpers);
  // The session outlives reloads (it is the page's).
  const cdp = await app.context.newCDPSession(page);
  const hands = new Hands(page, cdp);
  const frameNow = () => page.evaluate(() => Module._glossa_frame_count());
  const frame0 = await frameNow();

  // A new workspace, then 20 articles dropped on the window together.
  await app.click('menu.File');
  await app.click('menu.File.New');
  await app.click('confirm.yes');
  assert.equal((await app.state()).documents.length, 0);
  const articles = makeArticles(rnd);
  await dropFiles(page, articles.map(({ name, bytes }) => ({ name, bytes })));
  await page.waitForFunction((n) => Module.debugState().documents.length === n, DOCS, { timeout: LONG });
  await app.frames(2);
  let s = await app.state();
  assert.deepEqual(s.documents.map((d) => d.source), articles.map((a) => a.name));
  assert.equal(s.article.code_points, articles[s.current].text.length, 'the text the model counts in is the text the app shows');
  const models = articles.map((a) => new DocModel(a.name, a.text));
  const targets = articles.map((a) => dragTargets(a.text));
  let current = s.current;
  const mem0 = await memory(page, cdp);

  const counts = { gestureEdits: 0, hookEdits: 0, undos: 0, redos: 0, emptyUndos: 0, emptyRedos: 0, redoDropped: 0,
    dragged: 0, speakers: 0, deletes: 0, switches: 0, checks: 0 };

  // The app's annotations (of every document, or one) against the model; on a difference, what led to it.
  const check = (got, only = null) => {
    counts.checks++;
    assert.equal(got.current, current, 'the current document');
    for (let i = 0; i < DOCS; i++) {
      if (only !== null && i !== only) continue;
      const m = models[i];
      assert.deepEqual(got.documents[i], m.expected(), `document ${i} (${m.name}) differs from the model; last steps:\n  ${m.log.slice(-25).join('\n  ')}`);
    }
  };

  // Documents > the document: two clicks. Where the menu's items are is read once, when it first opens.
  let menu = null;
  const switchTo = async (i) => {
    await hands.settle();
    if (!menu) {
      await app.click('menu.Documents');
      menu = (await app.state()).probes;
      await app.click(`menu.Documents.${i}`);
    } else {
      await hands.click(centre(menu['menu.Documents']));
      await hands.click(centre(menu[`menu.Documents.${i}`]));
    }
    assert.equal((await hands.settle('annotations')).current, i, 'Documents > the document made it the current one');
    current = i;
    models[i].lastDragBegin = null;  // the menu's clicks came between
    counts.switches++;
  };

  // Where every span the test may drag over is on screen, asked once per document (the text does not move:
  // it fits the window), and checked against the model's offsets.
  const places = new Map();
  const locateAll = async (i) => {
    const { text } = models[i];
    const spans = [...targets[i].mentions, ...targets[i].quotes];
    const queries = spans.map(({ b, e }) => {
      const needle = text.slice(b, e);
      let nth = 0;
      for (let p = text.indexOf(needle); p !== b; p = text.indexOf(needle, p + 1)) nth++;
      return [needle, nth];
    });
    const found = await page.evaluate((q) => q.map(([t, n]) => Module.locate(t, n)), queries);
    spans.forEach(({ b, e }, k) => {
      const at = found[k];
      assert.deepEqual(at?.cp, [b, e], `"${queries[k][0]}" is at ${b}..${e}`);
      assert.ok(at.end[1] < VIEW.height - 40, `"${queries[k][0]}" is in the window, above the status bar (y ${at.end[1]})`);
      places.set(`${i}:${b}:${e}`, at);
    });
  };

  // A span to mark: whole words not marked yet, not starting where the last drag started (a second press
  // there within the double-click time would select a word instead: a person would wait, or move).
  const freshSpan = (m, list, k) => {
    for (let tries = 0; tries < 50; tries++) {
      const sp = rnd.pick(list);
      if (!m.hasSpan(k, sp.b, sp.e) && sp.b !== m.lastDragBegin) return sp;
    }
    return null;
  };

  // One edit, or a few undos or redos, on the current document: through real input (viaGesture), or added
  // to ops for the command layer. Returns the number of edits made.
  const step = async (i, viaGesture, ops, { undoRedo = true } = {}) => {
    const m = models[i], tg = targets[i];
    const nm = m.mentions().length, nq = m.quotes().length;
    const w = [
      ['mark', nm < 6 ? 0.45 : nm < 24 ? 0.16 : 0.03],
      ['quote', nq < 5 ? 0.05 : 0],
      ['annotation', nm + nq ? 0.5 : 0],
      ['undo', undoRedo ? 0.11 : 0],
      ['redo', !undoRedo ? 0 : m.redo.length ? 0.3 : 0.015],  // mostly where there is something to redo
      ['escape', viaGesture ? 0.02 : 0],
    ];
    let r = rnd() * w.reduce((a, [, x]) => a + x, 0), what = w[0][0];
    for (const [name, x] of w) { if (r < x) { what = name; break; } r -= x; }
    const how = viaGesture ? 'keys' : 'hook';
    let dropped = null;

    if (what === 'mark' || what === 'quote') {
      const span = freshSpan(m, what === 'mark' ? tg.mentions : tg.quotes, what === 'mark' ? 'm' : 'q');
      if (!span) return 0;
      const type = TYPES[rnd.int(TYPES.length)], kind = rnd.chance(0.7) ? 'direct' : 'indirect';
      if (viaGesture) {
        await hands.drag(places.get(`${i}:${span.b}:${span.e}`));
        m.lastDragBegin = span.b;
        counts.dragged++;
        if (what === 'mark') hands.press(String(TYPES.indexOf(type) + 1));
        else hands.press('q', { shift: kind === 'indirect' });
      } else {
        ops.push(what === 'mark' ? { op: 'mark', b: span.b, e: span.e, type } : { op: 'quote', b: span.b, e: span.e, kind });
      }
      m.log.push(`${how}: ${viaGesture ? 'drag over' : 'select'} ${span.b}..${span.e} "${m.text.slice(span.b, span.e)}", ${what === 'mark' ? type : `${kind} quote`}`);
      dropped = what === 'mark' ? m.mark(span.b, span.e, type) : m.quote(span.b, span.e, kind);
    } else if (what === 'annotation') {
      // With the keys: Tab (or Shift+Tab) one to three times, then act on what it landed on. The command
      // layer: a click on any annotation.
      if (viaGesture) {
        const tabs = rnd.pick([1, 1, 1, 2, 3]), dir = rnd.chance(0.15) ? -1 : 1;
        for (let k = 0; k < tabs; k++) { hands.press('Tab', { shift: dir < 0 }); m.tab(dir); }
        m.log.push(`keys: ${dir < 0 ? 'Shift+' : ''}Tab x${tabs} -> ${m.selected}`);
      } else {
        m.selected = rnd.pick(m.tabOrder()).id;
      }
      const a = m.anns.get(m.selected);
      const where = { b: a.b, e: a.e };
      if (a.k === 'm' && rnd.chance(0.72)) {
        const type = rnd.chance(0.08) ? a.type : TYPES[rnd.int(TYPES.length)];  // now and then the same type again
        if (viaGesture) hands.press(String(TYPES.indexOf(type) + 1)); else ops.push({ op: 'retype', ...where, type });
        m.log.push(`${how}: ${m.selected} ${a.type} -> ${type}`);
        dropped = m.retype(type);
      } else if (a.k === 'q' && nm && viaGesture && rnd.chance(0.35)) {
        // S, Tab to the first mention from the quote on, Enter: that mention speaks the quote.
        const who = m.speakerCandidate();
        hands.press('s');
        hands.press('Tab');
        hands.press('Enter');
        m.log.push(`keys: ${m.selected} speaker S Tab Enter -> ${who}`);
        dropped = m.setSpeaker(who);
        counts.speakers++;
      } else if (a.k === 'q' && rnd.chance(0.65)) {
        const kind = rnd.chance(0.5) ? 'direct' : 'indirect';
        if (viaGesture) hands.press('q', { shift: kind === 'indirect' }); else ops.push({ op: 'requote', ...where, kind });
        m.log.push(`${how}: ${m.selected} quote -> ${kind}`);
        dropped = m.requote(kind);
      } else {
        if (viaGesture) hands.press('Delete'); else ops.push({ op: 'delete', ...where, what: a.k });
        m.log.push(`${how}: delete ${m.selected}`);
        dropped = m.remove();
        counts.deletes++;
      }
    } else if (what === 'undo' || what === 'redo') {
      // A few steps back (or forward) at once; sometimes more than there are ("Nothing to undo").
      const n = what === 'undo' ? rnd.pick(viaGesture ? [1, 1, 2, 2, 3, 4, 6] : [1, 1, 2, 3, 4, 6, 9]) : rnd.pick([1, 1, 2, 3, 5]);
      for (let k = 0; k < n; k++) {
        if (what === 'undo') {
          if (viaGesture) hands.press('z', { ctrl: true }); else ops.push({ op: 'undo' });
          if (m.undoOne()) counts.undos++; else counts.emptyUndos++;
        } else {
          // Both redo keys, in turn.
          if (viaGesture) hands.press(k % 2 ? 'z' : 'y', { ctrl: true, shift: k % 2 === 1 }); else ops.push({ op: 'redo' });
          if (m.redoOne()) counts.redos++; else counts.emptyRedos++;
        }
      }
      m.log.push(`${how}: ${what} x${n} -> undo ${m.undo.length}, redo ${m.redo.length}`);
    } else if (what === 'escape') {
      hands.press('Escape');
      m.selected = null;
      m.log.push('keys: Esc');
    }
    if (dropped === null) return 0;
    if (viaGesture) counts.gestureEdits++; else counts.hookEdits++;
    if (dropped) counts.redoDropped++;
    return 1;
  };
  // A burst of edits through the command layer: one call, its statuses checked, then the annotations read.
  const hookBurst = async (i, n, options = {}) => {
    const ops = [];
    for (let made = 0; made < n;) made += await step(i, false, ops, options);
    await hands.settle();
    const [statuses, got] = await page.evaluate((o) => [window.stress.edit(o), window.stress.annotations()], ops);
    for (const st of statuses) assert.doesNotMatch(st, /^(Not done|no annotation|Select|Click|unknown)/, `command layer: ${st}`);
    check(got, i);
  };

  // --- The edits: ROUNDS visits of every document; each visit alternates bursts of real input and of the
  // command layer, and checks the document against the model after each burst. ---
  const visits = ROUNDS * DOCS;
  const memRounds = [];
  let visit = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const i of rnd.shuffle([...Array(DOCS).keys()])) {
      if (i !== current || visit === 0) await switchTo(i);
      if (round === 0) await locateAll(i);
      // Edits still to make, shared over the visits left: GESTURE_SHARE of all through real input, the rest
      // (but the long session's) through the command layer.
      const gestureQuota = Math.round((EDITS * GESTURE_SHARE - counts.gestureEdits) / (visits - visit));
      const hookQuota = Math.round((EDITS * (1 - GESTURE_SHARE) - LONG_SESSION - counts.hookEdits) / (visits - visit));
      let g = 0, h = 0;
      while (g < gestureQuota || h < hookQuota) {
        const burstG = Math.min(gestureQuota - g, Math.ceil(gestureQuota / 2) + rnd.int(3));
        for (let made = 0; made < burstG;) made += await step(i, true, null);
        g += burstG;
        check(await hands.settle('annotations'), i);
        const burstH = Math.min(hookQuota - h, Math.ceil(hookQuota / 2) + rnd.int(5));
        await hookBurst(i, burstH);
        h += burstH;
      }
      // The last round leaves something to redo in most documents: the reload must keep it too.
      if (round === ROUNDS - 1 && rnd.chance(0.8)) {
        const n = 1 + rnd.int(4);
        for (let k = 0; k < n; k++) { hands.press('z', { ctrl: true }); if (models[i].undoOne()) counts.undos++; }
        models[i].log.push(`keys: undo x${n}`);
        check(await hands.settle('annotations'), i);
      }
      visit++;
      if (LOG) console.error(`[stress] visit ${visit}/${visits}: document ${i}, edits ${counts.gestureEdits}+${counts.hookEdits}, ` +
        `undo ${models[i].undo.length} redo ${models[i].redo.length}, ${hands.presses} presses, ` +
        `frame ${await frameNow() - frame0}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    memRounds.push((await page.evaluate(() => Module.debugState())).memory.malloc_in_use);
  }
  // The long session, on the document visited last: edits, then many undos.
  const deep = current;
  await hookBurst(deep, LONG_SESSION, { undoRedo: false });
  const undoAll = await hands.settle('edit', Array.from({ length: LONG_UNDOS }, () => ({ op: 'undo' })));
  assert.ok(undoAll.every((x) => x.startsWith('Undone: ')), undoAll.find((x) => !x.startsWith('Undone: ')));
  for (let k = 0; k < LONG_UNDOS; k++) { models[deep].undoOne(); counts.undos++; }
  models[deep].log.push(`hook: ${LONG_SESSION} edits, undo x${LONG_UNDOS}`);
  t.diagnostic(`document ${deep}: a long session leaves ${models[deep].undo.length} steps to undo and ${models[deep].redo.length} to redo`);
  assert.ok(models[deep].undo.length > HISTORY_KEPT && models[deep].redo.length > HISTORY_KEPT);
  check(await hands.settle('annotations'));
  const edits = counts.gestureEdits + counts.hookEdits;
  assert.equal(edits, EDITS);
  t.diagnostic(`edits: ${edits} (${counts.gestureEdits} with the keyboard and mouse, ${counts.hookEdits} through the command layer); ` +
    `undone ${counts.undos}, redone ${counts.redos}, nothing to undo ${counts.emptyUndos}x, nothing to redo ${counts.emptyRedos}x, ` +
    `redo stack dropped by a new edit ${counts.redoDropped}x; ${counts.dragged} drags, ${counts.speakers} speakers, ` +
    `${counts.deletes} deletions, ${counts.switches} document switches, ${hands.presses} key presses, ${counts.checks} checks`);
  // Undo and redo really were interleaved with the edits: several steps back, new edits that drop what
  // could be redone, redo where there is something to redo, and where there is not.
  assert.ok(counts.undos > 1000 && counts.redos > 200 && counts.redoDropped > 200 && counts.emptyUndos > 0 && counts.emptyRedos > 0,
    JSON.stringify(counts));

  // Saved: the app says the browser's storage has taken the workspace.
  const saved = () => page.waitForFunction(() => {
    const st = Module.debugState().storage;
    return st.saves >= 1 && !st.dirty && st.in_flight === 0;
  }, null, { timeout: LONG });
  await saved();
  const mem1 = await memory(page, cdp);
  const frames1 = await frameNow();

  // --- Reload: the same workspace, with the last 200 steps of each history ---
  const reload = async () => {
    await app.reload();
    for (const m of models) m.reloaded();
    check(await hands.settle('annotations'));
  };
  await reload();
  const mem2 = await memory(page, cdp);
  t.diagnostic(`after the reload: undo depths ${models.map((m) => m.undo.length).join(' ')}; redo depths ${models.map((m) => m.redo.length).join(' ')}`);

  // Undo and redo work after the reload. With the keys, on the document with the most left to redo (but
  // the long session's): redo what was undone before the reload, undo further back, redo again, then a
  // new edit drops what could be redone ...
  {
    let r = deep === 0 ? 1 : 0;
    for (let i = 0; i < DOCS; i++) if (i !== deep && models[i].redo.length > models[r].redo.length) r = i;
    assert.ok(models[r].redo.length > 0, 'something to redo after the reload');
    await switchTo(r);
    const m = models[r];
    const keys = [['y', 2], ['z', 9], ['y', 3]];
    for (const [key, n] of keys)
      for (let k = 0; k < n; k++) {
        hands.press(key, { ctrl: true });
        if (key === 'y') m.redoOne(); else m.undoOne();
      }
    const span = freshSpan(m, targets[r].mentions, 'm');
    await hands.drag(places.get(`${r}:${span.b}:${span.e}`));
    hands.press('3');
    m.log.push(`after the reload: redo x2, undo x9, redo x3, drag over ${span.b}..${span.e}, LOC`);
    m.mark(span.b, span.e, 'LOC');
    check(await hands.settle('annotations'), r);
    assert.equal(m.redo.length, 0);
  }
  // ... and, on the long session's document, all the way back: the 200 steps kept undo, then there is
  // nothing more to undo; then forward through all of them and the 200 kept to redo (the first with the keys).
  {
    await switchTo(deep);
    const m = models[deep];
    assert.equal(m.undo.length, HISTORY_KEPT);
    let st = await hands.settle('edit', Array.from({ length: HISTORY_KEPT + 1 }, () => ({ op: 'undo' })));
    while (m.undoOne());
    assert.equal(st.at(-1), 'Nothing to undo');
    assert.ok(st.slice(0, HISTORY_KEPT).every((x) => x.startsWith('Undone: ')), st.find((x) => !x.startsWith('Undone: ')));
    check(await hands.settle('annotations'), deep);
    for (let k = 0; k < 4; k++) { hands.press(k % 2 ? 'z' : 'y', { ctrl: true, shift: k % 2 === 1 }); m.redoOne(); }
    check(await hands.settle('annotations'), deep);
    const forward = m.redo.length;
    st = await hands.settle('edit', Array.from({ length: forward + 1 }, () => ({ op: 'redo' })));
    while (m.redoOne());
    assert.equal(st.at(-1), 'Nothing to redo');
    assert.ok(st.slice(0, forward).every((x) => x.startsWith('Redone: ')), st.find((x) => !x.startsWith('Redone: ')));
    check(await hands.settle('annotations'), deep);
    t.diagnostic(`after the reload, document ${deep}: ${HISTORY_KEPT} steps undone, ${forward + 4} redone`);
  }

  // --- A second reload keeps what was done after the first ---
  await saved();
  await reload();

  // Memory: bounded. The data is small: 20 articles of about 700 characters, a few dozen annotations each,
  // and undo histories of a few hundred steps per document, each step one or two annotations (a few hundred
  // bytes): a few MB in all. So over the run the wasm heap (64 MB at the start; it only grows) may grow by
  // at most 16 MB, and what malloc holds by at most 8 MB; after a reload (only the last 200 steps of each
  // history are kept) no more than before it. The JS heap (after a collection) holds the workspace file on
  // its way to IndexedDB (well under 1 MB): at most 32 MB more than at the start.
  const memEnd = await memory(page, cdp);
  t.diagnostic(`memory at the start / after the edits / after the reload / at the end: ` +
    `wasm heap ${mb(mem0.wasmHeap)} / ${mb(mem1.wasmHeap)} / ${mb(mem2.wasmHeap)} / ${mb(memEnd.wasmHeap)}; ` +
    `malloc in use ${mb(mem0.mallocInUse)} / ${mb(mem1.mallocInUse)} / ${mb(mem2.mallocInUse)} / ${mb(memEnd.mallocInUse)}; ` +
    `JS heap ${mb(mem0.jsHeapUsed)} / ${mb(mem1.jsHeapUsed)} / ${mb(mem2.jsHeapUsed)} / ${mb(memEnd.jsHeapUsed)}; ` +
    `malloc in use after each round: ${memRounds.map(mb).join(', ')}`);
  for (const m of [mem1, mem2, memEnd]) {
    assert.ok(m.wasmHeap <= mem0.wasmHeap + 16 * MB, `wasm heap ${mb(m.wasmHeap)} (start ${mb(mem0.wasmHeap)})`);
    assert.ok(m.mallocInUse <= mem0.mallocInUse + 8 * MB, `malloc in use ${mb(m.mallocInUse)} (start ${mb(mem0.mallocInUse)})`);
    assert.ok(m.jsHeapUsed <= mem0.jsHeapUsed + 32 * MB, `JS heap ${mb(m.jsHeapUsed)} (start ${mb(mem0.jsHeapUsed)})`);
  }
  assert.ok(mem2.mallocInUse <= mem1.mallocInUse, 'a reload (histories cut to 200 steps) holds no more than before it');

  await app.frames(2);
  await app.shot('60-stress-after-reload');
  t.diagnostic(`${frames1 - frame0} frames for the set-up and the edits; the whole test ${((Date.now() - started) / 1000).toFixed(0)} s`);
  assert.deepEqual(app.problems, []);
  await app.close();
});
