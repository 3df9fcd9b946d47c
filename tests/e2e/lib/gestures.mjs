// A person's hands on the app: drag over a text, press keys, save with Ctrl+S. The same gestures as
// annotate.test.mjs, for the tests of other files (each waits on the app's frames, never on a timer).
import assert from 'node:assert/strict';
import fs from 'node:fs';

// Presses, drags and releases over a text on screen, a frame apart, as a hand would. Returns its code points.
export async function dragOver(app, text, nth = 0) {
  const at = await app.page.evaluate(([t, n]) => Module.locate(t, n), [text, nth]);
  assert.ok(at, `"${text}" is on screen`);
  await app.page.mouse.move(at.begin[0], at.begin[1]);
  await app.frames(1);
  await app.page.mouse.down();
  await app.frames(1);
  await app.page.mouse.move((at.begin[0] + at.end[0]) / 2, (at.begin[1] + at.end[1]) / 2, { steps: 3 });
  await app.frames(1);
  await app.page.mouse.move(at.end[0], at.end[1], { steps: 3 });
  await app.frames(1);
  await app.page.mouse.up();
  await app.frames(2);
  return at.cp;
}

// Marks a text found with Ctrl+F as the type of key (1 PERSON, 2 ORG, 3 LOC, 4 GPE, ...).
export async function markFound(app, text, key) {
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

// Drops files on the canvas the way a browser does: a drop event carrying a DataTransfer of Files.
// files: [{ name, bytes (Buffer or string) }].
export async function dropFiles(page, files) {
  const payload = files.map(({ name, bytes }) => ({ name, data: Buffer.from(bytes).toString('base64') }));
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const { name, data } of items) {
      const bin = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bin], name));
    }
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

export async function press(app, combo) {
  await app.page.keyboard.press(combo);
  await app.frames(2);
}

// Ctrl+S saves the document as a Glossa bundle through the browser's download; returns the download's
// URL (a blob: URL made by the page) and the bundle's JSON.
export async function exportBundle(app) {
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Control+s')]);
  const file = await download.path();
  assert.match(download.suggestedFilename(), /\.glossa\.json$/);
  return { url: download.url(), bundle: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

// The text of an annotation in an exported bundle (offsets are code points).
export const textOf = (bundle, a) => Array.from(bundle.article.text).slice(a.begin, a.end).join('');
