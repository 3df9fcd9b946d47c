// The core's worker: decodes and splits a large article file off the page's thread, with the core's own
// readers (glossa-read.js, a wasm module of the core alone), and hands back the result as bytes
// (core/article/article_binary.h) for the page's module to open; and suggests quotes and entities for a
// large article (core/suggest/suggestion_wire.h). Started by glossa-shell.js.
'use strict';

importScripts('glossa-read.js');

const ready = GlossaRead();

// Runs fn(ptr, length) on a copy of bytes in the module; its result (when fn says there is one) comes back
// as an ArrayBuffer, else null.
async function withBytes(bytes, fn) {
  const m = await ready;
  let ptr = m._malloc(Math.max(1, bytes.byteLength));
  if (!ptr) throw new Error('not enough memory');
  try {
    m.HEAPU8.set(new Uint8Array(bytes), ptr);
    if (!fn(m, ptr, bytes.byteLength)) return null;
  } finally {
    m._free(ptr);
    ptr = 0;
  }
  const at = m.ccall('glossa_result', 'number', [], []);
  const size = m.ccall('glossa_result_size', 'number', [], []);
  const result = m.HEAPU8.slice(at, at + size).buffer;
  m.ccall('glossa_result_free', null, [], []);
  return result;
}

// { name, bytes: ArrayBuffer } -> { article: false } for a file that is not an article (the page opens
// it), { article: true, result: ArrayBuffer };
// { suggest: ArrayBuffer (an article) } -> { suggestions: ArrayBuffer } (null when the bytes were no
// article);
// or { error } when it failed (the module is then unusable: the page ends this worker).
self.onmessage = async (e) => {
  try {
    if (e.data.suggest) {
      const suggestions = await withBytes(e.data.suggest, (m, ptr, n) => m.ccall('glossa_suggest', 'number', ['number', 'number'], [ptr, n]));
      self.postMessage({ suggestions }, suggestions ? [suggestions] : []);
      return;
    }
    const { name, bytes } = e.data;
    const result = await withBytes(bytes, (m, ptr, n) => m.ccall('glossa_read', 'number', ['string', 'number', 'number'], [name, ptr, n]));
    if (!result) self.postMessage({ article: false });
    else self.postMessage({ article: true, result }, [result]);
  } catch (err) {
    self.postMessage({ error: String((err && err.message) || err) });
  }
};
