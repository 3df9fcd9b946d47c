// Glue between the page and the C++ app: start-up, file picker, drag and drop. No framework.
// Text from files never goes into the DOM: bytes go straight into the wasm heap.
'use strict';

window.glossa = { ready: false };

const loading = document.getElementById('loading');
const fileInput = document.getElementById('file-input');
const canvas = document.getElementById('canvas');

function showFailure(message) {
  loading.textContent = 'Glossa could not start: ' + message;
  loading.className = 'failed';
}

// Copies the bytes into the wasm heap and lets C++ read them (no copy of the text in JS strings).
async function openFiles(files) {
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const ptr = Module._malloc(Math.max(1, bytes.length));
    if (!ptr) { console.warn('glossa: not enough memory for ' + file.name); continue; }
    Module.HEAPU8.set(bytes, ptr);
    Module.ccall('glossa_open_bytes', 'number', ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
    Module._free(ptr);
  }
}

var Module = {
  canvas: canvas,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  // Called from C++ once the first frames are on screen.
  glossaReady: () => {
    loading.className = 'hidden';
    window.glossa.ready = true;
    window.dispatchEvent(new Event('glossa-ready'));
  },
  glossaOpenFileDialog: () => fileInput.click(),
  // A file made by the app, saved through the browser's download.
  glossaDownload: (name, bytes, mime) => {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
  onAbort: (what) => showFailure(String(what)),
  debugState: () => JSON.parse(Module.UTF8ToString(Module._glossa_debug_state())),
  locate: (text, nth = 0) => JSON.parse(Module.UTF8ToString(Module.ccall('glossa_locate', 'number', ['string', 'number'], [text, nth]))),
};

fileInput.addEventListener('change', async () => {
  const files = Array.from(fileInput.files);
  fileInput.value = '';
  await openFiles(files);
});

// SDL2's Emscripten port delivers no drop events: handle them here.
canvas.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
canvas.addEventListener('drop', (e) => {
  e.preventDefault();
  if (e.dataTransfer && e.dataTransfer.files.length) openFiles(Array.from(e.dataTransfer.files));
});
canvas.addEventListener('contextmenu', (e) => e.preventDefault());
// The app's shortcuts are its own: the browser must not save the page, open its find bar or zoom.
window.addEventListener('keydown', (e) => {
  const mod = e.ctrlKey || e.metaKey;
  if ((mod && ['s', 'o', 'f', 'z', 'y', '=', '+', '-', '0'].includes(e.key.toLowerCase())) || e.key === 'F1') e.preventDefault();
}, { capture: true });

// Closing or leaving the page: the last edits are written now, not a moment later.
const saveNow = () => { if (window.glossa.ready) Module._glossa_save_now(); };
window.addEventListener('beforeunload', saveNow);
window.addEventListener('pagehide', saveNow);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' && window.glossa.ready) Module._glossa_save_now();
});

window.addEventListener('error', (e) => { if (!window.glossa.ready) showFailure(e.message); });

// Offline: a service worker (sw.js) keeps the app's files, so it starts with no network. Only over http(s):
// the single-file build (opened from file://, or served as one file) has everything inline already.
// Registered once the app is up, so the app's own first requests come first.
function registerOfflineCache() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  if (document.documentElement.hasAttribute('data-glossa-single-file')) return;
  navigator.serviceWorker.register('sw.js').catch((e) => console.warn('glossa: no offline cache: ' + e.message));
}
window.addEventListener('glossa-ready', registerOfflineCache, { once: true });
