// Files in from colleagues and out to the clipboard: a colleague's annotations imported into an open article
// (compare, merge conflict by conflict, replace, open as a copy), a brat .ann dropped with its .txt, a large
// file read with progress while the page keeps drawing, copy to the system clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, sharedSiteAndBrowser } from './lib/app.mjs';
import { dragOver, dropFiles, exportBundle, markFound, press, textOf } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

// A colleague's annotations-only file made from my bundle: Volkhov typed GPE instead of LOC (a type
// conflict), "Mayor Anna Petrova" instead of "Anna Petrova" (a boundary conflict), no "Riverside City
// Council" (only mine), and "Tuesday" as a DATE (only theirs).
async function colleagueFile(app, bundle) {
  const at = async (text) => (await app.page.evaluate((t) => Module.locate(t, 0), text)).cp;
  const mine = bundle.mentions;
  const anna = mine.find((m) => textOf(bundle, m) === 'Anna Petrova');
  const volkhov = mine.find((m) => textOf(bundle, m) === 'Volkhov');
  assert.ok(anna && volkhov);
  const span = (cp) => ({ begin: cp[0], end: cp[1], text: Array.from(bundle.article.text).slice(cp[0], cp[1]).join('') });
  const mentions = [
    { id: 'm1', ...span(await at('Mayor Anna Petrova')), type: 'PERSON', entity: null, author: 'bob', origin: 'manual' },
    { id: 'm2', ...span([volkhov.begin, volkhov.end]), type: 'GPE', entity: null, author: 'bob', origin: 'manual' },
    { id: 'm3', ...span(await at('Tuesday')), type: 'DATE', entity: null, author: 'bob', origin: 'manual' },
  ];
  const a = bundle.article;
  return JSON.stringify({
    format: 'glossa', version: 1, kind: 'annotations',
    article: { id: a.id, length: a.length, source: a.source, title: a.title },
    types: bundle.types, entities: [], mentions, quotes: [], notes: [],
  });
}

async function importDialog(app) {
  await app.page.waitForFunction(() => Module.debugState().imports.length === 1 && Module.debugState().probes['import.merge']);
  await app.frames(2);
}

test('a colleague\'s annotations: compare marks where they differ, merge settles conflicts one by one, replace; each one undo step', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await markFound(app, 'Anna Petrova', '1');
  await markFound(app, 'Volkhov', '3');
  await markFound(app, 'Riverside City Council', '2');
  const { bundle } = await exportBundle(app);
  const theirs = await colleagueFile(app, bundle);
  const drop = () => dropFiles(app.page, [{ name: 'bob.glossa.json', bytes: theirs }]);

  // The file is matched to the open article by its id; the document has annotations, so the person chooses.
  await drop();
  await importDialog(app);
  let s = await app.state();
  assert.deepEqual(s.imports, [{ name: 'bob.glossa.json', mentions: 3, quotes: 0 }]);
  assert.equal(s.annotator.counts.mentions, 3, 'nothing changed before the choice');
  await app.shot('40-import-choice');

  // Compare: the agreement table, and every difference listed and marked in the text.
  await app.click('import.compare');
  await app.page.waitForFunction(() => Module.debugState().comparison !== null);
  s = await app.state();
  const c = s.comparison;
  assert.equal(c.name, 'bob.glossa.json');
  const kinds = c.differences.map((d) => d.kind).sort();
  assert.deepEqual(kinds, ['conflict', 'conflict', 'only a', 'only b']);
  for (let i = 1; i < c.differences.length; i++) assert.ok(c.differences[i - 1].span[0] <= c.differences[i].span[0], 'in text order');
  assert.ok(c.differences.some((d) => d.kind === 'only a' && /Riverside City Council/.test(d.description)));
  assert.ok(c.differences.some((d) => d.kind === 'only b' && /Tuesday/.test(d.description)));
  assert.ok(c.differences.some((d) => d.kind === 'conflict' && /Volkhov/.test(d.description) && /LOC in a/.test(d.description)));
  // Mentions: a has 3, b has 3, exactly the same span and type: none (Volkhov's type differs) -> F1 0;
  // overlapping with the same type: Anna Petrova / Mayor Anna Petrova -> 1 of 3.
  assert.deepEqual([c.mentions.a, c.mentions.b], [3, 3]);
  assert.equal(c.mentions.exact_f1, 0);
  assert.ok(Math.abs(c.mentions.overlap_f1 - 1 / 3) < 1e-9, `overlap F1 ${c.mentions.overlap_f1}`);
  assert.equal(c.at, 0, 'the first difference is shown');
  await app.click('compare.next');
  await app.page.waitForFunction(() => Module.debugState().comparison.at === 1);
  await app.shot('41-compare-differences');

  // Merge from the comparison: two conflicts, in text order (Anna Petrova, then Volkhov).
  await app.click('compare.merge');
  await app.page.waitForFunction(() => Module.debugState().merge !== null && Module.debugState().probes['merge.b']);
  await app.frames(2);
  s = await app.state();
  assert.equal(s.merge.conflicts, 2);
  assert.match(s.merge.description, /Anna Petrova/);
  await app.shot('42-merge-conflict-1');
  await app.click('merge.b');  // take theirs: "Mayor Anna Petrova"
  await app.page.waitForFunction(() => Module.debugState().merge?.at === 1);
  s = await app.state();
  assert.match(s.merge.description, /Volkhov/);
  await app.click('merge.a');  // keep mine: Volkhov LOC; the last conflict settled applies the merge
  await app.page.waitForFunction(() => Module.debugState().merge === null);
  s = await app.state();
  assert.equal(s.annotator.undo_label, 'Merge bob.glossa.json');
  assert.match(s.annotator.status, /^Merged bob\.glossa\.json: .*2 conflicts settled \(1 theirs, 0 both kept\)/);
  let after = (await exportBundle(app)).bundle;
  const merged = after.mentions.map((m) => `${textOf(after, m)}/${m.type}`).sort();
  assert.deepEqual(merged, ['Mayor Anna Petrova/PERSON', 'Riverside City Council/ORG', 'Tuesday/DATE', 'Volkhov/LOC']);
  await app.shot('43-merged');
  // One undo step takes the whole merge back.
  await press(app, 'Control+z');
  after = (await exportBundle(app)).bundle;
  assert.deepEqual(after.mentions.map((m) => `${textOf(after, m)}/${m.type}`).sort(),
    ['Anna Petrova/PERSON', 'Riverside City Council/ORG', 'Volkhov/LOC']);

  // Replace: their annotations instead of mine, one undo step too.
  await drop();
  await importDialog(app);
  await app.click('import.replace');
  await app.page.waitForFunction(() => Module.debugState().annotator.undo_label === 'Replace with bob.glossa.json');
  after = (await exportBundle(app)).bundle;
  assert.deepEqual(after.mentions.map((m) => `${textOf(after, m)}/${m.type}`).sort(),
    ['Mayor Anna Petrova/PERSON', 'Tuesday/DATE', 'Volkhov/GPE']);
  await press(app, 'Control+z');
  assert.equal((await app.state()).annotator.counts.mentions, 3);

  // Open as a copy: a second document, the first untouched; Cancel changes nothing.
  await drop();
  await importDialog(app);
  await app.click('import.copy');
  await app.page.waitForFunction(() => Module.debugState().documents.length === 2);
  s = await app.state();
  assert.equal(s.current, 1);
  assert.equal(s.annotator.counts.mentions, 3);
  await drop();
  await importDialog(app);
  await app.click('import.cancel');
  await app.page.waitForFunction(() => Module.debugState().imports.length === 0);
  s = await app.state();
  assert.equal(s.documents.length, 2);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a colleague\'s file dropped with an unreadable one: one dialog at a time, each works; two drops in a row both open', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await markFound(app, 'Anna Petrova', '1');
  await markFound(app, 'Volkhov', '3');
  const { bundle } = await exportBundle(app);
  await dropFiles(app.page, [
    { name: 'bob.glossa.json', bytes: await colleagueFile(app, bundle) },
    { name: 'photo.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
  ]);
  await importDialog(app);
  let s = await app.state();
  assert.equal(s.dialog.title, 'Cannot open photo.txt', 'the refusal is queued behind the import');
  await app.shot('45-import-before-message');
  await app.click('import.cancel');
  await app.page.waitForFunction(() => Module.debugState().imports.length === 0);
  s = await app.state();
  assert.equal(s.annotator.counts.mentions, 2, 'cancelled: nothing changed');
  assert.equal(s.dialog.title, 'Cannot open photo.txt');
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => Module.debugState().dialog === null);

  // A second drop while the first is still being read: both open.
  await dropFiles(app.page, [{ name: 'first.txt', bytes: 'First note\n\nThe first of two.\n' }]);
  await dropFiles(app.page, [{ name: 'second.txt', bytes: 'Second note\n\nThe second of two.\n' }]);
  await app.page.waitForFunction(() => Module.debugState().documents.length === 3);
  s = await app.state();
  assert.deepEqual(s.documents.slice(1).map((d) => d.source), ['first.txt', 'second.txt']);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a brat .ann dropped with its .txt opens as one document with its annotations', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  const txt = 'Mayor Anna Petrova met the Volkhov council.\n';
  const ann = 'T1\tPerson 6 18\tAnna Petrova\nT2\tOrganization 27 42\tVolkhov council\nA1\tNegated T2\n';
  await dropFiles(app.page, [{ name: 'meeting.ann', bytes: ann }, { name: 'meeting.txt', bytes: txt }]);
  await app.page.waitForFunction(() => Module.debugState().documents.length === 2);
  const s = await app.state();
  assert.equal(s.documents[1].source, 'meeting.txt');
  assert.equal(s.current, 1);
  assert.equal(s.annotator.counts.mentions, 2);
  assert.equal(s.dialog, null);
  const { bundle } = await exportBundle(app);
  assert.deepEqual(bundle.mentions.map((m) => textOf(bundle, m)), ['Anna Petrova', 'Volkhov council']);
  assert.deepEqual(bundle.foreign, [{ format: 'brat', record: 'A1\tNegated T2' }], 'what the model does not hold is kept');

  // File > Export all documents: one file that opens back as every document with its annotations.
  await app.click('menu.File');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.click('menu.File.ExportAll')]);
  assert.equal(download.suggestedFilename(), 'glossa-documents.json');
  const all = fs.readFileSync(await download.path());
  await dropFiles(app.page, [{ name: 'glossa-documents.json', bytes: all }]);
  await app.page.waitForFunction(() => Module.debugState().documents.length === 4);
  const again = await app.state();
  assert.deepEqual(again.documents.map((d) => d.source), [s.documents[0].source, 'meeting.txt', s.documents[0].source, 'meeting.txt']);
  assert.equal(again.annotator.counts.mentions, 2, 'the last one opened is current, with its annotations');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('a large file: progress while it is read, its text read off the page, laid out a step a frame, kept on reload', async (t) => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  // About 24 MB of plain text.
  const paragraph = 'The council met again on Tuesday to discuss the flood barriers along the embankment. '.repeat(12) + '\n\n';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-large-')), 'large-report.txt');
  fs.writeFileSync(file, 'A large report\n\n' + paragraph.repeat(Math.ceil(24e6 / paragraph.length)) + 'The last line of the report.\n');
  const size = fs.statSync(file).size;
  // Every frame, what the app says about the file coming in and about the new document's layout.
  await app.page.evaluate(() => {
    window.seen = [];
    const watch = () => {
      const s = Module.debugState();
      const laid = s.documents.length === 2 && s.annotator && s.annotator.layout_progress === null && s.annotator.lines > 0;
      window.seen.push({ frame: Module._glossa_frame_count(), t: performance.now(), intake: s.intake,
        layout: s.documents.length === 2 && s.annotator ? s.annotator.layout_progress : undefined });
      if (!laid) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    Module.ccall('glossa_frame_times', 'number', ['number'], [1]);
  });
  const t0 = Date.now();
  await app.page.setInputFiles('#file-input', file);
  await app.page.waitForFunction(() => { const s = Module.debugState(); return s.documents.length === 2 && s.annotator.layout_progress === null && s.annotator.lines > 0; },
    null, { timeout: 180000 });
  const ms = Date.now() - t0;
  const seen = await app.page.evaluate(() => window.seen);
  const frames = (list) => new Set(list.map((x) => x.frame)).size;
  const reading = seen.filter((x) => x.intake && !x.intake.complete && !x.intake.reading_text && x.intake.reading === 'large-report.txt');
  assert.ok(reading.some((x) => x.intake.done > 0 && x.intake.done < x.intake.total && x.intake.total === size), 'progress part-way through was shown');
  assert.ok(frames(reading) >= 3, `frames drawn while reading: ${frames(reading)}`);
  // The text is decoded and split in the reading worker: the app keeps drawing meanwhile.
  const readingText = seen.filter((x) => x.intake && x.intake.reading_text);
  assert.ok(frames(readingText) >= 2, `frames drawn while the text was read off the page: ${frames(readingText)}`);
  assert.ok(seen.some((x) => x.intake && x.intake.complete), '"Opening…" was shown before the work that takes a frame');
  // Laid out a step a frame, its progress moving forward.
  const layout = seen.filter((x) => typeof x.layout === 'number');
  assert.ok(frames(layout) >= 3, `frames drawn while the text was laid out: ${frames(layout)}`);
  for (let i = 1; i < layout.length; i++) assert.ok(layout[i].layout >= layout[i - 1].layout, 'layout progress moves forward');
  await app.shot('44-large-file-open');
  const s = await app.state();
  assert.equal(s.article.title, 'A large report');
  assert.equal(s.dialog, null);
  assert.ok(s.article.code_points > 23e6, `${s.article.code_points} code points`);
  // The longest gap between two frames while reading, the longest frame, and the whole time to the text on screen.
  let gap = 0;
  for (let i = 1; i < seen.length; i++) gap = Math.max(gap, seen[i].t - seen[i - 1].t);
  const cpu = await app.page.evaluate(() => JSON.parse(Module.UTF8ToString(Module.ccall('glossa_frame_times', 'number', ['number'], [1]))));
  t.diagnostic(`${(size / 1e6).toFixed(1)} MB: ${frames(reading)} frames while reading, ${frames(readingText)} while its text was read, ` +
    `${frames(layout)} while laid out; longest gap between frames ${Math.round(gap)} ms, longest frames ${cpu.slice().sort((a, b) => b - a).slice(0, 3).map(Math.round).join(', ')} ms; on screen after ${ms} ms`);

  // An edit at the end of the text, then a reload: the article (kept apart from the workspace file) and
  // the edit come back.
  await markFound(app, 'The last line of the report', '1');
  assert.equal((await app.state()).annotator.counts.mentions, 1);
  await app.page.waitForFunction(() => !Module.debugState().storage.dirty && Module.debugState().storage.in_flight === 0, null, { timeout: 60000 });
  await app.page.reload();
  await app.page.waitForFunction(() => window.glossa && window.glossa.ready, null, { timeout: 120000 });
  await app.page.waitForFunction(() => { const s = Module.debugState(); return s.documents.length === 2 && s.annotator && s.annotator.lines > 0; }, null, { timeout: 120000 });
  const back = await app.state();
  assert.equal(back.documents[1].source, 'large-report.txt');
  assert.equal(back.article.code_points, s.article.code_points);
  assert.equal(back.annotator.counts.mentions, 1, 'the edit on the large article survived the reload');
  assert.equal(back.dialog, null);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('Ctrl+C copies the selected text, or the selected annotation, to the system clipboard', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shared.site.url });
  await dragOver(app, 'Anna Petrova');
  await app.page.keyboard.press('Control+c');
  await app.page.waitForFunction(() => /^Copied/.test(Module.debugState().annotator.status));
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), 'Anna Petrova');
  assert.equal((await app.state()).annotator.status, 'Copied 12 characters');
  // Marked and selected (the selection collapses to the mark): the annotation is copied.
  await app.page.keyboard.press('1');
  await app.page.waitForFunction(() => Module.debugState().annotator.counts.mentions === 1);
  await app.page.keyboard.press('Control+c');
  await app.page.waitForFunction(() => Module.debugState().annotator.status === 'Copied 23 characters');
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), '“Anna Petrova” — PERSON');
  assert.deepEqual(app.problems, []);
  await app.close();
});
