#include "app/document.h"

namespace glossa::app {

Document::Document(article::Article a)
    : article(std::move(a)), set(article.id, article.text.code_points()), editor(set) {}

const annotate::SpanIndex& Document::spans() {
  if (index_version != editor.version()) {
    index.build(set);
    index_version = editor.version();
  }
  return index;
}

}  // namespace glossa::app
