// Download size of the web app: each file the page loads, raw and gzip (level 9, as a server would
// send it compressed), grouped into the app's code (wasm + JS), the page (HTML, CSS, service worker)
// and the preloaded data (fonts and sample articles in glossa.data).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const GROUPS = [
  // The reading worker (glossa-read.*, the core alone, loaded for a large file) is the app's code too.
  ['code', /^(glossa\.wasm|glossa\.js|glossa-shell\.js|glossa-read\.wasm|glossa-read\.js|read-worker\.js)$/],
  ['data', /^glossa\.data$/],
  ['page', /./],
];

export function siteSizes(siteDir, fontFiles) {
  const files = fs.readdirSync(siteDir).filter((f) => fs.statSync(path.join(siteDir, f)).isFile()).sort();
  const rows = files.map((name) => {
    const bytes = fs.readFileSync(path.join(siteDir, name));
    return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, group: GROUPS.find(([, re]) => re.test(name))[0] };
  });
  const sum = (group) => rows.filter((r) => !group || r.group === group).reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  // The fonts inside glossa.data, raw and gzip, to tell them from the rest of the data.
  const fonts = fontFiles.filter((f) => fs.existsSync(f)).reduce((s, f) => {
    const b = fs.readFileSync(f);
    return { raw: s.raw + b.length, gzip: s.gzip + zlib.gzipSync(b, { level: 9 }).length };
  }, { raw: 0, gzip: 0 });
  return { rows, code: sum('code'), data: sum('data'), page: sum('page'), total: sum(null), fonts };
}
