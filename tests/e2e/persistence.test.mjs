// Nothing lost: the workspace (documents, annotations, settings) survives a reload and a page closed right
// after an edit; deleting asks first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launchBrowser, openApp } from './lib/app.mjs';

let site, chrome;
before(async () => {
  site = await startSite();
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  site?.server.close();
});

// Marks a text found with Ctrl+F as the type of key.
async function mark(app, text, key) {
  await app.page.keyboard.press('Control+f');
  await app.frames(2);
  await app.page.keyboard.press('Control+a');
  await app.page.keyboard.type(text);
  await app.page.waitForFunction((t) => Module.debugState().annotator.search.query === t, text);
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => Module.debugState().annotator.search.current >= 0);
  await app.page.keyboard.press('Escape');
  await app.page.waitForFunction(() => !Module.debugState().annotator.search.open);
  const n = (await app.state()).annotator.counts.mentions;
  await app.page.keyboard.press(key);
  await app.page.waitForFunction((m) => Module.debugState().annotator.counts.mentions > m, n);
}

async function readyAgain(page) {
  await page.waitForFunction(() => window.glossa && window.glossa.ready, null, { timeout: 60000 });
}

test('reloading the page restores the documents, the annotations and the settings', async () => {
  const app = await openApp(chrome.browser, site.url);
  await mark(app, 'Anna Petrova', '1');
  await mark(app, 'Volkhov', '3');
  await app.click('menu.View');
  await app.click('menu.View.Dark');
  // The app says when the browser's storage has taken the workspace.
  await app.page.waitForFunction(() => {
    const st = Module.debugState().storage;
    return st.saves >= 1 && !st.dirty && st.in_flight === 0;
  });
  await app.page.reload();
  await readyAgain(app.page);
  const s = await app.state();
  assert.equal(s.documents.length, 1);
  assert.deepEqual(s.annotator.counts, { entities: 0, mentions: 2, notes: 0, quotes: 0 });
  assert.equal(s.theme, 'dark');
  await app.shot('31-restored-after-reload');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a page closed within a second of an edit has the edit when it opens again', async (t) => {
  const app = await openApp(chrome.browser, site.url);
  await mark(app, 'Colonel Dmitry Sokolov', '1');
  // Close at once: no waiting for the debounced save (the page's pagehide writes it).
  t.diagnostic(`unsaved when closed: ${(await app.state()).storage.dirty}`);
  await app.page.close({ runBeforeUnload: true });
  const page = await app.context.newPage();
  await page.goto(site.url);
  await readyAgain(page);
  const s = await page.evaluate(() => Module.debugState());
  assert.equal(s.annotator.counts.mentions, 1);
  await app.context.close();
});

test('New workspace and Remove document ask first; cancel keeps everything', async () => {
  const app = await openApp(chrome.browser, site.url);
  await mark(app, 'Anna Petrova', '1');
  await app.click('menu.File');
  await app.click('menu.File.New');
  assert.match((await app.state()).confirm, /Close every document/);
  await app.shot('32-confirm-new-workspace');
  await app.click('confirm.cancel');
  let s = await app.state();
  assert.equal(s.confirm, null);
  assert.equal(s.documents.length, 1);
  assert.equal(s.annotator.counts.mentions, 1);
  await app.click('menu.Documents');
  await app.click('menu.Documents.Remove');
  assert.match((await app.state()).confirm, /^Remove “Riverside council/);
  await app.click('confirm.yes');
  s = await app.state();
  assert.equal(s.documents.length, 0);
  assert.deepEqual(app.problems, []);
  await app.close();
});
