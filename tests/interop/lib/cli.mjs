// Runs the native `glossa` command-line tool (built by ./build-wasm.sh native or test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const GLOSSA = process.env.GLOSSA_CLI ?? path.join(ROOT, 'build/native/src/cli/glossa');

export function glossa(...args) {
  if (!fs.existsSync(GLOSSA)) throw new Error(`${GLOSSA} is missing: build it with ./build-wasm.sh native`);
  const r = spawnSync(GLOSSA, args, { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Code point offsets (what Glossa's files count) of the n-th occurrence of s in text.
export function cpSpan(text, s, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" not found`);
  }
  const begin = Array.from(text.slice(0, at)).length;
  return { begin, end: begin + Array.from(s).length, text: s };
}
