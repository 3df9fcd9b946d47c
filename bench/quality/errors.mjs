#!/usr/bin/env node
// Error study for the suggestion rules (not a benchmark: nothing is written but the report on stdout).
// Runs glossa over a split with every suggestion, weak ones included, and sorts what goes wrong:
//
//   node bench/quality/errors.mjs quotes   [split]   quote marks segments: found / hidden (weak) / missed / spurious
//   node bench/quality/errors.mjs speakers [split]   gold quotes found whose speaker is wrong, with context
//   node bench/quality/errors.mjs entities [split]   CoNLL errors by kind: wrong type, wrong boundary, missed, spurious
//
// split defaults to train (study there; report on dev). GLOSSA_CLI as for run.mjs. QUALITY_SHOW=N lists N
// examples of each kind (default 25).
process.env.QUALITY_LIB = '1';
const q = await import('./run.mjs');
const fs = await import('node:fs');
const os = await import('node:os');
const path = await import('node:path');

const what = process.argv[2] || 'quotes';
const split = process.argv[3] || 'train';
const SHOW = Number(process.env.QUALITY_SHOW || 25);
const MIN = 0.5;
q.keepConfidenceFrom(0);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-errors-'));
const cli = q.findCli();
const str = (t, s) => t.slice(s.begin, s.end).join('');
const ctx = (t, s, n = 70) => `${t.slice(Math.max(0, s.begin - n), s.begin).join('')}[[${str(t, s)}]]${t.slice(s.end, s.end + n).join('')}`.replace(/\n/g, '⏎');

function groups() {
  const g = new Map();
  return {
    add(kind, line) { if (!g.has(kind)) g.set(kind, []); g.get(kind).push(line); },
    print() {
      for (const [k, v] of [...g].sort((a, b) => b[1].length - a[1].length)) {
        console.log(`\n== ${k}: ${v.length}`);
        for (const l of v.slice(0, SHOW)) console.log('  ' + l);
      }
    },
  };
}

try {
  if (what === 'quotes' || what === 'speakers') {
    const docs = q.loadPolnear(split);
    const { out } = q.runGlossa(cli, docs, q.mk(tmp, 'p'));
    const g = groups();
    let tp = 0, goldN = 0, predN = 0, spkOk = 0, spkN = 0;
    docs.forEach((d, i) => {
      const t = q.cps(d.text);
      const pred = out[i].quotes.filter((x) => x.kind !== 'indirect');
      const shown = pred.filter((x) => x.confidence >= MIN);
      const sp = q.pairByOverlap(d.gold, shown);
      tp += sp.length; goldN += d.gold.length; predN += shown.length;
      for (const [gi, pi] of sp) {
        if (!d.gold[gi].source) continue;
        spkN++;
        const s = shown[pi].speaker;
        if (s && d.gold[gi].source.some((f) => q.overlap(f, s) > 0)) spkOk++;
      }
      const pairs = q.pairByOverlap(d.gold, pred);
      const byGold = new Map(pairs);
      const matchedP = new Set(pairs.map(([, p]) => p));
      d.gold.forEach((gold, k) => {
        const p = byGold.has(k) ? pred[byGold.get(k)] : null;
        const words = str(t, gold).split(/\s+/).length;
        const size = words <= 3 ? 'short' : 'long';
        if (what === 'quotes') {
          if (!p) g.add(`missed ${size}`, ctx(t, gold));
          else if (p.confidence < MIN) g.add(`hidden ${size} (conf ${p.confidence})`, ctx(t, gold));
        } else if (p && p.confidence >= MIN && gold.source) {
          const s = p.speaker;
          if (s && gold.source.some((f) => q.overlap(f, s) > 0)) return;
          const goldSrc = gold.source.map((f) => str(t, f)).join(' … ');
          const kind = !s ? 'no speaker' : 'wrong speaker';
          const cue = p.cue ? str(t, p.cue) : '-';
          g.add(kind, `gold=${JSON.stringify(goldSrc)} pred=${JSON.stringify(s ? str(t, s) : null)} cue=${cue} | ${ctx(t, gold, 110)}`);
        }
      });
      if (what === 'quotes') {
        pred.forEach((p, k) => {
          if (matchedP.has(k) || p.confidence < MIN) return;
          g.add(`spurious (conf ${p.confidence})`, ctx(t, p));
        });
      }
    });
    const p = tp / predN, r = tp / goldN;
    console.log(`quotes (overlap): ${tp}/${predN} P ${p.toFixed(4)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}; speaker ${(spkOk / spkN).toFixed(3)} of ${spkN}`);
    g.print();
  } else if (what === 'entities') {
    const docs = q.loadConll(path.join(q.CORPUS, `conll2003-en/${split}.txt`));
    const { out } = q.runGlossa(cli, docs, q.mk(tmp, 'c'));
    const g = groups();
    docs.forEach((d, i) => {
      const t = q.cps(d.text);
      const pred = out[i].entities.filter((e) => q.glossaEntity[e.type] && e.confidence >= MIN).map((e) => ({ ...e, type: q.glossaEntity[e.type] }));
      const key = (x) => `${x.begin}:${x.end}`;
      const pk = new Map(pred.map((p) => [key(p), p]));
      const gk = new Map(d.gold.map((x) => [key(x), x]));
      for (const x of d.gold) {
        const p = pk.get(key(x));
        if (p && p.type === x.type) continue;
        if (p) { g.add(`${x.type} typed ${p.type}`, ctx(t, x, 40)); continue; }
        const o = pred.find((y) => q.overlap(x, y) > 0);
        g.add(o ? `${x.type} boundary` : `${x.type} missed`, o ? `${ctx(t, x, 40)}  pred=${str(t, o)}/${o.type}` : ctx(t, x, 40));
      }
      for (const p of pred) {
        if (gk.has(key(p)) || d.gold.some((x) => q.overlap(x, p) > 0)) continue;
        g.add(`spurious ${p.type} (conf ${p.confidence})`, ctx(t, p, 40));
      }
    });
    g.print();
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
