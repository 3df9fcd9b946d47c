// Opening article files as a person does: several at once through File > Open, or dropped on the window,
// in every format the reader knows; files that cannot be read say which file and why, and lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, ROOT, sharedSiteAndBrowser } from './lib/app.mjs';
import { dropFiles } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

const fixture = (name) => path.join(ROOT, 'tests/e2e/fixtures', name);

test('File > Open with several files: JSON Lines (two articles) and an HTML page', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.click('menu.File');
  const chooser = app.page.waitForEvent('filechooser');
  await app.click('menu.File.Open');
  const fc = await chooser;
  assert.ok(fc.isMultiple(), 'the picker accepts several files');
  await fc.setFiles([fixture('two-articles.jsonl'), fixture('page.html')]);
  await app.page.waitForFunction(() => Module.debugState().documents.length === 4);
  await app.frames(2);
  let s = await app.state();
  assert.deepEqual(s.documents.map((d) => d.source),
    ['riverside-flood-council-2023-03-14.txt', 'two-articles.jsonl#1', 'two-articles.jsonl#2', 'page.html']);
  // The last file opened is shown: the HTML page's article, without navigation or scripts.
  assert.equal(s.article.title, 'Council votes on barriers');
  assert.equal(s.article.format, 'html');
  assert.equal(s.article.paragraphs, 2);
  assert.equal(s.article.metadata.published.iso, '2023-03-14T09:15:00+03:00');
  assert.equal(s.article.metadata.author.raw, 'Ann Lee');
  await app.shot('10-opened-html-page');

  // Switch to the Cyrillic JSON Lines record through the Documents menu.
  await app.click('menu.Documents');
  await app.click('menu.Documents.2');
  s = await app.state();
  assert.equal(s.current, 2);
  assert.equal(s.article.title, 'Школа получила новый спортзал');
  assert.equal(s.article.metadata.date.iso, '2023-04-05T14:20');
  assert.equal(s.article.missing_glyphs, 0);
  await app.shot('11-jsonl-record-cyrillic');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('dropping files: a Windows-1251 article opens converted; a binary file and a truncated JSON are refused', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  const cp1251 = Buffer.from(
    'CFF0E5E7E8E4E5EDF220EFEEE1EBE0E3EEE4E0F0E8EB20E3EEF0EEE40D0A0D0AC3EBE0E2E020E3EEF0EEE4E020F1EAE0E7E0EBE02C20F7F2EE20F0E5E3E8EEED20ABE3EEF2EEE220EA20E2E5F1EDE5BB2E0D0A',
    'hex');  // "Президент поблагодарил город\r\n\r\nГлава города сказала, что регион «готов к весне».\r\n"
  await dropFiles(app.page, [
    { name: 'letter-cp1251.txt', bytes: cp1251 },
    { name: 'photo.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'cut.json', bytes: Buffer.from('{"title": "Cut", "text": "The file ends in the mid') },
  ]);
  await app.page.waitForFunction(() => {
    const s = Module.debugState();
    return s.documents.length === 2 && s.dialog !== null;
  });
  await app.frames(2);
  let s = await app.state();
  assert.equal(s.documents[1].source, 'letter-cp1251.txt');
  assert.equal(s.current, 1);
  assert.equal(s.article.encoding, 'windows-1251');
  assert.equal(s.article.title, 'Президент поблагодарил город');
  assert.equal(s.article.missing_glyphs, 0);
  // One dialog per refused file, in order, each naming the file and the reason.
  assert.equal(s.dialog.title, 'Cannot open photo.txt');
  assert.equal(s.dialog.body, 'photo.txt: this is a PNG image, not a text file');
  await app.shot('12-dropped-binary-refused');
  await app.page.keyboard.press('Enter');
  await app.frames(3);
  s = await app.state();
  assert.equal(s.dialog.title, 'Cannot open cut.json');
  assert.match(s.dialog.body, /^cut\.json: truncated JSON \(it ends before the data is complete\) at byte \d+, line 1$/);
  await app.page.keyboard.press('Enter');
  await app.frames(3);
  s = await app.state();
  assert.equal(s.dialog, null);
  assert.equal(s.documents.length, 2, 'the refused files added nothing and removed nothing');
  await app.shot('13-cp1251-article');
  assert.deepEqual(app.problems, []);
  await app.close();
});
