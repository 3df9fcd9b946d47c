// The "Speed and size" section of bench/RESULTS.md from one run's figures (bench/run.mjs): the aims of
// issue 8 first, met or not, then each benchmark's table and where its time goes.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

const first = (cmd, args) => {
  try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim(); } catch { return '?'; }
};

export function machine() {
  const cpu = ((os.cpus()[0] || {}).model || 'unknown CPU').trim();
  return {
    cpu, cores: os.cpus().length, os: `${os.platform()} ${os.release()}`, node: process.version,
    load: os.loadavg().map((l) => l.toFixed(1)).join(' '),
    cxx: first('g++', ['--version']).replace(/^g\+\+ \(([^)]*)\) /, 'g++ $1 '),
    emcc: first('emcc', ['--version']).replace(/^emcc \([^)]*\) /, 'emcc ').replace(/ \(\)$/, ''),
    commit: first('git', ['rev-parse', '--short', 'HEAD']),
    dirty: first('git', ['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const f0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const mb = (b) => `${(b / (1024 * 1024)).toFixed(2)} MB`;
const yes = (ok) => (ok === undefined ? '—' : ok ? 'yes' : '**no**');

function aims(r) {
  const rows = [];
  if (r.core) {
    rows.push(['parse + suggest, native ≥ 100 MB/s (median run)', `${f1(r.core.native.mb_s)} MB/s`, r.core.native.mb_s >= 100]);
    const ratio = r.core.wasm.mb_s / r.core.native.mb_s;
    rows.push(['wasm ≥ 0.5 of native', f2(ratio), ratio >= 0.5]);
  }
  if (r.app) {
    const g = r.app.glossa;
    // Judged on CPU time, as the aim says: the traced thread CPU of each frame's task. glossa_frame_times is the
    // frame's wall-clock time, which on a shared machine also counts the time the page waited for a core.
    rows.push(['p99 frame CPU ≤ 4 ms (scrolling / dragging a selection): traced CPU (judged); `glossa_frame_times` wall clock',
      `${f2(g.scroll.trace.frame_cpu.p99_ms)} / ${f2(g.drag.trace.frame_cpu.p99_ms)} ms; ${f2(g.scroll.p99_ms)} / ${f2(g.drag.p99_ms)} ms`,
      g.scroll.trace.frame_cpu.p99_ms <= 4 && g.drag.trace.frame_cpu.p99_ms <= 4]);
    rows.push(['first frame of a 1 MB article ≤ 1 s (the median run); main-thread CPU meanwhile', `${f0(g.open.ms)} ms${runs(g.open_runs_ms)}; ${f0(g.open.main_cpu_ms)} ms`, g.open.ms <= 1000]);
    const ratio = bestPeer(r.app.peer, (p) => p.render.ms) / g.open.ms;
    const cpu = bestPeer(r.app.peer, (p) => p.render.main_cpu_ms) / g.open.main_cpu_ms;
    rows.push(['≥ 5x ahead of the peer on render time (its better layout; median runs); main-thread CPU', `${f2(ratio)}x; ${f1(cpu)}x`, ratio >= 5]);
  }
  if (r.size) {
    rows.push(['app wasm + js ≤ 1.5 MB gzip (fonts aside)', mb(r.size.code.gzip), r.size.code.gzip <= 1.5 * 1024 * 1024]);
  }
  return ['| aim | this run | met |', '|---|---:|---|', ...rows.map(([a, v, ok]) => `| ${a} | ${v} | ${yes(ok)} |`)].join('\n');
}

function core(r) {
  const { native: n, wasm: w, corpus: c } = r.core;
  const same = ['articles', 'code_points', 'quotes', 'entities', 'flags'].every((k) => n[k] === w[k]);
  const row = (name, x) => `| ${name} | ${f1(x.parse_mb_s)} | ${f1(x.suggest_mb_s)} | ${f1(x.mb_s)} | ${f2(x.parse_cpu_s + x.suggest_cpu_s)} | ${f1(x.wall_mb_s)} |`;
  const share = (x) => Math.round((100 * x.suggest_cpu_s) / (x.parse_cpu_s + x.suggest_cpu_s));
  return [
    '### Core: parse + suggest',
    '',
    `A corpus of ${f1(c.bytes / 1e6)} MB generated from ../shared/corpus (seeded: PolNeAR, GUM news and seed paragraphs drawn at random into ` +
      `${f0(c.articles)} articles of 2-30 KB; ${f0(c.files)} files: ${f1(c.byFormat.text / 1e6)} MB plain text in the scraped style, ` +
      `${f1(c.byFormat.markdown / 1e6)} MB Markdown, ${f1(c.byFormat.html / 1e6)} MB HTML, ${f1(c.byFormat.jsonl / 1e6)} MB JSON Lines). ` +
      'Each file is read into memory first; then `read_article_file` (decoding, format reader, sentences, dates, id) and `suggest` ' +
      '(quotes, speakers, entities) on every article, timed apart. MB/s counts the files\' bytes (10^6) per second of the process\'s ' +
      'CPU time (the machine is shared; under node the CPU time also counts V8\'s own threads); the wall-clock figure is beside it. ' +
      `\`bench/core\` built natively (${r.machine.cxx}, -O3) and with ${r.machine.emcc} (-O3, run by node ${r.machine.node}), one after ` +
      'the other in this run' +
      (n.runs_mb_s && n.runs_mb_s.length > 1
        ? `, ${n.runs_mb_s.length} times each in turns; each row is the build's median run (parse + suggest MB/s of the runs: native ` +
          `${n.runs_mb_s.map((x) => f1(x)).join(', ')}; wasm ${w.runs_mb_s.map((x) => f1(x)).join(', ')}).`
        : '.'),
    '',
    '| build | parse MB/s | suggest MB/s | parse + suggest MB/s | CPU seconds | wall-clock MB/s |',
    '|---|---:|---:|---:|---:|---:|',
    row('native', n),
    row('wasm (node)', w),
    `| wasm / native | ${f2(w.parse_mb_s / n.parse_mb_s)} | ${f2(w.suggest_mb_s / n.suggest_mb_s)} | ${f2(w.mb_s / n.mb_s)} | | ${f2(w.wall_mb_s / n.wall_mb_s)} |`,
    '',
    `Both builds found the same: ${same ? 'yes' : '**no**'} (${f0(n.articles)} articles, ${f0(n.quotes)} quotes, ${f0(n.entities)} entity mentions` +
      `${same ? '' : `; wasm: ${f0(w.articles)}, ${f0(w.quotes)}, ${f0(w.entities)}`}). ` +
      `Where the time goes: suggest takes ${share(n)}% of it natively, ${share(w)}% in wasm. A callgrind profile of the native build ` +
      '(2026-12-02, on 1 MB of this corpus; not redone by each run) spreads suggest over many rules with no single hot spot: ' +
      'the names (rules and tagger) 42% of its instructions, of which the tagger\'s features and scores 23%; building its `Doc` ' +
      '(tokens, their interned lower-case words, units) 30%, of which tokenizing 8%; people, speakers and quotes the rest; ' +
      'allocation about a sixth throughout. Interning the words and a table for ASCII character classes took 14% off ' +
      '(1.255 to 1.082 G instructions), and the word lists in an open-addressing table (WordMap) 5% more (2.44 to 2.32 G on 2 MB, ' +
      'the same day). The instructions per byte say how far the aim is: about 1,000 per byte of input (parse 140, suggest 860; ' +
      'callgrind on 0.5 MB of this corpus, 2026-12-02), where 100 MB/s leaves a core of this machine about 80 (it ran 7.9 G a second here), fewer than parsing ' +
      'alone takes. Hashing the tagger\'s word features once per distinct word of an article (the same output) took 6% off the ' +
      'tagger, 1.3% of the whole: articles of 2-30 KB repeat few words. The aim needs another design (rules over token ids, a ' +
      'tagger that scores far fewer tokens), not a tweak.',
  ].join('\n');
}

function formats(r) {
  const n = r.formats.native;
  const ms = (x) => (x === undefined ? '—' : f0(x));
  const rows = n.formats.map((x) =>
    `| ${x.format} | ${mb(x.bytes)} | ${ms(x.export_ms)} | ${ms(x.import_ms)} | ${x.read_back === undefined ? 'writes only' : f0(x.read_back)} |`);
  const missed = n.formats.filter((x) => x.sniffed_as);
  const slow = n.formats.filter((x) => x.export_ms > 10000 || x.import_ms > 10000).map((x) => x.format);
  return [
    '### Formats',
    '',
    `${f0(n.annotations)} annotations (${f0(n.mentions)} mentions, ${f0(n.entities)} entities, ${f0(n.quotes)} quotes with cue and speaker, ` +
      `${f0(n.notes)} notes; made by bench/core/synthetic.cpp) on a ${mb(n.article_bytes)} article, native build. Export: ` +
      '`export_document` (the workspace: `write_workspace`); import: `load_documents`, as opening the file does (sniffing, parsing, ' +
      'binding to the article, checking every invariant; brat with its .txt). CPU milliseconds, the best of 3 (one run when it takes ' +
      'over a second; the formats run beside the core\'s benchmark, CPU time keeps them apart). "Read back" counts what came back.',
    '',
    '| format | file | export ms | import ms | read back |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    ...(missed.length ? ['', `Not recognised when opened: ${missed.map((x) => `the ${x.format} file is sniffed as "${x.sniffed_as}"`).join('; ')} ` +
      '(a bug: detect_file_kind looks past its first 4 KB for Label Studio\'s task keys); its import time is the format\'s reader alone.'] : []),
    ...(slow.length ? ['', `Over 10 s: ${slow.join(', ')}.`] : []),
  ].join('\n');
}

// The peer's best figure over its layouts (the aim is judged against its best case).
const bestPeer = (peer, f) => Math.min(...peer.map(f));
// The runs behind a median, when there were several (results of earlier runs have none).
const runs = (ms) => (ms && ms.length > 1 ? ` (of ${ms.map((x) => f0(x)).join(', ')})` : '');

function app(r) {
  const { glossa: g, peer, fixture: fx } = r.app;
  const gs = g.scroll.trace;
  const gd = g.drag.trace;
  const ratio = (a, b) => `${f1(a / b)}x`;
  const cols = peer.map((p) => `peer, ${p.layout}`);
  const row = (name, gv, pv, fmt, withRatio = true) =>
    `| ${name} | ${gv} | ${peer.map((p) => (pv ? fmt(pv(p)) : '')).join(' | ')} | ${withRatio && pv ? peer.map((p) => ratio(pv(p), withRatio)).join(' / ') : ''} |`;
  return [
    '### The app in headless Chromium, beside @recogito/text-annotator',
    '',
    `Chromium ${r.app.chromium} (headless, WebGL2 on SwiftShader), 1280x800. A ${mb(fx.article_bytes)} article (made from the corpus) with ` +
      `${f0(fx.annotations)} annotations (${f0(fx.mentions)} mentions, ${f0(fx.entities)} entities, ${f0(fx.quotes)} quotes, ${f0(fx.notes)} notes), ` +
      `dropped on the app as two files (the article and its ${mb(fx.annotations_bytes)} Glossa annotations file). ` +
      `The peer, @recogito/text-annotator ${r.app.peer_version} (bundled by esbuild, its default SPANS renderer), gets in the same browser ` +
      `session the same text and the same ${f0(fx.peer_annotations)} spans (mentions and quotes; entity names and notes as bodies), ` +
      'the text laid out two ways: as one pre-wrapped text node, and as a web page has it, a <p> per paragraph.',
    '',
    `| figure | Glossa | ${cols.join(' | ')} | peer / Glossa |`,
    `|---|---:|${cols.map(() => '---:').join('|')}|---:|`,
    row('files to first frame with the article drawn, ms', f0(g.open.ms), (p) => p.render.ms, f0, g.open.ms),
    row('… main-thread CPU meanwhile, ms', f0(g.open.main_cpu_ms), (p) => p.render.main_cpu_ms, f0, g.open.main_cpu_ms),
    row('scrolling: main-thread CPU a frame, ms', f2(gs.main_cpu_ms), (p) => p.scroll.main_cpu_ms, f2, gs.main_cpu_ms),
    row('scrolling: main-thread wall time a frame, ms', f2(gs.main_wall_ms), (p) => p.scroll.main_wall_ms, f2, false),
    row('scrolling: animation-frame CPU mean / p99, ms', `${f2(gs.frame_cpu.mean_ms)} / ${f2(gs.frame_cpu.p99_ms)}`,
      (p) => `${f2(p.scroll.frame_cpu.mean_ms)} / ${f2(p.scroll.frame_cpu.p99_ms)}`, (x) => x, false),
    row('scrolling: time between frames, ms', f1(gs.interval_ms), (p) => p.scroll.interval_ms, f1, false),
    row('scrolling: `glossa_frame_times` mean / p99 / max, ms', `${f2(g.scroll.mean_ms)} / ${f2(g.scroll.p99_ms)} / ${f2(g.scroll.max_ms)}`, null, null, false),
    row('dragging a selection: `glossa_frame_times` mean / p99 / max, ms', `${f2(g.drag.mean_ms)} / ${f2(g.drag.p99_ms)} / ${f2(g.drag.max_ms)}`, null, null, false),
    row('dragging a selection: animation-frame CPU mean / p99, ms', `${f2(gd.frame_cpu.mean_ms)} / ${f2(gd.frame_cpu.p99_ms)}`, null, null, false),
    row('dragging a selection: main-thread CPU a frame, ms', f2(gd.main_cpu_ms), null, null, false),
    '',
    `Glossa's first frame: the drop event to the first frame drawn after the article is the current document with its text laid out ` +
      `(Module.locate finds its title on screen) and all its annotations loaded. The text was on screen after ${f0(g.open.text_ms)} ms, ` +
      `its annotations after ${f0(g.open.annotations_ms)} ms; ${g.open.frames} frames from the drop to the first frame after, whose ` +
      `\`glossa_frame_times\` were (ms, in order) ${g.open.frame_ms.map((x) => f0(x)).join(', ')} (the shell reads each file, ` +
      'up to 8 MB, in one read, letting a frame be drawn every 25 ms; the long frame opens them: the article, under 2 MB, read on the ' +
      'page, and the annotations parsed and applied; the last is the frame after the article was ready; the app runs as a person ' +
      'gets it, without the widget rectangles the browser tests ask for), while the main thread\'s CPU time over the whole opening was ' +
      `${f0(g.open.main_cpu_ms)} ms${g.open.main_cpu_ms < g.open.ms / 2 ? ': most of the wall time went waiting (for a core, or for the GPU process)' : ''}. ` +
      `The peer's render: the same files read, the DOM built, \`createTextAnnotator\` + \`setAnnotations\`, to the first frame after ` +
      `its highlights are in the page (${peer.map((p) => `${p.layout}: DOM ${f0(p.render.dom_ms)} ms, setAnnotations ${f0(p.render.set_ms)} ms, ` +
      `the rest until the highlights are drawn ${f0(p.render.ms - p.render.dom_ms - p.render.set_ms)} ms`).join('; ')}). ` +
      '`glossa_frame_times` is the app\'s own time per frame (input to the draw calls handed to WebGL) on the wall clock, so on ' +
      'a loaded machine it also counts time the page waited for a core. The CPU figures come from Chromium\'s tracing of the gesture ' +
      '(thread CPU time of the page\'s main thread, CrRendererMain: "main-thread CPU" is all its tasks, script, style, layout and ' +
      'paint recording; "animation-frame CPU" is each frame\'s requestAnimationFrame task, where the app draws its frame and the ' +
      'peer redraws its highlights), the same measure for both and unmoved by other work on the machine; the wall time of the same ' +
      'tasks is beside it (the app\'s includes waiting for the canvas to be committed by the software GL, SwiftShader). ' +
      `Gestures, one step a frame: Glossa ${g.scroll.frames} frames scrolling ${f0(g.scroll.scrolled_px)} px by wheel steps, then ` +
      `${g.drag.frames} frames of a drag selecting ${f0(g.drag.selected_cp)} characters; the peer scrolled 100 px a frame ` +
      `(${peer.map((p) => `${f0(p.scrolled)} px`).join(', ')}). ` +
      `The aim is judged against the peer's better layout.` +
      (g.open_runs_ms && g.open_runs_ms.length > 1
        ? ` The opening and the peer's render in its better layout were each measured ${g.open_runs_ms.length} times, in turns in the ` +
          `same browser (the machine is shared and its noise is large): Glossa ${g.open_runs_ms.map((x) => f0(x)).join(', ')} ms; ` +
          `the peer ${peer.filter((p) => p.render_runs_ms).map((p) => p.render_runs_ms.map((x) => f0(x)).join(', ')).join('')} ms; the table ` +
          'gives the median run of each (the first frame\'s details above are that run\'s).'
        : ''),
  ].join('\n');
}

function size(r) {
  const s = r.size;
  const rows = s.rows.map((x) => `| ${x.name} | ${x.group} | ${kb(x.raw)} | ${kb(x.gzip)} |`);
  return [
    '### Download size',
    '',
    'What the browser loads from the site (build/wasm/site), raw and gzip -9. "code" is the app (glossa.wasm, glossa.js, the ' +
      'shell\'s glossa-shell.js, and the reading worker for large files: glossa-read.wasm, glossa-read.js, read-worker.js); glossa.data holds the DejaVu fonts ' +
      `(${mb(s.fonts.raw)} raw, ${mb(s.fonts.gzip)} gzip) and the sample articles.`,
    '',
    '| file | group | raw | gzip |',
    '|---|---|---:|---:|',
    ...rows,
    `| **code** (wasm + js) | | ${mb(s.code.raw)} | ${mb(s.code.gzip)} |`,
    `| **data** | | ${mb(s.data.raw)} | ${mb(s.data.gzip)} |`,
    `| **all** | | ${mb(s.total.raw)} | ${mb(s.total.gzip)} |`,
  ].join('\n');
}

export function report(r) {
  const m = r.machine;
  const parts = [
    '## Speed and size',
    '',
    `\`./build-wasm.sh bench\` (bench/run.mjs) on ${r.started.slice(0, 10)} at ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}: ` +
      `${m.cpu}, ${m.cores} cores, ${m.os}, node ${m.node}; ` +
      `load average ${m.load} at the start (the machine is shared: figures from one run, compared within it). ` +
      'Aims of issue 8:',
    '',
    aims(r),
  ];
  if (r.core) parts.push('', core(r));
  if (r.formats) parts.push('', formats(r));
  if (r.app) parts.push('', app(r));
  if (r.size) parts.push('', size(r));
  return parts.join('\n') + '\n';
}
