// Two annotators, one article: glossa merge and glossa agree through the command line, on files a team
// would exchange (a bundle from one, a W3C export from the other).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glossa, cpSpan } from './lib/cli.mjs';
import { annotatedBundle } from './lib/annotated.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-compare-'));

// b differs from a in known ways: "Riverside City Council" is GPE (not ORG), the indirect quote is said by
// the mayor (not Sokolov), Sokolov's mention is shorter ("Dmitry Sokolov"), and b adds a DATE.
function twoAnnotators() {
  const a = annotatedBundle(tmp, () => {}, 'ann');
  const b = annotatedBundle(tmp, (bundle, t) => {
    bundle.mentions.find((m) => m.id === 'm5').type = 'GPE';
    Object.assign(bundle.mentions.find((m) => m.id === 'm3'), cpSpan(t, 'Dmitry Sokolov'));
    bundle.quotes.find((q) => q.id === 'q2').speaker = 'm1';
    bundle.mentions.push({ id: 'm6', ...cpSpan(t, 'Monday night'), type: 'DATE', entity: null, origin: 'manual' });
  }, 'bob');
  const bW3c = path.join(tmp, 'bob.jsonld');
  assert.equal(glossa('convert', b.file, '--to', 'w3c', '-o', bW3c).status, 0);
  return { a: a.file, b: bW3c };
}

test('glossa agree: per-type scores, kappa and speaker agreement, as a table and as JSON', () => {
  const { a, b } = twoAnnotators();
  const table = glossa('agree', a, b);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /PERSON/);
  assert.match(table.stdout, /kappa/i);
  const r = glossa('agree', a, b, '--json');
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  const row = (type) => j.mentions.types.find((t) => t.type === type);
  // PERSON: 3 in each; 2 exact (Sokolov's boundary differs), 3 by overlap.
  assert.equal(row('PERSON').a, 3);
  assert.equal(row('PERSON').b, 3);
  assert.equal(row('PERSON').exact.matched, 2);
  assert.equal(row('PERSON').overlap.matched, 3);
  // ORG: a has one, b none (b called it GPE).
  assert.equal(row('ORG').a, 1);
  assert.equal(row('ORG').b, 0);
  assert.equal(row('ORG').exact.recall, 0);
  assert.equal(j.mentions.all.a, 5);
  assert.equal(j.mentions.all.b, 6);
  assert.equal(j.mentions.all.exact.matched, 3);
  // Both quotes found; one speaker agrees (the mayor), one does not.
  assert.equal(j.quotes.all.exact.matched, 2);
  assert.equal(j.speakers.compared, 2);
  assert.equal(j.speakers.agreed, 1);
  assert.ok(j.kappa.tokens.kappa > 0.5 && j.kappa.tokens.kappa < 1, String(j.kappa.tokens.kappa));
  assert.equal(j.kappa.in_quote.kappa, 1);
});

test('glossa merge: the union, duplicates once, every conflict listed with how it was settled', () => {
  const { a, b } = twoAnnotators();
  const out = path.join(tmp, 'merged.glossa.json');
  const r = glossa('merge', a, b, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /3 conflicts:/);
  assert.match(r.stdout, /ORG in a .* GPE in b/);
  assert.match(r.stdout, /speaker/);
  const m = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.equal(m.kind, 'bundle');
  // a's 5 mentions (conflicts settled with a's version) + b's DATE; the two quotes once each.
  assert.equal(m.mentions.length, 6);
  assert.ok(m.mentions.some((x) => x.type === 'DATE' && x.text === 'Monday night'));
  assert.equal(m.mentions.find((x) => x.text === 'Riverside City Council').type, 'ORG');
  assert.equal(m.quotes.length, 2);
  assert.equal(glossa('validate', out).status, 0);

  const both = path.join(tmp, 'merged-both.glossa.json');
  assert.equal(glossa('merge', a, b, '-o', both, '--prefer', 'both').status, 0);
  const mb = JSON.parse(fs.readFileSync(both, 'utf8'));
  assert.equal(mb.mentions.filter((x) => x.text === 'Riverside City Council').length, 2);

  // Files of two different articles are refused, with the reason.
  const other = path.join(tmp, 'other.glossa.json');
  fs.writeFileSync(other, glossa('convert', path.join(path.dirname(out), 'ann.glossa.json'), '--to', 'bundle').stdout
    .replace('"text": "Riverside', '"text": "Lakeside'));
  const refused = glossa('merge', a, other, '-o', path.join(tmp, 'no.glossa.json'));
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /other\.glossa\.json/);
});
