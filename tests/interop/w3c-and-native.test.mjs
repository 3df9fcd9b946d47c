// Glossa's own format and its W3C Web Annotation export, checked the way other tools would check them:
// the native file against docs/glossa.schema.json, the W3C export against the W3C test suite's schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { loadSuite, SUITE } from './lib/w3c-suite.mjs';
import { ROOT, glossa } from './lib/cli.mjs';
import { annotatedBundle } from './lib/annotated.mjs';

const suite = loadSuite();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-interop-'));
const nativeSchema = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/glossa.schema.json'), 'utf8')));

test('the W3C suite harness passes its correct samples and fails its incorrect ones', (t) => {
  const dir = (k) => path.join(SUITE, 'tools/samples', k);
  // Two samples use "Composite" and "List", terms of a draft that the final model (and the suite's schemas)
  // dropped.
  const drafty = (f) => /"type": *"(Composite|List|Independents)"/.test(fs.readFileSync(path.join(dir('correct'), f), 'utf8'));
  const correct = fs.readdirSync(dir('correct')).filter((f) => f.startsWith('anno') && !drafty(f));
  assert.ok(correct.length >= 10);
  for (const f of correct) {
    const failures = suite.check('annotations/annotationMusts.test', JSON.parse(fs.readFileSync(path.join(dir('correct'), f), 'utf8')));
    assert.deepEqual(failures, [], f);
  }
  let failed = 0;
  const incorrect = fs.readdirSync(dir('incorrect'));
  for (const f of incorrect) {
    let object;
    try {
      object = JSON.parse(fs.readFileSync(path.join(dir('incorrect'), f), 'utf8'));
    } catch {
      failed++;  // not even JSON
      continue;
    }
    if (suite.check('annotations/annotationMusts.test', object).length) failed++;
  }
  t.diagnostic(`W3C samples: ${correct.length} correct pass; ${failed} of ${incorrect.length} incorrect fail the MUST assertions`);
  assert.equal(failed, incorrect.length, 'every incorrect sample fails');
});

test('a bundle and an annotations-only file validate against docs/glossa.schema.json and with glossa validate', () => {
  const { file } = annotatedBundle(tmp);
  const v = glossa('validate', file);
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /valid bundle file for article [0-9a-f]{16}: 5 mentions, 1 entity, 2 quotes, 2 notes/);
  // What Glossa writes back is what the schema describes.
  const again = glossa('convert', file, '--to', 'bundle');
  assert.equal(again.status, 0, again.stderr);
  assert.ok(nativeSchema(JSON.parse(again.stdout)), JSON.stringify(nativeSchema.errors));
  const only = glossa('convert', file, '--to', 'glossa');
  assert.equal(only.status, 0, only.stderr);
  const o = JSON.parse(only.stdout);
  assert.ok(nativeSchema(o), JSON.stringify(nativeSchema.errors));
  assert.equal(o.kind, 'annotations');
  assert.equal(o.article.text, undefined);
  assert.equal(o.mentions.find((m) => m.id === 'm4').text, 'Набережная улица');
  assert.ok(o.mentions.every((m) => typeof m.prefix === 'string' && typeof m.suffix === 'string'));
  // The schema is not a rubber stamp.
  assert.equal(nativeSchema({ ...o, kind: 'everything' }), false);
  assert.equal(nativeSchema({ ...o, quotes: [{ ...o.quotes[0], kind: 'shouted' }] }), false);
});

test('the W3C export passes every MUST assertion of the W3C test suite, collection and annotations', (t) => {
  const { file } = annotatedBundle(tmp);
  const r = glossa('convert', file, '--to', 'w3c');
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.deepEqual(suite.check('collections/collectionMusts.test', c), []);
  const items = c.first.items;
  assert.equal(items.length, 5 + 2 + 2);
  for (const a of items) assert.deepEqual(suite.check('annotations/annotationMusts.test', a), [], JSON.stringify(a));
  t.diagnostic(`${items.length} annotations x ${suite.assertionCount('annotations/annotationMusts.test')} MUST assertions passed`);
  // Positions count code points: the Cyrillic street is 16 code points, whatever its UTF-8 or UTF-16 size.
  const street = items.find((a) => a.target.selector?.[0]?.exact === 'Набережная улица');
  const pos = street.target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.equal(pos.end - pos.start, 16);
});

test('W3C round trip through the command line keeps every annotation', () => {
  const { file, bundle } = annotatedBundle(tmp);
  const w3c = path.join(tmp, 'riverside.jsonld');
  assert.equal(glossa('convert', file, '--to', 'w3c', '-o', w3c).status, 0);
  const back = glossa('convert', w3c, '--article', file, '--to', 'glossa');
  assert.equal(back.status, 0, back.stderr);
  const o = JSON.parse(back.stdout);
  const key = (m) => `${m.begin}-${m.end}-${m.type ?? m.kind}`;
  assert.deepEqual(o.mentions.map(key).sort(), bundle.mentions.map(key).sort());
  assert.deepEqual(o.quotes.map(key).sort(), bundle.quotes.map(key).sort());
  const q1 = o.quotes.find((q) => q.kind === 'direct');
  assert.equal(o.mentions.find((m) => m.id === q1.speaker).text, 'the mayor');
  assert.equal(q1.cue.text, 'said');
  assert.equal(o.entities.length, 1);
  assert.equal(o.entities[0].name, 'Anna Petrova');
  assert.equal(o.notes.length, 2);
});
