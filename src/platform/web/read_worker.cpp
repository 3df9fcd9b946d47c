// The reading worker's own wasm module (core only: no SDL, no ImGui): it reads a large article file off
// the page's thread (shell/read-worker.js runs it in a Web Worker) and hands back the result in the
// binary form of core/article/article_binary.h, which the page's module turns back into articles.
#include <emscripten.h>

#include <string>
#include <string_view>

#include "core/article/article_binary.h"
#include "core/article/reader.h"
#include "core/formats/registry.h"

namespace {
std::string g_result;
}

extern "C" {

// 1 when the file is an article and was read (the result is waiting), 0 when it is some other kind of file
// (an annotation file, a bundle), which the page opens itself.
EMSCRIPTEN_KEEPALIVE int glossa_read(const char* name, const char* data, double len) {
  const std::string_view bytes(data, static_cast<std::size_t>(len));
  if (glossa::formats::detect_file_kind(name, bytes) != "article") return 0;
  g_result = glossa::article::to_binary(glossa::article::read_article_file(bytes, name));
  return 1;
}
EMSCRIPTEN_KEEPALIVE const char* glossa_result() { return g_result.data(); }
EMSCRIPTEN_KEEPALIVE double glossa_result_size() { return static_cast<double>(g_result.size()); }
EMSCRIPTEN_KEEPALIVE void glossa_result_free() { std::string().swap(g_result); }
}
