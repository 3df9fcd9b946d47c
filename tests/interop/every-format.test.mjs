// Every format glossa writes, from one annotated article; those it also reads come back unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glossa } from './lib/cli.mjs';
import { annotatedBundle } from './lib/annotated.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-formats-'));

test('each format is written; each readable one reads back to the same annotations (glossa agree: full agreement)', () => {
  const { file } = annotatedBundle(tmp);
  const help = glossa('convert', '--help');
  for (const [format, readable] of [['bundle', 1], ['glossa', 1], ['w3c', 1], ['brat', 1], ['label-studio', 1],
                                     ['conll', 0], ['spacy', 0], ['csv', 0]]) {
    assert.match(help.stdout, new RegExp(format));
    const out = path.join(tmp, `out-${format}.${format === 'brat' ? 'ann' : 'x'}`);
    const r = glossa('convert', file, '--to', format, '-o', out);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.ok(fs.statSync(out).size > 0, format);
    if (!readable) continue;
    const g = glossa('agree', file, out, '--article', file, '--json');
    assert.equal(g.status, 0, `${format}: ${g.stderr}`);
    const j = JSON.parse(g.stdout);
    assert.equal(j.mentions.all.exact.f1, 1, format);
    assert.equal(j.quotes.all.exact.f1, 1, format);
    assert.equal(j.speakers.agreed, 2, format);
    assert.equal(j.kappa.tokens.kappa, 1, format);
  }
  // The CoNLL file tags the Cyrillic street as a location, token by token.
  const conll = fs.readFileSync(path.join(tmp, 'out-conll.x'), 'utf8');
  assert.match(conll, /^Набережная\tB-LOC\nулица\tI-LOC$/m);
  const csv = fs.readFileSync(path.join(tmp, 'out-csv.x'), 'utf8').split('\r\n');
  assert.equal(csv[0], 'quote_id,text,kind,speaker,speaker_entity,cue,begin,end,speaker_begin,speaker_end,cue_begin,cue_end');
  assert.equal(csv.length, 4);  // header, two quotes, the empty string after the last line end
});
