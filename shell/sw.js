// The service worker: keeps the app's own files in a cache so Glossa starts and works with no network.
// Registered by glossa-shell.js when the page is served over http(s). Cache-first for the app's files;
// anything else passes through untouched (the app asks for nothing else).
//
// The cache is named after the build: build-stamp.js (written by the build next to this file) sets
// self.GLOSSA_BUILD to a hash of the site's files. A new build changes that script, so the browser installs
// this worker again, which fills a new cache and deletes the old ones when it takes over.
'use strict';

importScripts('build-stamp.js');

const CACHE_PREFIX = 'glossa-';
const CACHE = CACHE_PREFIX + self.GLOSSA_BUILD;
// Relative to this script, so the app works from any folder of a web server.
const APP_FILES = ['./', 'index.html', 'glossa.js', 'glossa.wasm', 'glossa.data', 'glossa.css',
  'glossa-shell.js', 'icon.svg', 'read-worker.js', 'glossa-read.js', 'glossa-read.wasm'];
const APP_URLS = new Set(APP_FILES.map((f) => new URL(f, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache: the files must be the ones of this build.
    await cache.addAll(APP_FILES.map((f) => new Request(f, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (!APP_URLS.has(url.href)) return;
  // Only this build's cache (caches.open could create it again after a newer worker deleted it).
  event.respondWith((async () => (await caches.match(url.href, { cacheName: CACHE })) || fetch(request))());
});
