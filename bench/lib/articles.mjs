// Articles made up for the benchmarks from real news text in ../shared/corpus (PolNeAR, GUM news, the
// seed article): paragraphs drawn at random, with a seeded generator, so every run and every machine gets
// the same bytes. The text stays real (names, quotes, cues), so the suggestion rules have their usual work.
import fs from 'node:fs';
import path from 'node:path';

// mulberry32: small, fast, and the same sequence everywhere.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const blocks = (text) => text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);

// GUM's XML has a token a line (word, then tags) inside <p>/<head>: joined back into text, no space
// before closing punctuation or after an opening one.
function gumText(xml) {
  const out = [];
  let words = [];
  const flush = () => { if (words.length) out.push(words.join(' ').replace(/ ([,.;:!?%)\]}”’]|n't|'s|'re|'ve|'ll|'d|'m)/g, '$1').replace(/([(\[{“‘$]) /g, '$1')); words = []; };
  for (const line of xml.split('\n')) {
    if (/^<\/(p|head|item)>/.test(line)) { flush(); continue; }
    if (line.startsWith('<')) continue;
    const w = line.split('\t')[0];
    if (w) words.push(w);
  }
  flush();
  return out;
}

// Titles and paragraphs of every source, sorted by name so the pool does not depend on the file system.
export function loadPool(corpusDir) {
  const titles = [];
  const paragraphs = [];
  const files = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort().map((f) => path.join(dir, f)) : []);
  for (const split of ['train', 'dev'])
    for (const f of files(path.join(corpusDir, 'polnear/data', split, 'text'))) {
      const [title, ...body] = blocks(fs.readFileSync(f, 'utf8'));
      if (title && title.length < 200) titles.push(title);
      paragraphs.push(...body.filter((p) => p.length > 40));
    }
  for (const f of files(path.join(corpusDir, 'gum-news/xml'))) {
    const xml = fs.readFileSync(f, 'utf8');
    const t = /title="([^"]+)"/.exec(xml);
    if (t) titles.push(t[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
    paragraphs.push(...gumText(xml).filter((p) => p.length > 40));
  }
  for (const f of files(path.join(corpusDir, 'seed')).filter((f) => f.endsWith('.txt'))) {
    const body = blocks(fs.readFileSync(f, 'utf8'));
    paragraphs.push(...body.filter((p) => p.length > 80 && !/^(Posted|Published|Modified|Updated) /.test(p)));
  }
  if (!paragraphs.length) throw new Error(`no article text found in ${corpusDir}`);
  return { titles, paragraphs };
}

const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

// One article of about `bytes` UTF-8 bytes: { title, date, paragraphs }.
export function makeArticle(r, pool, bytes) {
  const title = pick(r, pool.titles);
  const paragraphs = [];
  let size = Buffer.byteLength(title);
  while (size < bytes) {
    const p = pick(r, pool.paragraphs);
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  const day = 1 + Math.floor(r() * 28);
  const month = Math.floor(r() * 12);
  const year = 2015 + Math.floor(r() * 10);
  const time = `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
  return { title, paragraphs, day, month, year, time };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const iso = (a) => `${a.year}-${String(a.month + 1).padStart(2, '0')}-${String(a.day).padStart(2, '0')}T${a.time}`;

// The article as a plain text file in the scraped style the project was made for (header lines, the
// title twice, a date line), as Markdown, or as a saved HTML page.
export function asText(a) {
  const date = `${a.day} ${MONTHS_RU[a.month]} ${a.year},, ${a.time}`;
  return [`Posted ${date}`, `Published ${date}`, a.title, a.title, `${a.day} ${MONTHS_RU[a.month]} ${a.year}, ${a.time}\n${a.paragraphs[0]}`,
    ...a.paragraphs.slice(1)].join('\n\n') + '\n';
}
export const asMarkdown = (a) => `# ${a.title}\n\n${a.paragraphs.join('\n\n')}\n`;
export const asHtml = (a) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(a.title)}</title>` +
  `<meta property="article:published_time" content="${iso(a)}"></head>\n<body><nav><a href="/">Home</a></nav>\n<article><h1>${esc(a.title)}</h1>\n` +
  a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n') + '\n</article><footer>© News</footer></body></html>\n';
export const asJsonRecord = (a) => JSON.stringify({ title: a.title, date: iso(a), url: `https://news.example/${a.year}/${a.day}`, text: a.paragraphs.join('\n\n') });

// A corpus of about `totalBytes` in dir: plain text files mostly, some Markdown, HTML and JSON Lines (20
// articles a file), articles of 2-30 KB. Writes dir/list.txt (the files, one a line) and returns
// { files, bytes, articles, byFormat }. Kept when it already holds the same seed and size.
export function writeCorpus(dir, pool, { totalBytes, seed }) {
  const stamp = path.join(dir, 'corpus.json');
  const want = { seed, totalBytes, version: 1 };
  if (fs.existsSync(stamp)) {
    const had = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    if (JSON.stringify(had.want) === JSON.stringify(want)) return had.info;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const list = [];
  const byFormat = { text: 0, markdown: 0, html: 0, jsonl: 0 };
  let bytes = 0;
  let articles = 0;
  let jsonl = [];
  const write = (name, content, format, n) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    list.push(file);
    const b = Buffer.byteLength(content);
    bytes += b;
    byFormat[format] += b;
    articles += n;
  };
  for (let i = 0; bytes < totalBytes; i++) {
    const a = makeArticle(r, pool, 2000 + Math.floor(r() * r() * 28000));
    const kind = r();
    const name = `a${String(i).padStart(5, '0')}`;
    if (kind < 0.7) write(`${name}.txt`, asText(a), 'text', 1);
    else if (kind < 0.8) write(`${name}.md`, asMarkdown(a), 'markdown', 1);
    else if (kind < 0.9) write(`${name}.html`, asHtml(a), 'html', 1);
    else {
      jsonl.push(asJsonRecord(a));
      if (jsonl.length === 20) { write(`${name}.jsonl`, jsonl.join('\n') + '\n', 'jsonl', 20); jsonl = []; }
    }
  }
  if (jsonl.length) write('last.jsonl', jsonl.join('\n') + '\n', 'jsonl', jsonl.length);
  fs.writeFileSync(path.join(dir, 'list.txt'), list.join('\n') + '\n');
  const info = { files: list.length, bytes, articles, byFormat };
  fs.writeFileSync(stamp, JSON.stringify({ want, info }));
  return info;
}
