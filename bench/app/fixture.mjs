// The browser benchmarks' article: about 1 MB of text made from the corpus (bench/lib/articles.mjs) with
// 10,000 annotations made by core_bench (bench/core/synthetic.cpp), as two files to drop on the app (the
// article and its Glossa annotations file, matched by the article's id), and the same spans in the
// peer's own annotation model (UTF-16 offsets into the text, the entity and notes as bodies).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { asText, makeArticle, rng } from '../lib/articles.mjs';

export function makeFixture({ dir, pool, coreBench, bytes = 1_000_000, annotations = 10_000, seed = 2026 }) {
  fs.mkdirSync(dir, { recursive: true });
  const articleFile = path.join(dir, 'bench-article.txt');
  const article = asText(makeArticle(rng(seed), pool, bytes));
  fs.writeFileSync(articleFile, article);
  const made = JSON.parse(execFileSync(coreBench, ['annotate', articleFile, String(annotations), dir], { encoding: 'utf8' }));
  const bundle = JSON.parse(fs.readFileSync(made.bundle_file, 'utf8'));
  return {
    made,
    title: bundle.article.title,
    text: bundle.article.text,
    files: [
      { name: path.basename(articleFile), bytes: fs.readFileSync(articleFile) },
      { name: path.basename(made.annotations_file), bytes: fs.readFileSync(made.annotations_file) },
    ],
    peer: peerAnnotations(bundle),
  };
}

// Glossa's mentions and quotes as the peer's annotations ({id, bodies, target: {annotation, selector:
// [{quote, start, end}]}}, offsets in UTF-16 units of the text, as the DOM counts them).
function peerAnnotations(bundle) {
  const text = bundle.article.text;
  const u16 = [];  // code point -> UTF-16 offset
  let at = 0;
  for (const ch of text) { u16.push(at); at += ch.length; }
  u16.push(at);
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const notes = new Map();
  for (const n of bundle.notes) if (n.target) notes.set(n.target, [...(notes.get(n.target) || []), n]);
  const one = (a, tag) => {
    const bodies = [{ id: `${a.id}-tag`, annotation: a.id, purpose: 'tagging', value: tag }];
    if (a.entity && entities.has(a.entity)) bodies.push({ id: `${a.id}-entity`, annotation: a.id, purpose: 'identifying', value: entities.get(a.entity).name });
    for (const n of notes.get(a.id) || []) bodies.push({ id: n.id, annotation: a.id, purpose: 'commenting', value: n.text });
    const start = u16[a.begin];
    const end = u16[a.end];
    return { id: a.id, bodies, target: { annotation: a.id, selector: [{ quote: text.slice(start, end), start, end }] } };
  };
  return [...bundle.mentions.map((m) => one(m, m.type)), ...bundle.quotes.map((q) => one(q, `${q.kind} quote`))];
}
