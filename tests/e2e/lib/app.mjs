// Starts the built app on a local server and drives it in Debian's Chromium through playwright-core.
// Every page records console errors, page errors and failed requests; tests assert there are none.
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/static-server.mjs';
import { decodePng } from './png.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../../..');
export const SITE_DIR = process.env.GLOSSA_SITE_DIR || path.join(ROOT, 'build/wasm/site');
// The single-file build (dist/glossa.html), opened from file://.
export const DIST_DIR = process.env.GLOSSA_DIST_DIR || path.join(ROOT, 'build/wasm/dist');
export const SHOT_DIR = process.env.GLOSSA_SCREENSHOT_DIR || path.join(ROOT, 'tests/e2e/screenshots');
const CHROMIUM = process.env.GLOSSA_CHROMIUM || '/usr/bin/chromium';

export async function startSite() {
  if (!fs.existsSync(path.join(SITE_DIR, 'glossa.wasm')))
    throw new Error(`${SITE_DIR} has no glossa.wasm: build the app first (./build-wasm.sh web)`);
  const server = await startServer(SITE_DIR, { port: 0 });
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}/` };
}

// The file:// URL of the single-file build.
export function singleFileUrl() {
  const file = path.join(DIST_DIR, 'glossa.html');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the app first (./build-wasm.sh web)`);
  return pathToFileURL(file).href;
}

export async function launchBrowser() {
  // playwright starts Chromium with a new, empty profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

// Opens the app in a new context and waits until it reports it is ready (its first frames are drawn).
// probes: the app records where it draws each named widget (Module.debugState().probes), which the tests
// click; the benchmarks measure the app as a person gets it, without.
export async function openApp(browser, url, { width = 1280, height = 800, scale = 1, probes = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, acceptDownloads: true });
  if (probes) await context.addInitScript(() => { window.glossaProbes = true; });
  const page = await context.newPage();
  const problems = [];
  // Every request of the context (pages and service workers), for the tests that check nothing leaves.
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  const whenReady = () => page.waitForFunction(() => window.glossa && window.glossa.ready, null, { timeout: 60000 });
  await page.goto(url);
  await whenReady();
  const app = {
    page, context, problems, requests,
    state: () => page.evaluate(() => Module.debugState()),
    // Waits until the app has drawn n more frames (the app's own frame counter, not a timer).
    frames: async (n = 2) => {
      const f0 = await page.evaluate(() => Module._glossa_frame_count());
      await page.waitForFunction((t) => Module._glossa_frame_count() >= t, f0 + n, { timeout: 20000 });
    },
    // Clicks the centre of a widget the app reported under `name` (CSS pixels).
    click: async (name) => {
      const s = await app.state();
      const r = s.probes[name];
      if (!r) throw new Error(`no widget "${name}" (known: ${Object.keys(s.probes).join(', ')})`);
      await page.mouse.move((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
      await app.frames(1);
      await page.mouse.down();
      await app.frames(1);
      await page.mouse.up();
      await app.frames(2);
    },
    // Saves a screenshot under tests/e2e/screenshots and returns it decoded.
    shot: async (name) => {
      fs.mkdirSync(SHOT_DIR, { recursive: true });
      const file = path.join(SHOT_DIR, `${name}.png`);
      const buf = await page.screenshot({ path: file });
      return decodePng(buf);
    },
    // Reloads the page and waits until the app reports it is ready again.
    reload: async () => {
      await page.reload();
      await whenReady();
      await app.frames(2);
    },
    close: () => context.close(),
  };
  await app.frames(2);
  return app;
}

// The site served and Chromium launched once for the tests of one file, closed after them.
export function sharedSiteAndBrowser() {
  const shared = {};
  before(async () => {
    shared.site = await startSite();
    shared.chrome = await launchBrowser();
  });
  after(async () => {
    await shared.chrome?.close();
    shared.site?.server.close();
  });
  return shared;
}
