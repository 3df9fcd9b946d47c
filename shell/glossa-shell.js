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

// Files chosen or dropped together go to the app as one batch (so a brat .ann finds its .txt), each read a
// piece at a time straight into the wasm heap: the app shows progress and the page stays alive on a
// large file. The text never becomes a JS string. Files that arrive before the app is up wait for it.
const waitingFiles = [];
let intake = Promise.resolve();

function openFiles(files) {
  if (!files.length) return intake;
  if (!window.glossa.ready) {
    waitingFiles.push(...files);
    return intake;
  }
  intake = intake.then(() => readBatch(files)).catch((e) => console.warn('glossa: ' + e));
  return intake;
}

async function readBatch(files) {
  Module.ccall('glossa_intake_begin', null, ['number'], [files.length]);
  const limit = Module.ccall('glossa_intake_limit', 'number', [], []);
  // A brat .ann opens with the .txt of its name, from that file's own bytes.
  const withAnn = files.some((f) => /\.ann$/i.test(f.name));
  const early = readAhead(files, limit);
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      if (file.size > limit) {
        Module.ccall('glossa_intake_failed', null, ['string', 'string'],
          [file.name, 'the file is too large (' + megabytes(file.size) + '; Glossa reads up to ' + megabytes(limit) + ')']);
        continue;
      }
      try {
        if (file.size >= WORKER_MIN && canUseWorker()) await readLarge(file, i, withAnn && /\.txt$/i.test(file.name), early[i]);
        else await readSmall(file, i, early[i]);
      } catch (e) {
        Module.ccall('glossa_intake_failed', null, ['string', 'string'], [file.name, 'it could not be read (' + (e.message || e) + ')']);
      }
    }
  } finally {
    endWorker();
  }
  Module.ccall('glossa_intake_end', null, [], []);
}

// The files of a batch that are read whole are asked for at once (up to READ_AHEAD bytes in all): the
// browser reads them side by side, so an article and its annotations arrive in the time of the larger.
const READ_AHEAD = 32 << 20;
function readAhead(files, limit) {
  const early = [];
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    const size = files[i].size;
    if (size > READ_WHOLE || size > limit || bytes + size > READ_AHEAD) continue;
    bytes += size;
    early[i] = files[i].arrayBuffer();
    early[i].catch(() => {});  // a failure is reported where the file is read
  }
  return early;
}

function megabytes(n) { return (n / (1024 * 1024)).toFixed(1) + ' MB'; }

// A small file goes straight into the wasm heap; the app reads it when the batch opens.
async function readSmall(file, index, early) {
  let ptr = 0;
  try {
    ptr = Module._malloc(Math.max(1, file.size));
    if (!ptr) throw new Error('not enough memory for ' + megabytes(file.size));
    await readPieces(file, index, (piece, at) => Module.HEAPU8.set(piece, ptr + at), early);  // HEAPU8 may have grown
    Module.ccall('glossa_intake_add', null, ['string', 'number', 'number'], [file.name, ptr, file.size]);
  } finally {
    if (ptr) Module._free(ptr);
  }
}

// A large file is read into the page's memory, then an article's text is decoded and split in the reading
// worker (about 35 ms per MB that would otherwise stop the page); the app gets the result. A file that is
// not an article (an annotation file) goes in from the page's own copy of its bytes, as a small one does.
async function readLarge(file, index, keepBytes, early) {
  const bytes = new Uint8Array(file.size);
  await readPieces(file, index, (piece, at) => bytes.set(piece, at), early);
  if (!mayBeArticle(file.name, bytes)) {
    addBytes(file.name, bytes, null);  // an annotation file: nothing for the worker to do
    return;
  }
  Module.ccall('glossa_intake_reading_text', null, ['string'], [file.name]);
  let answer;
  try {
    answer = await askWorker(file.name, bytes);
  } catch (e) {
    if (!e.workerUnavailable) throw e;
    // No worker here (it could not start): the app reads the file itself, as it does a small one.
    console.warn('glossa: reading ' + file.name + ' on the page: ' + e.message);
    answer = { article: false };
  }
  if (!answer.article) addBytes(file.name, bytes, null);
  else addBytes(file.name, keepBytes ? bytes : null, new Uint8Array(answer.result));
}

// What the app makes of a file's first 4 KB: false when it is surely not an article.
function mayBeArticle(name, bytes) {
  const head = bytes.subarray(0, 4096);
  const ptr = Module._malloc(Math.max(1, head.length));
  if (!ptr) return true;  // the worker decides
  try {
    Module.HEAPU8.set(head, ptr);
    return Module.ccall('glossa_may_be_article', 'number', ['string', 'number', 'number'], [name, ptr, head.length]) !== 0;
  } finally {
    Module._free(ptr);
  }
}

// Hands a file to the app: its raw bytes, or the worker's result (with the raw bytes when they are kept).
function addBytes(name, raw, read) {
  const rawPtr = raw && raw.length ? Module._malloc(raw.length) : 0;
  const readPtr = read ? Module._malloc(Math.max(1, read.length)) : 0;
  try {
    if ((raw && raw.length && !rawPtr) || (read && !readPtr)) throw new Error('not enough memory');
    if (rawPtr) Module.HEAPU8.set(raw, rawPtr);
    if (!read) {
      Module.ccall('glossa_intake_add', null, ['string', 'number', 'number'], [name, rawPtr, raw ? raw.length : 0]);
      return;
    }
    Module.HEAPU8.set(read, readPtr);
    const ok = Module.ccall('glossa_intake_add_read', 'number', ['string', 'number', 'number', 'number', 'number'],
      [name, rawPtr, rawPtr ? raw.length : 0, readPtr, read.length]);
    if (!ok) throw new Error('the reading worker gave back a result the app cannot read');
  } finally {
    if (rawPtr) Module._free(rawPtr);
    if (readPtr) Module._free(readPtr);
  }
}

// A piece at a time, letting the app draw a frame (its progress) whenever 25 ms have gone by since the
// last: small files go in with no wait, large ones show their progress (not after the last piece: the
// file is in). A hidden page draws no frames: it reads on without waiting for one. `early` is the whole
// file's read, when readAhead asked for it.
const READ_PIECE = 1 << 20;
const READ_WHOLE = 8 << 20;
const FRAME_EVERY_MS = 25;
const nextFrame = () => new Promise((resolve) => {
  if (document.visibilityState === 'visible') requestAnimationFrame(() => resolve());
  else setTimeout(resolve, 0);
});

async function readPieces(file, index, put, early) {
  const size = file.size;
  const progress = (at) => Module.ccall('glossa_intake_progress', null, ['string', 'number', 'number', 'number'], [file.name, index, at, size]);
  progress(0);
  let shown = performance.now();
  for (let at = 0; at < size;) {
    // A file of up to 8 MB is read in one go: each read is a round trip to the browser, and the progress of
    // such a file would only flash by.
    const end = size <= READ_WHOLE ? size : Math.min(size, at + READ_PIECE);
    const piece = new Uint8Array(await (early && end === size ? early : file.slice(at, end).arrayBuffer()));
    if (!piece.length || (early && piece.length !== size)) throw new Error('the file changed while it was read');
    put(piece, at);
    at += piece.length;
    progress(at);
    if (at < size && performance.now() - shown >= FRAME_EVERY_MS) {
      await nextFrame();
      shown = performance.now();
    }
  }
}

// The reading worker (read-worker.js), started for a batch with a large file and ended with the batch, so
// the memory it grew to read the file goes back. Not in the single-file build, which has no files beside
// it to start a worker from: there the app reads on the page, as it does small files.
// Below this an article is read on the page, in one frame (about 35 ms per MB): quicker than starting the
// worker, which takes a few hundred milliseconds before it reads anything.
const WORKER_MIN = 2 * 1024 * 1024;
let worker = null;

function canUseWorker() {
  return typeof Worker === 'function' && !document.documentElement.hasAttribute('data-glossa-single-file');
}

function endWorker() {
  if (worker) worker.terminate();
  worker = null;
}

// The worker gets a copy of the bytes (the page keeps its own, for a file that is not an article or a
// worker that cannot start); the result comes back handed over, not copied.
function askWorker(name, bytes) {
  return new Promise((resolve, reject) => {
    const unavailable = (message) => Object.assign(new Error(message), { workerUnavailable: true });
    try {
      if (!worker) worker = new Worker('read-worker.js');
    } catch (e) {
      reject(unavailable('the reading worker could not start (' + (e.message || e) + ')'));
      return;
    }
    worker.onmessage = (e) => {
      if (!e.data.error) {
        resolve(e.data);
        return;
      }
      endWorker();  // a module that failed (out of memory, say) is not used again
      reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      endWorker();
      reject(unavailable('the reading worker failed (' + (e.message || 'it did not load') + ')'));
    };
    worker.postMessage({ name, bytes: bytes.buffer });
  });
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
    if (waitingFiles.length) openFiles(waitingFiles.splice(0));
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
  openFiles(files);
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
  if ((mod && ['s', 'o', 'f', 'g', 'z', 'y', '=', '+', '-', '0'].includes(e.key.toLowerCase())) || e.key === 'F1') e.preventDefault();
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
