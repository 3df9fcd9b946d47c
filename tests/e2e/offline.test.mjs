// Files in and out, nothing lost, fully offline: after one visit the service worker serves the app with
// the network gone; a new build replaces its cache; the single-file build works from file://; a whole
// session asks nothing of any other origin and puts no article text into the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSite, openApp, singleFileUrl, ROOT, SITE_DIR, sharedSiteAndBrowser } from './lib/app.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { dragOver, dropFiles, press, exportBundle, textOf } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

const SAMPLE_TITLE = 'Riverside council approves emergency flood barriers after record spring melt';
const APP_FILES = ['', 'index.html', 'glossa.js', 'glossa.wasm', 'glossa.data', 'glossa.css', 'glossa-shell.js', 'icon.svg',
  'read-worker.js', 'glossa-read.js', 'glossa-read.wasm'];

const buildStamp = (dir) => fs.readFileSync(path.join(dir, 'build-stamp.js'), 'utf8').match(/GLOSSA_BUILD = '([^']+)'/)[1];

// Waits until the service worker has installed and controls the page; returns the caches it made, with
// the URLs in each.
async function whenOfflineReady(app) {
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  return cacheContents(app);
}

const cacheContents = (app) => app.page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys())
    out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
  return out;
});

// The page's Content-Security-Policy is in force: a script injected into it does not run. Chrome reports the
// refusal as a console error, expected here and taken off the page's problems.
async function injectedScriptRuns(app) {
  const refused = app.page.waitForEvent('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()));
  refused.catch(() => {});  // awaited below only when the script was refused
  const ran = await app.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.glossaInjected = true;';
    document.head.appendChild(script);
    script.remove();
    return window.glossaInjected === true;
  });
  if (!ran) {
    await refused;
    const i = app.problems.findIndex((p) => /Content Security Policy/.test(p));
    if (i >= 0) app.problems.splice(i, 1);
  }
  return ran;
}

// Marks "Anna Petrova" as a person with the mouse and key 1, saves with Ctrl+S; returns the export.
async function markAndExport(app) {
  await dragOver(app, 'nna Petrov');
  await press(app, '1');
  assert.equal((await app.state()).annotator.counts.mentions, 1);
  const saved = await exportBundle(app);
  assert.match(saved.url, /^blob:/, 'the download is a blob: URL made in the page');
  const person = saved.bundle.mentions.find((m) => textOf(saved.bundle, m) === 'Anna Petrova');
  assert.ok(person, 'the exported bundle has the mention');
  assert.equal(person.type, 'PERSON');
  return saved;
}

test('offline: after one visit the app loads from its cache with the network gone, annotates and exports', async () => {
  const own = await startSite();  // this test stops its server
  const app = await openApp(shared.chrome.browser, own.url);
  const caches = await whenOfflineReady(app);
  const stamp = buildStamp(SITE_DIR);
  assert.deepEqual(Object.keys(caches), [`glossa-${stamp}`], 'one cache, named after the build');
  assert.deepEqual(caches[`glossa-${stamp}`], APP_FILES.map((f) => own.url + f).sort(), 'the app\'s files are cached');

  // No network at all: the browser is offline and the server is gone.
  await app.context.setOffline(true);
  own.server.closeAllConnections();
  await new Promise((resolve) => own.server.close(resolve));
  const responses = [];
  app.page.on('response', (r) => responses.push(r));
  await app.reload();
  const loaded = responses.filter((r) => r.url().startsWith('http'));
  for (const f of ['', 'glossa-shell.js', 'glossa.css', 'glossa.js', 'glossa.wasm', 'glossa.data'])
    assert.ok(loaded.some((r) => r.url() === own.url + f), `${f || 'the page'} was loaded again`);
  for (const r of loaded) assert.ok(r.fromServiceWorker(), `${r.url()} comes from the offline cache`);

  const s = await app.state();
  assert.equal(s.article.title, SAMPLE_TITLE);
  assert.equal(s.article.missing_glyphs, 0);
  await markAndExport(app);
  // A large article (read by the reading worker, which comes from the cache too) opens offline.
  const paragraph = 'Offline, the archive still opened the long minutes of the harbour board. '.repeat(10) + '\n\n';
  await dropFiles(app.page, [{ name: 'harbour-minutes.txt', bytes: 'Harbour minutes\n\n' + paragraph.repeat(Math.ceil(2500000 / paragraph.length)) }]);
  await app.page.waitForFunction(() => { const d = Module.debugState(); return d.documents.length === 2 && d.annotator.lines > 0; }, null, { timeout: 60000 });
  assert.equal((await app.state()).article.title, 'Harbour minutes');
  await app.shot('40-offline');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a new build is picked up: its cache replaces the old one, with the new files', async () => {
  // A copy of the site, changed below as a new build would change it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-site-'));
  fs.cpSync(SITE_DIR, dir, { recursive: true });
  const server = await startServer(dir, { port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const app = await openApp(shared.chrome.browser, url);
    const before = await whenOfflineReady(app);
    assert.deepEqual(Object.keys(before), [`glossa-${buildStamp(dir)}`]);

    fs.appendFileSync(path.join(dir, 'glossa.css'), '\n/* the next build */\n');
    fs.writeFileSync(path.join(dir, 'build-stamp.js'), "self.GLOSSA_BUILD = 'next-build';\n");
    // Chrome starts this first update check about a minute after the install when the page uses IndexedDB
    // (the workspace does): this test takes that long, waiting on the browser's events, not on a timer.
    await app.page.evaluate(async () => {
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
      // Activated: its activate handler has deleted the old caches.
      const worker = navigator.serviceWorker.controller;
      if (worker.state !== 'activated')
        await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    });
    const after = await cacheContents(app);
    assert.deepEqual(Object.keys(after), ['glossa-next-build'], 'the old cache is gone');
    assert.equal(after['glossa-next-build'].length, APP_FILES.length);
    const css = await app.page.evaluate(async () => (await (await caches.match('glossa.css')).text()));
    assert.match(css, /the next build/, 'the cache holds the new build\'s files');

    await app.reload();
    assert.equal((await app.state()).article.title, SAMPLE_TITLE);
    assert.deepEqual(app.problems, []);
    await app.close();
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('single file: dist/glossa.html opens from file://, shows the sample, annotates and exports', async () => {
  const url = singleFileUrl();
  const app = await openApp(shared.chrome.browser, url);
  const s = await app.state();
  assert.equal(s.documents.length, 1);
  assert.equal(s.article.title, SAMPLE_TITLE, 'the sample article is embedded');
  assert.equal(s.article.paragraphs, 8);
  assert.equal(s.article.missing_glyphs, 0, 'the fonts are embedded');
  assert.equal(s.fonts.error, '');
  assert.equal(await app.page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null), false,
    'no service worker from file://');
  await markAndExport(app);
  await app.shot('41-single-file');
  assert.equal(await injectedScriptRuns(app), false, 'the page\'s policy allows only its own inline scripts');
  const elsewhere = app.requests.filter((u) => u !== url && !/^(data|blob):/.test(u));
  assert.deepEqual(elsewhere, [], 'the page loads nothing but itself');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a whole session asks nothing of any other origin and puts no article text into the page', async () => {
  const origin = new URL(shared.site.url).origin;
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await whenOfflineReady(app);
  await app.page.setInputFiles('#file-input', path.join(ROOT, 'tests/e2e/fixtures/cyrillic-article.txt'));
  await app.page.waitForFunction(() => Module.debugState().documents.length === 2);
  await app.frames(2);
  await dragOver(app, 'Первый');
  await press(app, '7');
  const { bundle } = await exportBundle(app);
  assert.deepEqual(bundle.mentions.map((m) => textOf(bundle, m)), ['Первый']);

  assert.ok(app.requests.some((u) => u.endsWith('/glossa.wasm')), 'requests are being recorded');
  const foreign = app.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], `every request goes to ${origin}`);

  const page = await app.page.evaluate(() => document.title + '\n' + document.documentElement.outerHTML);
  for (const text of ['Заголовок статьи', 'Первый абзац', 'Riverside council', 'Anna Petrova'])
    assert.ok(!page.includes(text), `"${text}" is not in the DOM`);
  assert.equal(await injectedScriptRuns(app), false, 'the page\'s policy allows no inline script');
  assert.deepEqual(app.problems, []);
  await app.close();
});
