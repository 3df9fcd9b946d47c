// Makes the single-file build, dist/glossa.html: the shell's page with its CSS, its JS glue, the icon and
// the Emscripten output (built with SINGLE_FILE, the wasm and the embedded fonts and samples inside it)
// all inline, so the one file opens from file:// with nothing else next to it. Run by the build
// (glossa_single_html in src/platform/web/CMakeLists.txt):
//
//   node scripts/inline-single-file.mjs SHELL_DIR ICON GLUE_JS OUT_HTML
//
// Each piece of shell/index.html it replaces must be found exactly once: when the page changes shape,
// the build fails here instead of shipping a page that still points at files that are not there.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [shellDir, iconFile, glueFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node scripts/inline-single-file.mjs SHELL_DIR ICON GLUE_JS OUT_HTML');
  process.exit(2);
}

const read = (file) => fs.readFileSync(file, 'utf8');
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Inline script text must not end the element early or open an HTML comment; both only occur inside
// string literals in the glue, where the escaped forms mean the same.
const scriptText = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const styleText = (css) => {
  if (/<\/style/i.test(css)) throw new Error('the CSS contains "</style"');
  return css;
};

let html = read(path.join(shellDir, 'index.html'));

// Replaces the one match of `pattern`; a function replacement, so `$` in inlined code stays as it is.
function replaceOnce(pattern, make, what) {
  const found = html.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')) || [];
  if (found.length !== 1) throw new Error(`index.html: expected one ${what}, found ${found.length}`);
  html = html.replace(pattern, () => make());
}

const css = styleText(read(path.join(shellDir, 'glossa.css')));
const shellJs = scriptText(read(path.join(shellDir, 'glossa-shell.js')));
const glueJs = scriptText(read(glueFile));
const icon = fs.readFileSync(iconFile).toString('base64');

replaceOnce(/<link rel="stylesheet" href="glossa\.css">/, () => `<style>${css}</style>`, 'stylesheet link');
replaceOnce(/<link rel="icon" href="icon\.svg" type="image\/svg\+xml">/,
  () => `<link rel="icon" href="data:image/svg+xml;base64,${icon}" type="image/svg+xml">`, 'icon link');
replaceOnce(/<script src="glossa-shell\.js"><\/script>/, () => `<script>${shellJs}</script>`, 'shell script');
replaceOnce(/<script src="glossa\.js"><\/script>/, () => `<script>${glueJs}</script>`, 'app script');
// The shell registers no service worker in this page (there is no sw.js next to it, wherever it is).
replaceOnce(/<html lang="en">/, () => '<html lang="en" data-glossa-single-file>', 'html element');

// The policy of this page. Everything is inline, and a page opened from file:// has no origin whose files
// 'self' could allow, so the inline script and style are allowed by their SHA-256 hashes: exactly these
// two scripts and this style run, nothing injected does ('unsafe-inline' would allow any inline code).
// 'wasm-unsafe-eval' compiles the wasm. connect-src data: because Emscripten 3.1.6's loader fetch()es
// the wasm's own data: URL before decoding it by hand; a data: URL is in the page, not on any network.
const policy = [
  "default-src 'none'",
  `script-src ${sha256(shellJs)} ${sha256(glueJs)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src blob: data:',
  'connect-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
replaceOnce(/<!-- Nothing leaves the machine[^>]*-->\s*<meta http-equiv="Content-Security-Policy"\s+content="[^"]*">/,
  () => '<!-- The single-file build: everything is inline, allowed by hash (scripts/inline-single-file.mjs). -->\n' +
    `  <meta http-equiv="Content-Security-Policy" content="${policy}">`, 'Content-Security-Policy');

// Nothing may still point at a file next to the page.
const outside = html.match(/\b(?:src|href)="(?!data:)[^"]*"/g);
if (outside) throw new Error(`the single file still refers to ${outside.join(', ')}`);

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, html);
console.log(`inline-single-file: ${outFile} (${(fs.statSync(outFile).size / 1e6).toFixed(1)} MB)`);
