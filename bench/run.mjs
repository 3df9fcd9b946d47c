#!/usr/bin/env node
// The speed and size benchmarks (issue 8), in one run, written to the "Speed and size" section of
// bench/RESULTS.md (./build-wasm.sh bench builds everything first, then runs this):
//  - core: parse + suggest over a generated 50 MB corpus (bench/lib/articles.mjs), the native and the wasm
//    build (under node) of bench/core's program on the same files, and their ratio;
//  - formats: export and import of 100,000 annotations in every format (native);
//  - app: the web app in headless Chromium (bench/app/glossa.mjs) and, in the same browser session,
//    @recogito/text-annotator (bench/app/peer.mjs) on the same 1 MB article with 10,000 annotations;
//  - size: what the browser downloads, raw and gzip (bench/lib/size.mjs).
// Speed is reported as measured and as ratios within this run, never asserted.
//
// Environment: GLOSSA_NATIVE_DIR (default build/native), GLOSSA_WASM_DIR (build/wasm; its site/ is served),
// GLOSSA_BENCH_DIR (build/bench: the generated corpus and fixtures), GLOSSA_CORPUS_DIR (../shared/corpus),
// BENCH_PARTS=core,formats,app,size (a subset prints its figures and writes nothing), BENCH_REPORT_ONLY=1
// (write the section again from the last full run's figures, build/bench/results.json, measuring nothing).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asText, loadPool, makeArticle, rng, writeCorpus } from './lib/articles.mjs';
import { machine, report } from './lib/report.mjs';
import { writeSection } from './lib/results.mjs';
import { siteSizes } from './lib/size.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const dir = (env, def) => path.resolve(ROOT, process.env[env] || def);
const NATIVE = dir('GLOSSA_NATIVE_DIR', 'build/native');
const WASM = dir('GLOSSA_WASM_DIR', 'build/wasm');
const WORK = dir('GLOSSA_BENCH_DIR', 'build/bench');
const CORPUS = dir('GLOSSA_CORPUS_DIR', '../shared/corpus');
process.env.GLOSSA_SITE_DIR ||= path.join(WASM, 'site');
const ALL = ['core', 'formats', 'app', 'size'];
const PARTS = (process.env.BENCH_PARTS || ALL.join(',')).split(',').map((p) => p.trim()).filter(Boolean);

const CORPUS_BYTES = 50_000_000;
const FORMAT_ANNOTATIONS = 100_000;
const FORMAT_ARTICLE_BYTES = 2_000_000;
const APP_ARTICLE_BYTES = 1_000_000;
const APP_ANNOTATIONS = 10_000;
const SCROLL_FRAMES = 120;
const DRAG_FRAMES = 120;
const CORE_RUNS = 3;  // parse + suggest, each build judged on its median run
const OPEN_RUNS = 3;  // the opening and the peer's render, each judged on its median run
const FONTS = ['DejaVuSans.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);

const say = (s) => console.log(`\x1b[1m[bench]\x1b[0m ${s}`);

// The core's program, native or wasm (under this node): a promise of the JSON it prints.
function coreBench(build, args) {
  const [cmd, pre] = build === 'native'
    ? [path.join(NATIVE, 'bench/core/core_bench'), []]
    : [process.execPath, [path.join(WASM, 'bench/core/core_bench.js')]];
  if (!fs.existsSync(pre[0] || cmd)) throw new Error(`${pre[0] || cmd} is missing: build it first (./build-wasm.sh bench builds both)`);
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, [...pre, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout) => {
      if (err) reject(new Error(`core_bench ${args[0]} (${build}) failed: ${err.message}`));
      else resolve(JSON.parse(stdout));
    });
    child.stderr.pipe(process.stderr);
  });
}

async function main() {
  if (process.env.BENCH_REPORT_ONLY) {
    const last = JSON.parse(fs.readFileSync(path.join(WORK, 'results.json'), 'utf8'));
    if (!ALL.every((p) => last[p])) throw new Error('the last run in build/bench/results.json was not a full run');
    writeSection(path.join(HERE, 'RESULTS.md'), '## Speed and size', report(last));
    say('wrote the "Speed and size" section of bench/RESULTS.md from build/bench/results.json');
    return;
  }
  const results = { machine: machine(), started: new Date().toISOString() };
  const pool = loadPool(CORPUS);

  // The formats run beside the core's throughput to keep the run short: both are measured in CPU time
  // (see bench/core/files.h), which the other process does not inflate.
  let formats = null;
  if (PARTS.includes('formats')) {
    const file = path.join(WORK, 'formats/formats-article.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, asText(makeArticle(rng(3), pool, FORMAT_ARTICLE_BYTES)));
    say(`formats: export and import of ${FORMAT_ANNOTATIONS} annotations (native), beside the core's benchmark`);
    formats = coreBench('native', ['formats', file, String(FORMAT_ANNOTATIONS)]);
    formats.catch(() => {});  // awaited below
  }

  if (PARTS.includes('core')) {
    const info = writeCorpus(path.join(WORK, 'corpus'), pool, { totalBytes: CORPUS_BYTES, seed: 1 });
    say(`core: parse + suggest over ${(info.bytes / 1e6).toFixed(1)} MB (${info.files} files, ${info.articles} articles), native and wasm in turns`);
    const list = path.join(WORK, 'corpus/list.txt');
    // Each build CORE_RUNS times, in turns, judged on its median run: the same native binary on the same
    // files measured 3.7 and 5.3 MB/s back to back on this shared machine.
    const runs = { native: [], wasm: [] };
    for (let i = 0; i < CORE_RUNS; i++) {
      for (const build of ['native', 'wasm']) {
        runs[build].push(await coreBench(build, ['throughput', list]));
        say(`  ${build} ${runs[build].at(-1).mb_s.toFixed(1)} MB/s (CPU time)`);
      }
    }
    const median = (xs) => ({ ...[...xs].sort((a, b) => a.mb_s - b.mb_s)[(xs.length - 1) >> 1], runs_mb_s: xs.map((x) => x.mb_s) });
    results.core = { corpus: info, native: median(runs.native), wasm: median(runs.wasm) };
  }

  if (formats) {
    results.formats = { native: await formats };
    say('formats done');
  }

  if (PARTS.includes('app')) {
    const { makeFixture } = await import('./app/fixture.mjs');
    const { bundlePeer, measurePeer, LAYOUTS } = await import('./app/peer.mjs');
    const { measureApp, measureOpen } = await import('./app/glossa.mjs');
    const { startSite, launchBrowser } = await import('../tests/e2e/lib/app.mjs');
    const fixture = makeFixture({ dir: path.join(WORK, 'app'), pool, coreBench: path.join(NATIVE, 'bench/core/core_bench'), bytes: APP_ARTICLE_BYTES, annotations: APP_ANNOTATIONS });
    const peerBundle = await bundlePeer(path.join(WORK, 'peer'));
    const site = await startSite();
    const chrome = await launchBrowser();
    try {
      say(`app: ${(fixture.files[0].bytes.length / 1e6).toFixed(2)} MB article, ${fixture.made.annotations} annotations, in Chromium ${chrome.browser.version()}`);
      const glossa = await measureApp(chrome.browser, site.url, fixture, { scrollFrames: SCROLL_FRAMES, dragFrames: DRAG_FRAMES });
      say(`  glossa: first frame ${glossa.open.ms.toFixed(0)} ms, scroll p99 ${glossa.scroll.p99_ms.toFixed(2)} ms, drag p99 ${glossa.drag.p99_ms.toFixed(2)} ms`);
      const peer = [];
      for (const layout of LAYOUTS) {
        peer.push(await measurePeer(chrome.browser, peerBundle, fixture, { scrollFrames: SCROLL_FRAMES, layout }));
        say(`  peer (${layout}): render ${peer.at(-1).render.ms.toFixed(0)} ms, scroll ${peer.at(-1).scroll.main_cpu_ms.toFixed(2)} ms main-thread CPU a frame`);
      }
      // The opening and the peer's render in its better layout, OPEN_RUNS times each, taken in turns (the
      // machine is shared: its noise falls on both); each is judged on its median run.
      const best = peer.reduce((a, b) => (b.render.ms < a.render.ms ? b : a));
      const opens = [glossa.open];
      const renders = [best.render];
      for (let i = 1; i < OPEN_RUNS; i++) {
        opens.push(await measureOpen(chrome.browser, site.url, fixture));
        renders.push((await measurePeer(chrome.browser, peerBundle, fixture, { scrollFrames: 0, layout: best.layout, renderOnly: true })).render);
        say(`  again: glossa first frame ${opens.at(-1).ms.toFixed(0)} ms, peer (${best.layout}) render ${renders.at(-1).ms.toFixed(0)} ms`);
      }
      const median = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[(runs.length - 1) >> 1];
      glossa.open = median(opens);
      glossa.open_runs_ms = opens.map((o) => o.ms);
      best.render = median(renders);
      best.render_runs_ms = renders.map((r) => r.ms);
      results.app = { chromium: chrome.browser.version(), fixture: { ...fixture.made, article_bytes: fixture.files[0].bytes.length, annotations_bytes: fixture.files[1].bytes.length, peer_annotations: fixture.peer.length }, glossa, peer, peer_version: peerBundle.version };
    } finally {
      await chrome.close();
      site.server.close();
    }
  }

  if (PARTS.includes('size')) results.size = siteSizes(process.env.GLOSSA_SITE_DIR, FONTS);

  fs.mkdirSync(WORK, { recursive: true });
  fs.writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(results, null, 1));
  const text = report(results);
  process.stdout.write(`\n${text}\n`);
  if (ALL.every((p) => PARTS.includes(p))) {
    writeSection(path.join(HERE, 'RESULTS.md'), '## Speed and size', text);
    say('wrote the "Speed and size" section of bench/RESULTS.md');
  } else {
    say(`only ${PARTS.join(', ')}: bench/RESULTS.md left as it is (figures in ${path.relative(ROOT, path.join(WORK, 'results.json'))})`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e}`);
  process.exit(1);
});
