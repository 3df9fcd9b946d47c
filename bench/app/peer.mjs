// The peer: @recogito/text-annotator (npm), a DOM text annotator, given the same article and annotations
// in the same browser session as the app. Bundled for the browser with esbuild into build/bench/peer/.
// Its page shows the article in a column like the app's, laid out one of two ways, each measured:
//  - "paragraphs": as a web page does, a <p> per paragraph (blank-line text nodes between them, so the
//    container's text, and so every offset, is the article's text);
//  - "one text node": the whole text in one pre-wrapped text node, the peer's best case (it finds each
//    annotation's place by walking the container's text nodes from the top, once per annotation).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { mean, quantile, stageFiles, traced, tracedTotal } from './measure.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

export async function bundlePeer(outDir) {
  await esbuild.build({
    entryPoints: [path.join(HERE, 'peer-entry.js')], bundle: true, format: 'iife', minify: true,
    outdir: outDir, logLevel: 'warning', absWorkingDir: ROOT,
  });
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@recogito/text-annotator/package.json'), 'utf8')).version;
  return { js: fs.readFileSync(path.join(outDir, 'peer-entry.js'), 'utf8'), css: fs.readFileSync(path.join(outDir, 'peer-entry.css'), 'utf8'), version };
}

const PAGE = (css, layout) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; font: 17px/1.5 "DejaVu Serif", serif; background: #fff; }
#article { max-width: 760px; margin: 0 auto; padding: 24px; white-space: ${layout === 'paragraphs' ? 'normal' : 'pre-wrap'}; }
</style></head><body><div id="article"></div></body></html>`;
export const LAYOUTS = ['one text node', 'paragraphs'];

// Opens the peer with the fixture's text and annotations. Returns the time from the files handed over to
// the first frame with highlights drawn, and (unless renderOnly) the main-thread time per frame while scrolling.
export async function measurePeer(browser, bundle, fixture, { scrollFrames, layout, renderOnly = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(PAGE(bundle.css, layout));
  await page.addScriptTag({ content: bundle.js });
  await stageFiles(page, [
    { name: 'article.txt', bytes: fixture.text },
    { name: 'annotations.json', bytes: JSON.stringify(fixture.peer) },
  ]);

  // The clock runs from the files to the first frame after the highlights are in the page.
  const renderTrace = await tracedTotal(page, () => page.evaluate(async (layout) => {
    const raf = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    const [text, json] = await Promise.all(window.__benchFiles.map((f) => f.text()));
    const el = document.getElementById('article');
    const frag = document.createDocumentFragment();
    for (const part of layout === 'paragraphs' ? text.split(/(\n\n+)/) : [text]) {
      if (!part) continue;
      if (layout !== 'paragraphs' || /^\n+$/.test(part)) { frag.appendChild(document.createTextNode(part)); continue; }
      const p = document.createElement('p');
      p.textContent = part;
      frag.appendChild(p);
    }
    el.appendChild(frag);
    const t1 = performance.now();
    const anno = window.createTextAnnotator(el);
    anno.setAnnotations(JSON.parse(json));
    const t2 = performance.now();
    window.__anno = anno;
    while (!el.querySelector('.r6o-span-highlight-layer .r6o-annotation')) await raf();
    await raf();
    const t3 = performance.now();
    return { ms: t3 - t0, dom_ms: t1 - t0, set_ms: t2 - t1, annotations: anno.getAnnotations().length };
  }, layout));
  const render = { ...renderTrace.result, main_cpu_ms: renderTrace.main_cpu_ms, main_wall_ms: renderTrace.main_wall_ms };
  if (renderOnly) {
    await context.close();
    if (errors.length) throw new Error(`the peer's page failed: ${errors.join('; ')}`);
    return { layout, render };
  }

  // Scrolling: the page scrolled by 100 px each frame, as a wheel does (the peer redraws the highlights in
  // view on scroll).
  const { frame_cpu_ms: cpu, ...scroll } = await traced(page, () => page.evaluate(async (n) => {
    const raf = () => new Promise((r) => requestAnimationFrame(r));
    await raf();
    for (let i = 0; i < n; i++) {
      window.scrollBy(0, 100);
      await raf();
    }
    return n;
  }, scrollFrames));
  scroll.frame_cpu = { mean_ms: mean(cpu), p99_ms: quantile(cpu, 0.99) };
  const scrolled = await page.evaluate(() => window.scrollY);
  await context.close();
  if (errors.length) throw new Error(`the peer's page failed: ${errors.join('; ')}`);
  return { layout, render, scroll, scrolled };
}
