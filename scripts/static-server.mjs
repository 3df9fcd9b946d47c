// A small static file server for the built site, bound to 127.0.0.1. Used by `./build-wasm.sh serve`
// and by the browser tests (which start it on a free port).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer(root, { port = 8080, host = '127.0.0.1', log = false } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(base, '.' + urlPath);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (log) console.log(`${req.method} ${req.url} ${err ? 404 : 200}`);
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

// `node scripts/static-server.mjs ROOT [PORT]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, port] = process.argv.slice(2);
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`static-server: ${root || '(no root)'} has no index.html; build the app first (./build-wasm.sh build)`);
    process.exit(1);
  }
  startServer(root, { port: Number(port || 8080) }).then((server) => {
    const { address, port: p } = server.address();
    console.log(`Glossa is being served at http://${address}:${p}/  (Ctrl+C to stop)`);
  }, (err) => {
    console.error(`static-server: cannot listen on 127.0.0.1:${port || 8080}: ${err.code || err.message}` +
      (err.code === 'EADDRINUSE' ? ' (choose another port with --port N)' : ''));
    process.exit(1);
  });
}
