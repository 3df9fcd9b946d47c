// What the browser benchmarks share: statistics, the page's main-thread time from Chromium's tracing
// (the same measure for the app and for its peer), and files handed to the page.

export const mean = (xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

// Runs a gesture (`gesture()`: a page.evaluate that takes one step each animation frame and returns the
// number of frames) under Chromium's tracing, and reports for the page's main thread (its renderer's
// CrRendererMain) per frame: the CPU time of its tasks (thread clock: script, style, layout, paint
// recording; neither waits nor time spent off the core count, so it holds on a shared machine), their
// wall time beside it, and the CPU time of each frame's animation-frame task (where the app's frame runs).
// The same measure for the app and for a DOM page.
export async function traced(page, gesture) {
  const { result: frames, wall, tasks, fires } = await traceMain(page, gesture);
  // Each frame's animation-frame callbacks run in one task: its CPU is that frame's.
  const frameCpu = [];
  for (const t of tasks) {
    const inside = fires.filter((f) => f.ts >= t.ts && f.ts <= t.ts + t.dur);
    if (inside.length) frameCpu.push(inside.reduce((s, f) => s + (f.tdur || 0), 0) / 1000);
  }
  const total = totals(tasks);
  return {
    frames,
    main_cpu_ms: total.main_cpu_ms / frames,
    main_wall_ms: total.main_wall_ms / frames,
    frame_cpu_ms: frameCpu,
    interval_ms: wall / frames,
  };
}

// The main thread's CPU and wall time in all while `fn` runs (opening a file), with fn's result.
export async function tracedTotal(page, fn) {
  const { result, tasks } = await traceMain(page, fn);
  return { result, ...totals(tasks) };
}

const totals = (tasks) => ({
  main_cpu_ms: tasks.reduce((s, t) => s + (t.tdur || 0), 0) / 1000,
  main_wall_ms: tasks.reduce((s, t) => s + (t.dur || 0), 0) / 1000,
});

// fn() under tracing: its result, its wall time, and the page's main-thread tasks and animation frames.
async function traceMain(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const t0 = Date.now();
  const result = await fn();
  const wall = Date.now() - t0;
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const key = (e) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map(key));
  // The page's renderer: the main thread that ran the most tasks.
  const count = new Map();
  for (const e of events) if (e.name === 'RunTask' && mains.has(key(e))) count.set(key(e), (count.get(key(e)) || 0) + 1);
  const main = [...count.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  if (!main) throw new Error('the trace has no main thread of the page');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && key(e) === main);
  const fires = events.filter((e) => e.ph === 'X' && e.name === 'FireAnimationFrame' && key(e) === main);
  return { result, wall, tasks, fires };
}

// Files handed to the page as a person's drop would hand them: File objects, made once before the clock
// starts (window.__benchFiles).
export async function stageFiles(page, files) {
  const payload = files.map(({ name, bytes }) => ({ name, data: Buffer.from(bytes).toString('base64') }));
  await page.evaluate((items) => {
    window.__benchFiles = items.map(({ name, data }) => new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
  }, payload);
}
