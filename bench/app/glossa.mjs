// The app in headless Chromium: the fixture's two files dropped on the canvas, the time until the
// article's text is on screen and then one more frame drawn; then each frame's time (the app's own
// figure, glossa_frame_times) while scrolling and while dragging a selection, one step a frame, and the
// same gestures again under Chromium's tracing for the main thread's CPU time (measure.mjs).
import { openApp } from '../../tests/e2e/lib/app.mjs';
import { mean, quantile, stageFiles, traced, tracedTotal } from './measure.mjs';

const frameTimes = (page, reset) =>
  page.evaluate((r) => JSON.parse(Module.UTF8ToString(Module.ccall('glossa_frame_times', 'number', ['number'], [r]))), reset ? 1 : 0);

function stats(ms) {
  return { frames: ms.length, mean_ms: mean(ms), p99_ms: quantile(ms, 0.99), max_ms: Math.max(...ms) };
}

// The app's frame times over a gesture beside what the trace says of the same frames.
function gestureFigures(frameMs, trace) {
  const { frame_cpu_ms: cpu, ...rest } = trace;
  return { ...stats(frameMs), trace: { ...rest, frame_cpu: stats(cpu) } };
}

// The opening, in a page the app has just started in: the fixture's files staged, then dropped.
async function openFixture(page, fixture) {
  await stageFiles(page, fixture.files);
  const want = { mentions: fixture.made.mentions, entities: fixture.made.entities, quotes: fixture.made.quotes, notes: fixture.made.notes };
  // "Drop -> first frame": from the drop event to the first frame drawn after the app shows the article:
  // it is the current document, its layout has lines (Module.locate finds its title on screen; cheap,
  // polled every frame) and its annotations are all there (debugState, read once the text is there).
  const openTrace = await tracedTotal(page, () => page.evaluate(async ({ needle, want }) => {
    const raf = () => new Promise((r) => requestAnimationFrame(r));
    const canvas = document.getElementById('canvas');
    const dt = new DataTransfer();
    for (const f of window.__benchFiles) dt.items.add(f);
    Module.ccall('glossa_frame_times', 'number', ['number'], [1]);  // frame_ms[i] is then frame f0 + i
    const f0 = Module._glossa_frame_count();
    const t0 = performance.now();
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    let textAt = 0;
    for (;;) {
      await raf();
      if (performance.now() - t0 > 120000) throw new Error('the article was not on screen after 120 s');
      if (!Module.locate(needle)) continue;
      textAt = textAt || performance.now();
      const c = Module.debugState().annotator.counts;
      if (Object.keys(want).every((k) => c[k] === want[k])) break;
    }
    const ready = performance.now();
    const f = Module._glossa_frame_count();
    while (Module._glossa_frame_count() <= f) await raf();
    // Frames drawn before the article was ready, then the one after.
    return { ms: performance.now() - t0, text_ms: textAt - t0, annotations_ms: ready - t0, frames_before: f - f0 };
  }, { needle: fixture.title, want }));
  const open = { ...openTrace.result, main_cpu_ms: openTrace.main_cpu_ms, main_wall_ms: openTrace.main_wall_ms };
  const openFrames = (await frameTimes(page, true)).slice(0, open.frames_before + 1);
  open.frames = openFrames.length;
  open.frame_ms = openFrames;
  open.longest_frame_ms = Math.max(...openFrames);
  open.after_ms = openFrames[open.frames_before];
  return open;
}

// The opening alone, again, in a page of its own (bench/run.mjs repeats it: a shared machine's noise).
export async function measureOpen(browser, url, fixture) {
  const app = await openApp(browser, url, { probes: false });
  const open = await openFixture(app.page, fixture);
  const problems = [...app.problems];
  await app.close();
  if (problems.length) throw new Error(`the app reported problems: ${problems.join('; ')}`);
  return open;
}

export async function measureApp(browser, url, fixture, { scrollFrames, dragFrames }) {
  const app = await openApp(browser, url, { probes: false });
  const { page } = app;
  const open = await openFixture(page, fixture);

  // The workspace is saved a moment after the drop (a long frame of its own): let it finish first.
  await page.waitForFunction(() => { const s = Module.debugState().storage; return !s.dirty && !s.in_flight; }, null, { polling: 100, timeout: 120000 });
  await app.frames(5);

  // Where the text is: the title's first character, as the browser tests find words.
  const at = await page.evaluate((t) => Module.locate(t), fixture.title);
  const x = at.begin[0] + 120;
  const y = at.begin[1] + 260;

  // Each gesture twice: once for the app's own frame times, once under tracing (which slows the page).
  const scrollGesture = () => page.evaluate(async ({ n, x, y }) => {
    const raf = () => new Promise((r) => requestAnimationFrame(r));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    await raf();
    for (let i = 0; i < n; i++) {
      canvas.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: 100, deltaMode: 0, bubbles: true, cancelable: true }));
      await raf();
    }
    return n + 1;
  }, { n: scrollFrames, x, y });
  const dragGesture = () => page.evaluate(async ({ n, x, y }) => {
    const raf = () => new Promise((r) => requestAnimationFrame(r));
    const canvas = document.getElementById('canvas');
    const ev = (type, cx, cy) => canvas.dispatchEvent(new MouseEvent(type, { clientX: cx, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true }));
    ev('mousemove', x, y - 200);
    await raf();
    ev('mousedown', x, y - 200);
    await raf();
    for (let i = 0; i < n; i++) {
      ev('mousemove', x + (i % 40) * 6, y - 200 + i * 3);
      await raf();
    }
    ev('mouseup', x + 40, y - 200 + n * 3);
    await raf();
    return n + 3;
  }, { n: dragFrames, x, y });

  const before = (await app.state()).annotator.scroll_y;
  await frameTimes(page, true);
  await scrollGesture();
  const scrollMs = await frameTimes(page, true);
  const scrolledPx = (await app.state()).annotator.scroll_y - before;
  const scroll = gestureFigures(scrollMs, await traced(page, scrollGesture));
  scroll.scrolled_px = scrolledPx;

  await frameTimes(page, true);
  await dragGesture();
  const dragMs = await frameTimes(page, true);
  const sel = (await app.state()).annotator.selection;
  const drag = gestureFigures(dragMs, await traced(page, dragGesture));
  drag.selected_cp = sel[1] - sel[0];

  const problems = [...app.problems];
  await app.close();
  if (problems.length) throw new Error(`the app reported problems: ${problems.join('; ')}`);
  return { open, scroll, drag };
}
