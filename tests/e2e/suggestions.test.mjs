// Suggestions as a person uses them: Ctrl+G proposes quotes with their speakers and entities, drawn dashed
// in the text and listed by kind; Enter accepts the one shown, X rejects it, "Accept all" takes a kind in
// one undo step; accepted suggestions are ordinary annotations with origin "suggested".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, sharedSiteAndBrowser } from './lib/app.mjs';
import { exportBundle, markFound, textOf } from './lib/gestures.mjs';

const shared = sharedSiteAndBrowser();

test('Ctrl+G suggests; Enter accepts, X rejects, Accept all is one undo step', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.page.keyboard.press('Control+g');
  await app.page.waitForFunction(() => Module.debugState().suggestions !== null);
  let s = await app.state();
  assert.equal(s.panels.sidebar_tab, 3, 'the Suggestions tab is shown');
  assert.ok((s.suggestions.open.quote || 0) >= 2, `quotes suggested: ${JSON.stringify(s.suggestions.open)}`);
  assert.ok((s.suggestions.open.PERSON || 0) >= 2, `persons suggested: ${JSON.stringify(s.suggestions.open)}`);
  assert.ok(s.suggestions.current, 'the first suggestion is shown');
  await app.frames(2);
  await app.shot('50-suggestions');

  // Step to the first quote and accept it with Enter: a quote (and its speaker) with origin "suggested".
  for (let i = 0; i < 40 && (await app.state()).suggestions.current.kind !== 'quote'; i++) {
    const before = (await app.state()).suggestions.current.span[0];
    await app.page.keyboard.press('g');
    await app.page.waitForFunction((b) => Module.debugState().suggestions.current.span[0] !== b, before);
  }
  s = await app.state();
  assert.equal(s.suggestions.current.kind, 'quote');
  const quoteText = s.suggestions.current.text;
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => Module.debugState().annotator.counts.quotes === 1);
  s = await app.state();
  assert.equal(s.annotator.undo_label, 'Accept suggested quote');
  let { bundle } = await exportBundle(app);
  assert.equal(bundle.quotes.length, 1);
  assert.equal(bundle.quotes[0].origin, 'suggested');
  assert.equal(textOf(bundle, bundle.quotes[0]).slice(0, 20), quoteText.slice(0, 20));

  // X rejects the one shown: it leaves the list, nothing is marked.
  const shown = (await app.state()).suggestions.current;
  const counts = (await app.state()).annotator.counts;
  await app.page.keyboard.press('x');
  await app.page.waitForFunction((sp) => {
    const c = Module.debugState().suggestions.current;
    return !c || c.span[0] !== sp[0] || c.span[1] !== sp[1];
  }, shown.span);
  assert.deepEqual((await app.state()).annotator.counts, counts);
  assert.match((await app.state()).annotator.status, /^Rejected /);

  // Accept all persons: one undo step.
  s = await app.state();
  const persons = s.suggestions.open.PERSON;
  const mentionsBefore = s.annotator.counts.mentions;
  await app.click('suggestions.accept_all.PERSON');
  await app.page.waitForFunction(() => !Module.debugState().suggestions.open.PERSON);
  s = await app.state();
  assert.ok(s.annotator.counts.mentions >= mentionsBefore + persons - 1, 'the persons became mentions');
  assert.equal(s.annotator.undo_label, 'Accept all suggested PERSON');
  ({ bundle } = await exportBundle(app));
  assert.ok(bundle.mentions.filter((m) => m.origin === 'suggested').length >= persons);
  await app.shot('51-suggestions-accepted');
  await app.page.keyboard.press('Control+z');
  await app.page.waitForFunction((n) => Module.debugState().annotator.counts.mentions === n, mentionsBefore);
  assert.ok((await app.state()).suggestions.open.PERSON >= persons - 1, 'undone: the persons are suggestions again');

  // A text marked by hand: its other occurrences follow, suggested with the person's type.
  assert.ok(!(await app.state()).suggestions.open.GPE);
  await markFound(app, 'Riverside', '4');
  // The title's "Riverside" is marked; the other, in "Riverside City Council", is suggested.
  await app.page.waitForFunction(() => Module.debugState().suggestions.open.GPE === 1);
  assert.deepEqual(app.problems, []);
  await app.close();
});

test('rejected suggestions stay rejected after a reload, and the suggestions are shown again', async () => {
  const app = await openApp(shared.chrome.browser, shared.site.url);
  await app.page.keyboard.press('Control+g');
  await app.page.waitForFunction(() => Module.debugState().suggestions !== null);
  // Step to a person and reject it with X.
  for (let i = 0; i < 60 && (await app.state()).suggestions.current.kind !== 'PERSON'; i++) {
    const before = (await app.state()).suggestions.current.span[0];
    await app.page.keyboard.press('g');
    await app.page.waitForFunction((b) => Module.debugState().suggestions.current.span[0] !== b, before);
  }
  const shown = (await app.state()).suggestions.current;
  assert.equal(shown.kind, 'PERSON');
  const savesBefore = (await app.state()).storage.saves;
  await app.page.keyboard.press('x');
  await app.page.waitForFunction((t) => Module.debugState().suggestions.rejected.some((r) => r.text === t), shown.text);
  const before = await app.state();
  const openBefore = before.suggestions.open;
  // A rejection is a change the workspace saves, like an edit.
  await app.page.waitForFunction((n) => {
    const st = Module.debugState().storage;
    return st.saves > n && !st.dirty && st.in_flight === 0;
  }, savesBefore);

  await app.reload();
  await app.page.waitForFunction(() => Module.debugState().suggestions !== null);
  let s = await app.state();
  assert.ok(s.suggestions.rejected.some((r) => r.kind === 'PERSON' && r.text === shown.text), `still rejected: ${JSON.stringify(s.suggestions.rejected)}`);
  assert.deepEqual(s.suggestions.open, openBefore, 'the same suggestions are open as before the reload');
  assert.deepEqual(s.annotator.counts, before.annotator.counts);
  await app.frames(2);
  await app.shot('52-suggestions-after-reload');

  // Suggesting again keeps the rejection too.
  await app.page.keyboard.press('Control+g');
  await app.frames(3);
  s = await app.state();
  assert.ok(s.suggestions.rejected.some((r) => r.text === shown.text));
  assert.deepEqual(s.suggestions.open, openBefore);
  assert.deepEqual(app.problems, []);
  await app.close();
});
