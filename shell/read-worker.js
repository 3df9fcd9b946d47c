// The reading worker: decodes and splits a large article file off the page's thread, with the core's own
// readers (glossa-read.js, a wasm module of the core alone), and hands back the result as bytes
// (core/article/article_binary.h) for the page's module to open. Started by glossa-shell.js.
'use strict';

importScripts('glossa-read.js');

const ready = GlossaRead();

// { name, bytes: ArrayBuffer } -> { article: false } for a file that is not an article (the page opens
// it), { article: true, result: ArrayBuffer }, or { error } when reading failed (the module is then
// unusable: the page ends this worker).
self.onmessage = async (e) => {
  const { name, bytes } = e.data;
  let ptr = 0;
  let m = null;
  try {
    m = await ready;
    ptr = m._malloc(Math.max(1, bytes.byteLength));
    if (!ptr) throw new Error('not enough memory');
    m.HEAPU8.set(new Uint8Array(bytes), ptr);
    const isArticle = m.ccall('glossa_read', 'number', ['string', 'number', 'number'], [name, ptr, bytes.byteLength]);
    m._free(ptr);
    ptr = 0;
    if (!isArticle) {
      self.postMessage({ article: false });
      return;
    }
    const at = m.ccall('glossa_result', 'number', [], []);
    const size = m.ccall('glossa_result_size', 'number', [], []);
    const result = m.HEAPU8.slice(at, at + size).buffer;
    m.ccall('glossa_result_free', null, [], []);
    self.postMessage({ article: true, result }, [result]);
  } catch (err) {
    self.postMessage({ error: String((err && err.message) || err) });
  }
};
