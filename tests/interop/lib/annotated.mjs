// The project's sample article, annotated as a person would, written as a Glossa bundle through the CLI.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, glossa, cpSpan } from './cli.mjs';

const SAMPLE = path.join(ROOT, 'web/samples/riverside-flood-council-2023-03-14.txt');

// The sample article as a bundle, annotated the way a person would: entities grouped, a direct quote with
// its speaker and cue, an indirect one, notes on an annotation and on a span, Cyrillic text marked.
export function annotatedBundle(dir, edit = (b, t) => {}, name = 'riverside') {
  const r = glossa('convert', SAMPLE, '--to', 'bundle');
  assert.equal(r.status, 0, r.stderr);
  const b = JSON.parse(r.stdout);
  const t = b.article.text;
  const prov = { author: 'ann', created: '2026-11-25T10:00:00Z', origin: 'manual' };
  b.entities.push({ id: 'e1', name: 'Anna Petrova', type: 'PERSON', ...prov });
  b.mentions.push(
    { id: 'm1', ...cpSpan(t, 'Mayor Anna Petrova'), type: 'PERSON', entity: 'e1', ...prov },
    { id: 'm2', ...cpSpan(t, 'the mayor'), type: 'PERSON', entity: 'e1', ...prov },
    { id: 'm3', ...cpSpan(t, 'Colonel Dmitry Sokolov'), type: 'PERSON', entity: null, ...prov },
    { id: 'm4', ...cpSpan(t, 'Набережная улица'), type: 'LOC', entity: null, ...prov },
    { id: 'm5', ...cpSpan(t, 'Riverside City Council'), type: 'ORG', entity: null, ...prov });
  b.quotes.push(
    { id: 'q1', ...cpSpan(t, '“We cannot wait for the next forecast — the water is already at the steps of the library,”'),
      kind: 'direct', cue: cpSpan(t, 'said', 1), speaker: 'm2', ...prov },
    { id: 'q2', ...cpSpan(t, 'that the river had risen by 1.8 metres in four days'), kind: 'indirect', cue: null, speaker: 'm3', ...prov });
  b.notes.push(
    { id: 'n1', target: 'q1', span: null, text: 'Speaker is the mayor — “the mayor” = Petrova', ...prov },
    { id: 'n2', target: null, span: cpSpan(t, 'Заречный переулок'), text: 'street name kept in Russian', ...prov });
  edit(b, t);
  const file = path.join(dir, `${name}.glossa.json`);
  fs.writeFileSync(file, JSON.stringify(b, null, 1));
  return { file, bundle: b };
}

