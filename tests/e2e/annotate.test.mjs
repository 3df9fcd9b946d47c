// Annotating as a person does, with the real mouse and keyboard on the canvas: mark entities and a quote,
// set its speaker, undo and redo, search, switch documents, and check the result in the exported file.
// One test annotates with the keyboard alone (a canvas cannot be read by screen readers: the keyboard is
// the accessible path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, ROOT, sharedSiteAndBrowser } from './lib/app.mjs';
import { dragOver, textOf } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

async function clickOn(app, text, nth = 0, { clicks = 1 } = {}) {
  const at = await app.page.evaluate(([t, n]) => Module.locate(t, n), [text, nth]);
  assert.ok(at, `"${text}" is on screen`);
  const x = (at.begin[0] + at.end[0]) / 2, y = at.begin[1];
  await app.page.mouse.move(x, y);
  await app.frames(1);
  await app.page.mouse.click(x, y, { clickCount: clicks });
  await app.frames(2);
}

async function key(app, combo) {
  await app.page.keyboard.press(combo);
  await app.frames(2);
}

// Ctrl+S saves the document as a Glossa bundle through the browser's download; returns its JSON.
async function exportBundle(app) {
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Control+s')]);
  const file = await download.path();
  assert.match(download.suggestedFilename(), /\.glossa\.json$/);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}


test('mouse and keys: two entities, a quote with its speaker, undo and redo, search, documents, export', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  // Drag over a name (starting and ending mid-word: the selection snaps to whole words), press 1: a person.
  const cp = await dragOver(app, 'nna Petrov');
  let s = await app.state();
  assert.deepEqual(s.annotator.selection, [cp[0] - 1, cp[1] + 1], 'snapped to "Anna Petrova"');
  await key(app, '1');
  s = await app.state();
  assert.equal(s.annotator.counts.mentions, 1);
  await app.shot('20-marked-person');
  // Double-click a word, press 2: an organization.
  await clickOn(app, 'Council', 0, { clicks: 2 });
  await key(app, '2');
  // Select the quote with the mouse, press Q; the quote is selected: press S and click the speaker.
  await dragOver(app, 'We cannot wait for the next forecast — the water is already at the steps of the library,');
  await key(app, 'q');
  s = await app.state();
  assert.equal(s.annotator.counts.quotes, 1);
  await dragOver(app, 'the mayor');
  await key(app, '1');
  await clickOn(app, 'the water is already');  // select the quote again
  s = await app.state();
  assert.match(s.annotator.selected, /^q/);
  await key(app, 's');
  assert.equal((await app.state()).annotator.pick, 'speaker');
  await clickOn(app, 'mayor', 0);
  s = await app.state();
  assert.equal(s.annotator.pick, '');
  assert.match(s.annotator.status, /Speaker of the quote: “the mayor”/);
  await app.shot('21-quote-with-speaker');

  // Undo the speaker, then redo it.
  await key(app, 'Control+z');
  assert.match((await app.state()).annotator.status, /^Undone/);
  let b = await exportBundle(app);
  assert.equal(b.quotes[0].speaker, null);
  await key(app, 'Control+Shift+z');
  b = await exportBundle(app);
  assert.equal(textOf(b, b.mentions.find((m) => m.id === b.quotes[0].speaker)), 'the mayor');

  // Search: Ctrl+F, type, Enter goes to the first match.
  await key(app, 'Control+f');
  await app.page.keyboard.type('sokolov');
  await app.page.waitForFunction(() => Module.debugState().annotator.search.query === 'sokolov');
  s = await app.state();
  assert.equal(s.annotator.search.matches, 3, 'case-insensitive: Sokolov appears three times');
  await key(app, 'Enter');
  s = await app.state();
  assert.ok(s.annotator.search.current >= 0);
  assert.equal(s.annotator.selection[1] - s.annotator.selection[0], 7, 'the match is selected');
  await app.shot('22-search');
  await key(app, 'Escape');

  // Another document: open a file, mark in it, come back: both keep their annotations.
  await app.page.setInputFiles('#file-input', path.join(ROOT, 'tests/e2e/fixtures/cyrillic-article.txt'));
  await app.page.waitForFunction(() => Module.debugState().documents.length === 2);
  await app.frames(2);
  await dragOver(app, 'Первый');
  await key(app, '7');
  assert.equal((await app.state()).annotator.counts.mentions, 1);
  await app.click('menu.Documents');
  await app.click('menu.Documents.0');
  s = await app.state();
  assert.equal(s.current, 0);
  assert.equal(s.annotator.counts.mentions, 3);
  await app.shot('23-back-to-first-document');

  b = await exportBundle(app);
  const types = Object.fromEntries(b.mentions.map((m) => [textOf(b, m), m.type]));
  assert.deepEqual(types, { 'Anna Petrova': 'PERSON', Council: 'ORG', 'the mayor': 'PERSON' });
  assert.equal(b.quotes.length, 1);
  assert.equal(b.quotes[0].kind, 'direct');
  assert.match(textOf(b, b.quotes[0]), /^We cannot wait .* library,$/);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('keyboard alone: find, mark, quote, speaker by Tab and Enter, undo, redo, export', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  // ImGui takes queued key events a few per frame: wait for the app to report each step, not for time.
  const until = (fn, arg) => app.page.waitForFunction(fn, arg, { timeout: 20000 });
  const find = async (text) => {
    await key(app, 'Control+f');
    await app.page.keyboard.press('Control+a');
    await app.page.keyboard.type(text);
    await until((t) => Module.debugState().annotator.search.query === t, text);
    await app.page.keyboard.press('Enter');
    await until(() => Module.debugState().annotator.search.current >= 0);
    await app.page.keyboard.press('Escape');
    await until(() => !Module.debugState().annotator.search.open);
  };
  await find('Colonel Dmitry Sokolov');
  await key(app, '1');
  await find('the mayor');
  await key(app, '1');
  await find('that the river had risen by 1.8 metres in four days');
  let s = await app.state();
  assert.equal(s.annotator.selection[1] - s.annotator.selection[0], 51, JSON.stringify(s.annotator));
  await key(app, 'Shift+Q');
  s = await app.state();
  assert.equal(s.annotator.counts.quotes, 1);
  // S, then Tab to the speaker (mentions in text order from the quote), Enter.
  await key(app, 's');
  await key(app, 'Tab');
  s = await app.state();
  assert.match(s.annotator.status, /^Speaker: PERSON “the mayor”/);
  await key(app, 'Shift+Tab');
  s = await app.state();
  assert.match(s.annotator.status, /^Speaker: PERSON “Colonel Dmitry Sokolov”/);
  await key(app, 'Enter');
  await app.shot('24-keyboard-only');
  // Shift+arrows extend a selection; Delete removes the selected annotation; undo brings it back.
  await key(app, 'Tab');
  const selected = (await app.state()).annotator.selected;
  await key(app, 'Delete');
  assert.equal((await app.state()).annotator.counts.mentions, 1);
  await key(app, 'Control+z');
  assert.equal((await app.state()).annotator.counts.mentions, 2);
  assert.equal((await app.state()).annotator.selected, '', `${selected} was deleted, then restored`);
  // Shift+arrows extend the selection by a character, Ctrl+Shift+arrows by a word.
  await find('the regional');
  const sel = (await app.state()).annotator.selection;
  await key(app, 'Shift+ArrowRight');
  assert.deepEqual((await app.state()).annotator.selection, [sel[0], sel[1] + 1]);
  await key(app, 'Control+Shift+ArrowRight');
  assert.deepEqual((await app.state()).annotator.selection, [sel[0], sel[1] + ' emergency'.length], 'to the end of the next word');
  const b = await exportBundle(app);
  assert.equal(b.quotes[0].kind, 'indirect');
  assert.equal(textOf(b, b.mentions.find((m) => m.id === b.quotes[0].speaker)), 'Colonel Dmitry Sokolov');
  assert.deepEqual(app.problems, []);
  await app.close();

  // The saved bundle opens again, in a new session, with everything in it.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-e2e-')), 'riverside.glossa.json');
  fs.writeFileSync(file, JSON.stringify(b));
  const again = await openApp(shared.chrome.browser, shared.site.url);
  await again.page.setInputFiles('#file-input', file);
  await again.page.waitForFunction(() => Module.debugState().documents.length === 2);
  await again.frames(2);
  const s2 = await again.state();
  assert.deepEqual(s2.annotator.counts, { entities: 0, mentions: 2, notes: 0, quotes: 1 });
  await again.shot('30-bundle-reopened');
  assert.deepEqual(again.problems, []);
  await again.close();
});

test('right-click menu, notes, joining an entity, mark all occurrences, nested spans, tooltips, text size, dark theme', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  const until = (fn, arg) => app.page.waitForFunction(fn, arg, { timeout: 20000 });
  // Right-click a selection: the menu marks it.
  await dragOver(app, 'Colonel Dmitry Sokolov');
  const at = await app.page.evaluate(() => Module.locate('Dmitry', 0));
  await app.page.mouse.click(at.begin[0] + 5, at.begin[1], { button: 'right' });
  await app.frames(3);
  await app.shot('25-context-menu');
  await app.click('context.Mark as Person');
  let s = await app.state();
  assert.equal(s.annotator.counts.mentions, 1);
  // Nested: "Sokolov" inside it, marked too; both stay visible and the inner one is what a click takes.
  await clickOn(app, 'Sokolov', 0, { clicks: 2 });
  await key(app, '1');
  await clickOn(app, 'Sokolov', 0);
  s = await app.state();
  assert.equal(s.annotator.selected, 'm2', 'a click on the inner span selects the inner mention');
  // M: every other "Sokolov" gets a mention in the same entity (one undo step).
  await key(app, 'm');
  s = await app.state();
  assert.equal(s.annotator.counts.mentions, 4);
  assert.equal(s.annotator.counts.entities, 1);
  // E: join the outer mention to that entity through the searchable list.
  await clickOn(app, 'Colonel');
  await key(app, 'e');
  assert.equal((await app.state()).panels.entity_picker, true);
  await app.page.keyboard.type('soko');
  await until(() => Object.keys(Module.debugState().probes).some((k) => k.startsWith('picker.row.e')));
  await app.shot('26-entity-picker');
  await app.page.keyboard.press('Enter');
  await until(() => !Module.debugState().panels.entity_picker);
  s = await app.state();
  assert.equal(s.annotator.counts.entities, 1);
  // N: a note on the selected mention.
  await key(app, 'n');
  await until(() => Module.debugState().panels.note_editor);
  await app.page.keyboard.type('Head of the regional emergency service');
  await app.page.keyboard.press('Control+Enter');
  await until(() => !Module.debugState().panels.note_editor);
  assert.equal((await app.state()).annotator.counts.notes, 1);
  // Hovering shows what is there, the note included.
  const h = await app.page.evaluate(() => Module.locate('Colonel', 0));
  await app.page.mouse.move(h.begin[0] + 10, h.begin[1]);
  await app.frames(4);
  await app.shot('27-tooltip');
  // Undo the note, the join, then redo all: one step each.
  await key(app, 'Control+z');
  await key(app, 'Control+z');
  s = await app.state();
  assert.equal(s.annotator.counts.notes, 0);
  await key(app, 'Control+y');
  await key(app, 'Control+y');
  assert.equal((await app.state()).annotator.counts.notes, 1);
  // Ctrl +: larger text, laid out again (taller); dark theme; F1 help.
  const height = (await app.state()).annotator.text_height;
  await key(app, 'Control+Equal');
  await key(app, 'Control+Equal');
  await until((h0) => Module.debugState().annotator.text_height > h0 * 1.2, height);
  s = await app.state();
  assert.ok(s.text_scale > 1.2);
  await app.click('menu.View');
  await app.click('menu.View.Dark');
  await app.shot('28-dark-larger-text');
  await key(app, 'F1');
  assert.equal((await app.state()).panels.help, true);
  await app.shot('29-help');
  const b = await exportBundle(app);
  assert.equal(b.entities.length, 1);
  assert.equal(b.mentions.filter((m) => m.entity === b.entities[0].id).length, 4);
  assert.equal(b.notes[0].text, 'Head of the regional emergency service');
  assert.deepEqual(app.problems, []);
  await app.close();
});
