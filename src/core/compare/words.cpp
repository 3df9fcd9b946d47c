#include "core/compare/words.h"

#include "core/article/tokenize.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::compare {

std::vector<article::Span> words(const text::IndexedText& text) {
  std::vector<article::Span> out;
  for (const article::Span& t : article::tokenize(text, {0, text.code_points()})) {
    const std::string_view s = text.slice(t.begin, t.end);
    std::size_t i = 0;
    const char32_t c = text::decode_utf8(s, i);
    if (text::is_alnum(c) || (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489)) out.push_back(t);
  }
  return out;
}

}  // namespace glossa::compare
