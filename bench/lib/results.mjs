// bench/RESULTS.md holds sections written by different commands: this one's ("## Speed and size", by
// bench/run.mjs) and "## Fuzzing" (tests/fuzz/run.sh). Each rewrites only its own section: from its
// "## " heading to the next "## " heading.
import fs from 'node:fs';

const TITLE = '# Glossa benchmark results\n\n';

// Replaces the section that starts with `heading` ("## Speed and size"), or puts it before the first
// other section (so the benchmarks come first) when the file has none yet. body starts with the heading.
export function writeSection(file, heading, body) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : TITLE;
  const lines = old.split('\n');
  const out = [];
  let skip = false;
  let done = false;
  const section = body.replace(/\n*$/, '\n');
  for (const line of lines) {
    if (line.trim() === heading) {
      skip = true;
      if (!done) { out.push(section); done = true; }
      continue;
    }
    if (skip && line.startsWith('## ')) skip = false;
    if (!skip && !done && line.startsWith('## ')) { out.push(section); done = true; }
    if (!skip) out.push(line);
  }
  if (!done) {
    while (out.length && out[out.length - 1] === '') out.pop();
    out.push('', section);
  }
  const text = out.join('\n');
  fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}
