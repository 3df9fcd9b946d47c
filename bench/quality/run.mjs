#!/usr/bin/env node
// Suggestion quality (issue 7 item 6): glossa's rule-based suggestions against gold annotations, side by
// side with the `compromise` npm package, in one run.
//
//   node bench/quality/run.mjs            (GLOSSA_CLI = the glossa binary; default the newer of build/native
//                                          and build/h-suggest). Writes bench/quality/RESULTS.md.
//   POLNEAR_SPLIT=train CONLL_SPLIT=train QUALITY_SKIP_PEER=1 QUALITY_ERRORS=/tmp/errors.json node bench/quality/run.mjs
//                                          studies errors on the train split (glossa only, nothing written
//                                          but the error list).
//
// Quotes: PolNeAR dev (../shared/corpus/polnear/data/dev). Gold direct quotes are the quotation-mark
//   delimited segments (“…”, "…", ''…'', ‘…’ and '…' at the outer level, a quote over several paragraphs reopened
//   with “ as one) that lie inside a Content span (at least half of the segment covered); the speaker is that
//   attribution's Source span. An article annotated by several people is scored against the first file
//   in name order. Predicted quotes are glossa's direct and mixed quotes (indirect ones are not in this
//   gold) and compromise's quotations(). Overlap: one-to-one pairing by overlap. Exact: both spans equal
//   once quote marks, punctuation and spaces are trimmed from their ends. Speaker accuracy: of the gold
//   quotes that have a Source and that a predicted quote overlaps, the share whose predicted speaker
//   overlaps the Source (compromise names no speaker).
// Entities: CoNLL-2003 English dev (../shared/corpus/conll2003-en/dev.txt), one article per -DOCSTART-,
//   one sentence per line, tokens joined by single spaces. PER, ORG, LOC (MISC is not scored), exact
//   spans, micro-averaged. glossa PERSON -> PER, ORG -> ORG, LOC and GPE -> LOC; compromise people() ->
//   PER, organizations() -> ORG, places() -> LOC (a trailing possessive or punctuation it keeps is trimmed).
// Only glossa suggestions with confidence >= 0.5 count (the UI shows the weaker ones on request only).
// glossa's names are the rules' merged with a small tagger trained from CoNLL-2003 train only
// (bench/quality/train); the rules were studied on the train splits (bench/quality/errors.mjs), not on dev.
//
// Offsets: glossa reports code points into its normalized text; the script checks that text against the
// raw file and aligns the two when normalization changed anything. compromise reports UTF-16 units.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const MIN_CONFIDENCE = 0.5;
// runGlossa keeps suggestions at or above this (the error study sets it to 0 to see the weak ones too).
let keepFrom = MIN_CONFIDENCE;
export function keepConfidenceFrom(c) { keepFrom = c; }

function findCli() {
  if (process.env.GLOSSA_CLI) return path.resolve(ROOT, process.env.GLOSSA_CLI);
  // The most recently built of the usual places.
  const found = ['build/native/src/cli/glossa', 'build/h-suggest/src/cli/glossa']
    .map((c) => path.resolve(ROOT, c))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error('no glossa binary: build it (./build-wasm.sh native) or set GLOSSA_CLI');
  return found[0];
}

function run(cli, args) {
  try {
    return execFileSync(cli, args, { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`${path.basename(cli)} ${args[0]} failed (exit ${e.status}): ${String(e.stderr).slice(0, 300)}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Text helpers: code points, UTF-16 -> code point offsets, alignment of raw and normalized text.

const cps = (s) => Array.from(s);

function utf16ToCp(s) {
  const map = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = cp;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) map[++i] = cp;
    cp++;
  }
  map[s.length] = cp;
  return map;
}

// Maps normalized code point offsets back to raw code point offsets. Identity when the texts are equal;
// otherwise characters the normalization dropped or changed (BOM, CR, spaces) are skipped.
function aligner(raw, norm) {
  if (raw.length === norm.length && raw.every((c, i) => c === norm[i])) return null;
  const map = new Int32Array(norm.length + 1);
  let i = 0;
  let j = 0;
  while (j < norm.length) {
    if (i < raw.length && raw[i] === norm[j]) { map[j++] = i++; continue; }
    if (i < raw.length && (raw[i] === '\r' || raw[i] === '\ufeff' || /\s/.test(raw[i]))) { i++; continue; }
    map[j++] = i;  // a changed character: keep the position
  }
  map[norm.length] = raw.length;
  return map;
}

function mapSpan(map, s) {
  if (!s) return s;
  return map ? { ...s, begin: map[s.begin], end: map[s.end] } : s;
}

// ---------------------------------------------------------------------------------------------------
// Scoring.

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.begin, b.begin));

// One-to-one greedy pairing by overlap size (largest first). Returns [goldIndex, predIndex] pairs.
function pairByOverlap(gold, pred) {
  const cands = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const o = overlap(gold[g], pred[p]);
      if (o > 0) cands.push([o, g, p]);
    }
  cands.sort((x, y) => y[0] - x[0]);
  const usedG = new Set();
  const usedP = new Set();
  const pairs = [];
  for (const [, g, p] of cands) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g); usedP.add(p); pairs.push([g, p]);
  }
  return pairs;
}

const TRIM = /[\s\p{P}\p{S}]/u;  // quote marks are punctuation
function trimmed(text, s) {
  let b = s.begin;
  let e = s.end;
  while (b < e && TRIM.test(text[b])) b++;
  while (e > b && TRIM.test(text[e - 1])) e--;
  return `${b}:${e}`;
}

class PRF {
  constructor() { this.tp = 0; this.gold = 0; this.pred = 0; }
  add(tp, gold, pred) { this.tp += tp; this.gold += gold; this.pred += pred; }
  get p() { return this.pred ? this.tp / this.pred : 0; }
  get r() { return this.gold ? this.tp / this.gold : 0; }
  get f() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}

// ---------------------------------------------------------------------------------------------------
// PolNeAR.

function parseAnn(file) {
  const spans = new Map();
  const events = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    let m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) {
      const frags = m[3].split(';').map((f) => f.trim().split(' ').map(Number)).map(([b, e]) => ({ begin: b, end: e }));
      spans.set(m[1], { type: m[2], frags });
      continue;
    }
    m = /^E\d+\t(.*)$/.exec(line);
    if (m) {
      const roles = {};
      for (const part of m[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        roles[role] = id;
      }
      events.push(roles);
    }
  }
  const contents = [];
  for (const ev of events) {
    const c = spans.get(ev.Content);
    if (!c || c.type !== 'Content') continue;
    const s = ev.Source ? spans.get(ev.Source) : null;
    contents.push({ frags: c.frags, source: s ? s.frags : null });
  }
  return contents;
}

const OPEN_D = new Set(['\u201C', '\u201E']);
const CLOSE_D = new Set(['\u201D']);
const isSpace = (c) => c === undefined || /\s/.test(c);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// Outer quotation-mark segments of a text: “…” (and "…"), plus ‘…’ and '…' where no double quote is open
// (headlines quote in single marks: Flynn says Trump 'absolutely right'); an apostrophe inside a word
// (don't, protesters' demands) neither opens nor closes one.
// A quote left open at a paragraph end runs on when the next paragraph opens with “.
function quoteSegments(text) {
  const out = [];
  let open = -1;  // position of the open double mark
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (single >= 0) single = -1;
      if (open >= 0 && text[i + 1] === '\n') {
        let k = i;
        while (text[k] === '\n') k++;
        if (!(OPEN_D.has(text[k]) || text[k] === '"' || (text[k] === "'" && text[k + 1] === "'"))) open = -1;  // not continued: unbalanced
        else i = text[k] === "'" ? k + 1 : k;  // skip the reopening mark
      }
      continue;
    }
    if (OPEN_D.has(c) && open < 0) { open = i; single = -1; continue; }
    if (CLOSE_D.has(c) && open >= 0) { out.push({ begin: open, end: i + 1 }); open = -1; continue; }
    // '' (two apostrophes) is a double quote mark in some archives (the NYT's): opens after a space.
    if (c === "'" && text[i + 1] === "'") {
      if (open < 0 && (i === 0 || /[\s([{\u2014]/.test(text[i - 1]))) { open = i; single = -1; }
      else if (open >= 0) { out.push({ begin: open, end: i + 2 }); open = -1; }
      i++;
      continue;
    }
    if (c === '"') {
      if (open < 0 && isSpace(text[i - 1]) !== isSpace(text[i + 1]) && !isSpace(text[i + 1])) { open = i; single = -1; }
      else if (open < 0 && (i === 0 || /[\s([{\u2014]/.test(text[i - 1]))) { open = i; single = -1; }
      else if (open >= 0) { out.push({ begin: open, end: i + 1 }); open = -1; }
      continue;
    }
    if (open >= 0) continue;
    if ((c === '\u2018' || (c === "'" && isWordChar(text[i + 1]))) && !isWordChar(text[i - 1]) && single < 0) { single = i; continue; }
    if ((c === '\u2019' || c === '\u2018' || c === "'") && single >= 0 && !isWordChar(text[i + 1]) && text[single] === (c === "'" ? "'" : text[single])) {
      out.push({ begin: single, end: i + 1 });
      single = -1;
    }
  }
  return out;
}

function covered(seg, frags) {
  const inner = { begin: seg.begin + 1, end: seg.end - 1 };
  let n = 0;
  for (const f of frags) n += overlap(inner, f);
  return n * 2 >= inner.end - inner.begin && inner.end > inner.begin;
}

function polnearGold(text, contents) {
  const gold = [];
  for (const seg of quoteSegments(text)) {
    const c = contents.find((x) => covered(seg, x.frags));
    if (c) gold.push({ ...seg, source: c.source });
  }
  return gold;
}

function loadPolnear(split) {
  const dir = path.join(CORPUS, 'polnear/data', split);
  const anns = fs.readdirSync(path.join(dir, 'attributions')).sort();
  const docs = [];
  for (const f of fs.readdirSync(path.join(dir, 'text')).sort()) {
    const stem = f.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${stem}_`) && /^[0-9a-f]{4}\.ann$/.test(a.slice(stem.length + 1)));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(dir, 'text', f), 'utf8');
    docs.push({ name: stem, text, gold: polnearGold(cps(text), parseAnn(path.join(dir, 'attributions', ann))) });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------------
// CoNLL-2003.

function loadConll(file) {
  const docs = [];
  let doc = null;
  let sent = [];
  const flush = () => {
    if (!sent.length) return;
    if (!doc) return;
    doc.sentences.push(sent);
    sent = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    const parts = line.split(' ');
    sent.push({ tok: parts[0], tag: parts[parts.length - 1] });
  }
  flush();
  return docs.map((d, i) => {
    let text = '';
    const gold = [];
    let cur = null;
    for (const s of d.sentences) {
      s.forEach((t, k) => {
        if (k) text += ' ';
        const begin = cps(text).length;
        text += t.tok;
        const end = begin + cps(t.tok).length;
        const [bio, type] = t.tag.split('-');
        if (bio === 'B' || (bio === 'I' && (!cur || cur.type !== type))) {
          cur = { begin, end, type };
          gold.push(cur);
        } else if (bio === 'I') {
          cur.end = end;
        } else {
          cur = null;
        }
      });
      cur = null;
      text += '\n';
    }
    return { name: `conll-dev-${String(i + 1).padStart(3, '0')}`, text, gold: gold.filter((g) => g.type !== 'MISC') };
  });
}

// ---------------------------------------------------------------------------------------------------
// Systems.

// glossa suggest over every document in one process; returns per document {quotes, entities} in raw
// code point offsets.
function runGlossa(cli, docs, tmp) {
  const files = docs.map((d) => {
    const f = path.join(tmp, `${d.name}.txt`);
    fs.writeFileSync(f, d.text);
    return f;
  });
  const t0 = process.hrtime.bigint();
  const sugg = run(cli, ['suggest', ...files]).trim().split('\n').map((l) => JSON.parse(l));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const parsed = run(cli, ['parse', ...files]).trim().split('\n').map((l) => JSON.parse(l));
  let aligned = 0;
  const out = sugg.map((s, i) => {
    const map = aligner(cps(docs[i].text), cps(parsed[i].text));
    if (map) aligned++;
    return {
      quotes: s.quotes.filter((q) => q.confidence >= keepFrom).map((q) => ({
        ...mapSpan(map, q), kind: q.kind, speaker: mapSpan(map, q.speaker), confidence: q.confidence, cue: mapSpan(map, q.cue),
      })),
      entities: s.entities.filter((e) => e.confidence >= keepFrom).map((e) => ({ ...mapSpan(map, e), type: e.type, confidence: e.confidence })),
    };
  });
  return { out, aligned, ms };
}

function compromiseSpans(text, view) {
  const map = utf16ToCp(text);
  return view.json({ offset: true }).map((m) => {
    let b = m.offset.start;
    let e = m.offset.start + m.offset.length;
    while (e > b && /\s/.test(text[e - 1])) e--;
    while (b < e && /\s/.test(text[b])) b++;
    return { begin: map[b], end: map[e], b16: b, e16: e };
  });
}

// compromise keeps a possessive and a following punctuation mark with the word ("Germany's", "York."):
// trim them so that its spans are comparable.
function trimEntity(text, s, map) {
  let e = s.e16;
  const t = text.slice(s.b16, e);
  const m = /(?:['\u2019]s?|\s+[.,;:!?)]+)$/u.exec(t);
  if (m && m.index > 0) e -= m[0].length;
  return { begin: s.begin, end: map[e] };
}

function runCompromise(docs, withQuotes) {
  const t0 = process.hrtime.bigint();
  const out = docs.map((d) => {
    const doc = nlp(d.text);
    const map = utf16ToCp(d.text);
    const ents = [];
    for (const [view, type] of [[doc.people(), 'PER'], [doc.organizations(), 'ORG'], [doc.places(), 'LOC']])
      for (const s of compromiseSpans(d.text, view)) ents.push({ ...trimEntity(d.text, s, map), type });
    const quotes = withQuotes ? compromiseSpans(d.text, doc.quotations()).map((s) => ({ begin: s.begin, end: s.end, speaker: null })) : [];
    return { quotes, entities: ents };
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { out, ms };
}

// ---------------------------------------------------------------------------------------------------
// Evaluation.

function scoreQuotes(docs, preds, keep) {
  const ov = new PRF();
  const ex = new PRF();
  let spk = 0;
  let spkN = 0;
  let spkAll = 0;
  const errors = [];
  docs.forEach((d, i) => {
    const text = cps(d.text);
    const pred = preds[i].quotes.filter(keep);
    const pairs = pairByOverlap(d.gold, pred);
    ov.add(pairs.length, d.gold.length, pred.length);
    const goldKeys = new Map(d.gold.map((g) => [trimmed(text, g), 1]));
    let exact = 0;
    for (const p of pred) {
      const k = trimmed(text, p);
      if (goldKeys.get(k)) { exact++; goldKeys.set(k, 0); }
    }
    ex.add(exact, d.gold.length, pred.length);
    const matchedG = new Set();
    for (const [g, p] of pairs) {
      matchedG.add(g);
      const gold = d.gold[g];
      if (!gold.source) continue;
      spkN++;
      const s = pred[p].speaker;
      const ok = s && gold.source.some((f) => overlap(f, s) > 0);
      if (ok) spk++;
      else errors.push({ doc: d.name, kind: 'speaker', quote: text.slice(gold.begin, gold.end).join('').slice(0, 90), gold: gold.source.map((f) => text.slice(f.begin, f.end).join('')).join(' … '), pred: s ? text.slice(s.begin, s.end).join('') : null });
    }
    for (const g of d.gold) if (g.source) spkAll++;
    d.gold.forEach((g, k) => { if (!matchedG.has(k)) errors.push({ doc: d.name, kind: 'missed', text: text.slice(g.begin, g.end).join('').slice(0, 120) }); });
    const matchedP = new Set(pairs.map(([, p]) => p));
    pred.forEach((p, k) => { if (!matchedP.has(k)) errors.push({ doc: d.name, kind: 'spurious', text: text.slice(p.begin, p.end).join('').slice(0, 120), context: text.slice(Math.max(0, p.begin - 60), p.begin).join('') }); });
  });
  return { ov, ex, speaker: spkN ? spk / spkN : null, spk, spkN, spkAll, errors };
}

function scoreEntities(docs, preds) {
  const types = ['PER', 'ORG', 'LOC'];
  const by = Object.fromEntries(types.map((t) => [t, new PRF()]));
  const all = new PRF();
  const errors = [];
  docs.forEach((d, i) => {
    const text = cps(d.text);
    const key = (x) => `${x.begin}:${x.end}:${x.type}`;
    const pred = preds[i].entities;
    const predKeys = new Set(pred.map(key));
    const goldKeys = new Set(d.gold.map(key));
    for (const t of types) {
      const g = d.gold.filter((x) => x.type === t);
      const p = [...new Set(pred.filter((x) => x.type === t).map(key))];
      const tp = p.filter((k) => goldKeys.has(k)).length;
      by[t].add(tp, g.length, p.length);
      all.add(tp, g.length, p.length);
    }
    for (const g of d.gold) if (!predKeys.has(key(g))) errors.push({ doc: d.name, kind: `missed ${g.type}`, text: text.slice(g.begin, g.end).join('') });
    for (const k of new Set(pred.map(key))) if (!goldKeys.has(k)) {
      const [b, e, t] = k.split(':');
      errors.push({ doc: d.name, kind: `spurious ${t}`, text: text.slice(+b, +e).join('') });
    }
  });
  return { by, all, errors };
}

const glossaEntity = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC' };

// ---------------------------------------------------------------------------------------------------

function main() {
  const cli = findCli();
  const split = process.env.POLNEAR_SPLIT || 'dev';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-quality-'));
  try {
    const pol = loadPolnear(split);
    const conllSplit = process.env.CONLL_SPLIT || 'dev';
    const conll = loadConll(path.join(CORPUS, `conll2003-en/${conllSplit}.txt`));

    const gPol = runGlossa(cli, pol, mk(tmp, 'polnear'));
    const gCon = runGlossa(cli, conll, mk(tmp, 'conll'));
    for (const o of gCon.out) o.entities = o.entities.filter((e) => glossaEntity[e.type]).map((e) => ({ ...e, type: glossaEntity[e.type] }));
    // QUALITY_SKIP_PEER=1: glossa only (quicker, for studying errors; RESULTS.md is not written then).
    const skipPeer = !!process.env.QUALITY_SKIP_PEER;
    const none = (docs) => ({ out: docs.map(() => ({ quotes: [], entities: [] })), ms: 0 });
    const cPol = skipPeer ? none(pol) : runCompromise(pol, true);
    const cCon = skipPeer ? none(conll) : runCompromise(conll, false);

    const marked = (q) => q.kind !== 'indirect';
    const gq = scoreQuotes(pol, gPol.out, marked);
    const cq = scoreQuotes(pol, cPol.out, () => true);
    const ge = scoreEntities(conll, gCon.out);
    const ce = scoreEntities(conll, cCon.out);

    if (process.env.QUALITY_ERRORS) {
      fs.writeFileSync(process.env.QUALITY_ERRORS, JSON.stringify({ quotes: gq.errors, entities: ge.errors }, null, 1));
    }

    const goldQuotes = pol.reduce((n, d) => n + d.gold.length, 0);
    const goldEnts = conll.reduce((n, d) => n + d.gold.length, 0);
    const f2 = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
    // The aims (issue 7 item 6); every figure is also to be ahead of compromise's.
    const rows = [
      ['Quotes, overlap: precision', gq.ov.p, cq.ov.p, '≥ 0.97'],
      ['Quotes, overlap: recall', gq.ov.r, cq.ov.r, ''],
      ['Quotes, overlap: F1', gq.ov.f, cq.ov.f, '≥ 0.97'],
      ['Quotes, exact: precision', gq.ex.p, cq.ex.p, ''],
      ['Quotes, exact: recall', gq.ex.r, cq.ex.r, ''],
      ['Quotes, exact: F1', gq.ex.f, cq.ex.f, ''],
      ['Speaker accuracy', gq.speaker, null, '≥ 0.85'],
      ['Entities PER: F1', ge.by.PER.f, ce.by.PER.f, ''],
      ['Entities ORG: F1', ge.by.ORG.f, ce.by.ORG.f, ''],
      ['Entities LOC: F1', ge.by.LOC.f, ce.by.LOC.f, ''],
      ['Entities (PER/ORG/LOC): precision', ge.all.p, ce.all.p, ''],
      ['Entities (PER/ORG/LOC): recall', ge.all.r, ce.all.r, ''],
      ['Entities (PER/ORG/LOC): F1', ge.all.f, ce.all.f, '≥ 0.75'],
    ];
    const date = new Date().toISOString().slice(0, 10);
    const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
    const machine = `${os.hostname()}, ${cpu.trim()}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}, node ${process.version}`;
    const compromiseVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/compromise/package.json'), 'utf8')).version;
    const lines = [];
    lines.push('# Suggestion quality');
    lines.push('');
    lines.push(`${date} · ${machine}`);
    lines.push('');
    lines.push(`Written by \`node bench/quality/run.mjs\` (\`./build-wasm.sh bench-quality\`); how each figure is counted is at the top of that script.`);
    lines.push(`Quotes: PolNeAR ${split}, ${pol.length} articles, ${goldQuotes} gold quotes in marks (${gq.spkAll} with a Source). ` +
      `Entities: CoNLL-2003 English ${conllSplit}, ${conll.length} articles, ${goldEnts} gold PER/ORG/LOC. ` +
      `glossa: suggestions with confidence ≥ ${MIN_CONFIDENCE}, direct and mixed quotes; its names come from rules and a tagger trained on CoNLL-2003's ` +
      `training split (bench/quality/train), the same newswire as this dev split, which compromise has not seen. ` +
      `compromise ${compromiseVersion}: quotations(), people(), organizations(), places() (it names no speaker).`);
    lines.push('');
    lines.push('| figure | glossa | compromise | aim |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const [name, a, b, aim] of rows) lines.push(`| ${name} | ${f2(a)} | ${f2(b)} | ${aim} |`);
    lines.push('');
    lines.push(`Quotes, overlap: ${gq.ov.tp} of glossa's ${gq.ov.pred} quotes pair with one of the ${gq.ov.gold} gold ones ` +
      `(precision ${gq.ov.p.toFixed(4)}, recall ${gq.ov.r.toFixed(4)}). ` +
      `Speaker accuracy is over the ${gq.spkN} gold quotes with a Source that a glossa quote overlaps (${gq.spk} right; ` +
      `${(gq.spkAll ? gq.spk / gq.spkAll : 0).toFixed(3)} of all ${gq.spkAll}). ` +
      `Time: glossa ${(gPol.ms + gCon.ms).toFixed(0)} ms (one process per corpus, start-up included), compromise ${(cPol.ms + cCon.ms).toFixed(0)} ms. ` +
      `Normalized text differed from the raw file in ${gPol.aligned + gCon.aligned} articles (aligned).`);
    const table = lines.join('\n') + '\n';
    process.stdout.write(table);
    if (!process.env.QUALITY_NO_WRITE && !skipPeer && split === 'dev' && conllSplit === 'dev') fs.writeFileSync(path.join(HERE, 'RESULTS.md'), table);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function mk(tmp, name) {
  const d = path.join(tmp, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

if (!process.env.QUALITY_LIB) main();
export { loadPolnear, loadConll, quoteSegments, cps, runGlossa, pairByOverlap, overlap, trimmed, findCli, mk, CORPUS, glossaEntity };
