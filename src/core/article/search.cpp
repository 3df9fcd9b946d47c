#include "core/article/search.h"

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

bool combining_mark(char32_t c) { return (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489); }

// text::fold_case through a table for Latin, Greek and Cyrillic (the bulk of the articles).
constexpr char32_t kFoldTable = 0x530;
char32_t fold(char32_t c) {
  static const std::vector<char32_t> table = [] {
    std::vector<char32_t> t(kFoldTable);
    for (char32_t k = 0; k < kFoldTable; ++k) t[k] = text::fold_case(k);
    return t;
  }();
  return c < kFoldTable ? table[c] : text::fold_case(c);
}

}  // namespace

std::vector<Span> find_all(const text::IndexedText& text, const std::string& needle, const SearchOptions& o) {
  std::vector<Span> out;
  const bool match_case = o.match_case;
  const auto fold_if = [match_case](char32_t c) { return match_case ? c : fold(c); };

  std::vector<char32_t> pat;
  for (std::size_t i = 0; i < needle.size();) {
    if (text::utf8_sequence_length(needle, i) == 0) {
      ++i;
      continue;
    }
    pat.push_back(fold_if(text::decode_utf8(needle, i)));
  }
  const std::size_t m = pat.size();
  if (m == 0 || m > text.code_points()) return out;

  std::vector<char32_t> hay;
  hay.reserve(text.code_points());
  const std::string_view bytes = text.view();
  if (text.ascii()) {
    for (const char ch : bytes) hay.push_back(fold_if(static_cast<unsigned char>(ch)));
  } else {
    for (std::size_t i = 0; i < bytes.size();) hay.push_back(fold_if(text::decode_utf8(bytes, i)));
  }
  const std::size_t n = hay.size();

  // Knuth-Morris-Pratt failure function.
  std::vector<std::size_t> fail(m, 0);
  for (std::size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
    if (pat[i] == pat[k]) ++k;
    fail[i] = k;
  }
  const auto word_char = [&hay, n](std::size_t i) { return i < n && text::is_alnum(hay[i]); };
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    while (k > 0 && hay[i] != pat[k]) k = fail[k - 1];
    if (hay[i] == pat[k]) ++k;
    if (k < m) continue;
    const std::size_t b = i + 1 - m, e = i + 1;
    const bool ok = !o.whole_word ||
                    ((b == 0 || !word_char(b - 1)) && !word_char(e) && !(e < n && combining_mark(hay[e])));
    if (ok) {
      out.push_back(Span{b, e});
      k = 0;  // non-overlapping: resume after the match
    } else {
      k = fail[k - 1];  // a rejected match may overlap the next candidate
    }
  }
  return out;
}

}  // namespace glossa::article
