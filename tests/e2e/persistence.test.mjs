// Nothing lost: the workspace (documents, annotations, settings) survives a reload and a page closed right
// after an edit; deleting asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, sharedSiteAndBrowser } from './lib/app.mjs';
import { markFound } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

async function readyAgain(page) {
  await page.waitForFunction(() => window.glossa && window.glossa.ready, null, { timeout: 60000 });
}

test('reloading the page restores the documents, the annotations and the settings', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await markFound(app, 'Anna Petrova', '1');
  await markFound(app, 'Volkhov', '3');
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
  // The undo history came back too: Ctrl+Z takes back the last mark made before the reload, Ctrl+Y redoes it.
  assert.equal(s.annotator.undo_depth, 2);
  assert.equal(s.annotator.undo_label, 'Mark LOC');
  await app.page.keyboard.press('Control+z');
  await app.page.waitForFunction(() => Module.debugState().annotator.counts.mentions === 1);
  await app.page.keyboard.press('Control+y');
  await app.page.waitForFunction(() => Module.debugState().annotator.counts.mentions === 2);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a full disk: a save the browser refuses is shown, and the next change is saved again', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  // IndexedDB refuses every write while the flag is up, as it does when the site's quota is used up.
  await app.page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    window.diskFull = true;
  });
  await markFound(app, 'Anna Petrova', '1');
  await app.page.waitForFunction(() => Module.debugState().storage.failures >= 1 && Module.debugState().dialog !== null);
  let s = await app.state();
  assert.equal(s.dialog.title, 'Your work could not be saved in this browser');
  assert.match(s.dialog.body, /QuotaExceededError|quota has been exceeded/);
  assert.match(s.dialog.body, /export your documents/);
  assert.equal(s.storage.dirty, true, 'the refused change is still unsaved');
  await app.shot('33-storage-refused');
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => Module.debugState().dialog === null);
  // Space again: the next change is saved, and survives a reload.
  await app.page.evaluate(() => { window.diskFull = false; });
  const saves = s.storage.saves;
  await markFound(app, 'Volkhov', '3');
  await app.page.waitForFunction((n) => {
    const st = Module.debugState().storage;
    return st.saves > n && !st.dirty && st.in_flight === 0;
  }, saves);
  await app.page.reload();
  await readyAgain(app.page);
  s = await app.state();
  assert.equal(s.annotator.counts.mentions, 2);
  assert.equal(s.dialog, null);
  await app.close();
});

test('a page closed within a second of an edit has the edit when it opens again', async (t) => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await markFound(app, 'Colonel Dmitry Sokolov', '1');
  // Close at once: no waiting for the debounced save (the page's pagehide writes it).
  t.diagnostic(`unsaved when closed: ${(await app.state()).storage.dirty}`);
  await app.page.close({ runBeforeUnload: true });
  const page = await app.context.newPage();
  await page.goto(shared.site.url);
  await readyAgain(page);
  const s = await page.evaluate(() => Module.debugState());
  assert.equal(s.annotator.counts.mentions, 1);
  await app.context.close();
});

test('New workspace and Remove document ask first; cancel keeps everything', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await markFound(app, 'Anna Petrova', '1');
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
