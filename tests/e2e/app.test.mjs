// The app as a person meets it: it loads, draws the sample article with real glyphs, follows the window,
// stays crisp on high-DPI screens, its menus work, and it opens files (or says why it cannot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openApp, ROOT, sharedSiteAndBrowser } from './lib/app.mjs';
import { regionStats } from './lib/png.mjs';

const shared = sharedSiteAndBrowser();

const fixture = (name) => path.join(ROOT, 'tests/e2e/fixtures', name);

test('loads with the sample article, draws it with real glyphs, no errors', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  const s = await app.state();
  assert.equal(s.documents.length, 1);
  assert.equal(s.article.title, 'Riverside council approves emergency flood barriers after record spring melt');
  assert.equal(s.article.paragraphs, 8);
  assert.equal(s.article.missing_glyphs, 0, 'every character of the article has a glyph in the font');
  assert.equal(s.fonts.error, '');

  const img = await app.shot('01-sample-article-dpr1');
  // The canvas covers the window and is not blank: text (ink) in the reading column, a menu bar.
  const column = regionStats(img, img.width * 0.2, 60, img.width * 0.8, img.height - 60);
  assert.ok(column.inkShare > 0.03, `reading column has text pixels (ink share ${column.inkShare.toFixed(3)})`);
  assert.ok(column.distinct > 50, `antialiased glyphs give many colours (${column.distinct})`);
  assert.ok(column.luminance > 200, 'light theme: a light page');
  const menu = regionStats(img, 0, 0, img.width, s.probes['menu.File'][3]);
  assert.ok(menu.inkShare > 0.005, 'menu bar has its labels drawn');
  const status = regionStats(img, 0, img.height - 20, img.width, img.height);
  assert.ok(status.inkShare > 0.005, 'status bar has text');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('crisp at devicePixelRatio 2: the drawing buffer and the font atlas use device pixels', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url, { width: 1000, height: 700, scale: 2 });
  const s = await app.state();
  const canvas = await app.page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(canvas.cssW, 1000);
  assert.equal(canvas.w, 2000, 'drawing buffer is 2x the CSS width');
  assert.equal(canvas.h, 1400);
  assert.equal(s.display.width, 1000, 'the UI lays out in CSS pixels');
  assert.equal(s.display.framebuffer_scale, 2);
  assert.equal(s.fonts.pixel_ratio, 2, 'glyphs are rasterized at 2x');
  assert.equal(s.article.missing_glyphs, 0);
  const img = await app.shot('02-sample-article-dpr2');
  assert.equal(img.width, 2000);
  const column = regionStats(img, img.width * 0.2, 120, img.width * 0.8, img.height - 120);
  assert.ok(column.inkShare > 0.03, `text drawn at 2x (ink share ${column.inkShare.toFixed(3)})`);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('the canvas follows window resizes', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url, { width: 1280, height: 800 });
  for (const [w, h] of [[800, 600], [1440, 900]]) {
    await app.page.setViewportSize({ width: w, height: h });
    await app.page.waitForFunction(([ww, hh]) => {
      const s = Module.debugState();
      return s.display.width === ww && s.display.height === hh;
    }, [w, h], { timeout: 20000 });
    await app.frames(2);
    const c = await app.page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(c, [w, h]);
    const img = await app.shot(`03-resized-${w}x${h}`);
    // The status bar is drawn at the new bottom edge.
    const status = regionStats(img, 0, h - 20, w, h);
    assert.ok(status.inkShare > 0.005, `status bar at the bottom of ${w}x${h}`);
  }
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('View menu switches to the dark theme', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.click('menu.View');
  await app.shot('04-view-menu-open');
  await app.click('menu.View.Dark');
  const s = await app.state();
  assert.equal(s.theme, 'dark');
  const img = await app.shot('05-dark-theme');
  const column = regionStats(img, img.width * 0.2, 60, img.width * 0.8, img.height - 60);
  assert.ok(column.luminance < 60, `dark page (luminance ${column.luminance})`);
  assert.ok(column.inkShare > 0.03, 'text still visible on the dark page');
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('File > Open reads an article; a file that cannot be read shows a dialog naming it', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.click('menu.File');
  const chooser = app.page.waitForEvent('filechooser');
  await app.click('menu.File.Open');
  await (await chooser).setFiles(fixture('cyrillic-article.txt'));
  await app.page.waitForFunction(() => Module.debugState().documents.length === 2);
  await app.frames(2);
  let s = await app.state();
  assert.equal(s.current, 1);
  assert.equal(s.article.title, 'Заголовок статьи');
  assert.equal(s.article.paragraphs, 2);
  assert.equal(s.article.missing_glyphs, 0);
  await app.shot('06-opened-cyrillic-article');

  await app.page.setInputFiles('#file-input', fixture('invalid-utf8.txt'));
  await app.page.waitForFunction(() => Module.debugState().dialog !== null);
  await app.frames(2);
  s = await app.state();
  assert.equal(s.dialog.title, 'Cannot open invalid-utf8.txt');
  assert.match(s.dialog.body, /invalid-utf8\.txt: not valid UTF-8 \(first bad byte at offset 14, line 3\)/);
  assert.equal(s.documents.length, 2, 'nothing was added, nothing was lost');
  await app.shot('07-cannot-open-dialog');
  await app.page.keyboard.press('Enter');
  await app.frames(3);
  assert.equal((await app.state()).dialog, null, 'Enter dismisses the dialog');
  assert.deepEqual(app.problems, []);
  await app.close();
});
