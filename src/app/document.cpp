#include "app/document.h"

namespace glossa::app {

namespace {
std::uint64_t next_serial = 1;
}

Document::Document(article::Article a)
    : article(std::move(a)), set(article.id, article.text.code_points()), editor(set), serial(next_serial++) {}

const annotate::SpanIndex& Document::spans() {
  if (index_version != editor.version()) {
    index.build(set);
    index_version = editor.version();
  }
  return index;
}

}  // namespace glossa::app
