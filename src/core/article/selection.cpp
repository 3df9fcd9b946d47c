#include "core/article/selection.h"

#include <algorithm>
#include <limits>

#include "core/article/tokenize.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

constexpr std::size_t kNpos = std::numeric_limits<std::size_t>::max();

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// A token that starts with one of these is punctuation (or a symbol), not a word: the punctuation classes
// of tokenize.cpp.
bool punctuation_like(char32_t c) {
  if (c < 0x80) return !(text::is_alnum(c) || c == '_');
  if (text::is_quote(c) || text::is_dash(c)) return true;
  if (in(c, 0xA1, 0xBF)) return !(c == 0xAA || c == 0xB5 || c == 0xBA || in(c, 0xB2, 0xB3) || c == 0xB9 || in(c, 0xBC, 0xBE));
  if (c == 0xD7 || c == 0xF7) return true;
  return in(c, 0x2010, 0x206F) || in(c, 0x20A0, 0x20CF) || in(c, 0x2100, 0x214F) || in(c, 0x2190, 0x22FF) ||
         in(c, 0x2400, 0x25FF) || in(c, 0x27C0, 0x2AFF) || in(c, 0x2E00, 0x2E7F) || in(c, 0x3000, 0x303F) ||
         in(c, 0xFE10, 0xFE1F) || in(c, 0xFE30, 0xFE6F) || in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20) ||
         in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65);
}

inline std::size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// The line around [b, e]: from after the last '\n' before b to the first '\n' at or after e (or the text's ends).
Span line_around(const text::IndexedText& t, std::size_t b, std::size_t e) {
  const std::string_view v = t.view();
  const std::size_t bb = t.byte_of(b), eb = t.byte_of(e);
  const std::size_t nl0 = bb == 0 ? std::string_view::npos : v.rfind('\n', bb - 1);
  const std::size_t nl1 = v.find('\n', eb);
  const std::size_t lb = nl0 == std::string_view::npos ? 0 : t.cp_of_byte(nl0 + 1);
  const std::size_t le = nl1 == std::string_view::npos ? t.code_points() : t.cp_of_byte(nl1);
  return Span{lb, le};
}

// The last span with begin <= cp that holds cp or ends at it (spans sorted by begin).
const Span* holding(const std::vector<Span>& spans, std::size_t cp) {
  const auto it = std::upper_bound(spans.begin(), spans.end(), cp, [](std::size_t v, const Span& s) { return v < s.begin; });
  if (it == spans.begin()) return nullptr;
  const Span& s = *(it - 1);
  return (s.end > s.begin && cp <= s.end) ? &s : nullptr;
}

}  // namespace

void WordIndex::build(const Article& a) { build(a, Span{0, a.text.code_points()}); }

void WordIndex::build(const Article& a, Span range) {
  const text::IndexedText& t = a.text;
  length_ = t.code_points();
  if (range.end < range.begin) std::swap(range.begin, range.end);
  range.begin = std::min(range.begin, length_);
  range.end = std::min(range.end, length_);
  range_ = (range.begin == 0 && range.end == length_) ? range : line_around(t, range.begin, range.end);
  tokens_ = tokenize(t, range_);
  word_.assign(tokens_.size(), 0);
  newlines_.clear();

  // One walk over the bytes of the range: the first code point of each token, and the newlines.
  const std::string_view v = t.view();
  const auto* p = reinterpret_cast<const unsigned char*>(v.data());
  std::size_t byte = t.byte_of(range_.begin);
  const std::size_t stop = t.byte_of(range_.end);
  std::size_t cp = range_.begin;
  std::size_t next = 0;  // the next token to classify
  while (byte < stop) {
    if (p[byte] == '\n') newlines_.push_back(cp);
    if (next < tokens_.size() && tokens_[next].begin == cp) {
      std::size_t i = byte;
      word_[next] = punctuation_like(text::decode_utf8(v, i)) ? 0 : 1;
      ++next;
    }
    byte += seq_len(p[byte]);
    ++cp;
  }
}

std::size_t WordIndex::token_at(std::size_t cp) const {
  const auto it = std::upper_bound(tokens_.begin(), tokens_.end(), cp, [](std::size_t v, const Span& s) { return v < s.begin; });
  if (it == tokens_.begin()) return kNpos;
  const std::size_t i = static_cast<std::size_t>(it - tokens_.begin()) - 1;
  return cp < tokens_[i].end ? i : kNpos;
}

bool WordIndex::newline_between(std::size_t from, std::size_t to) const {
  const auto it = std::lower_bound(newlines_.begin(), newlines_.end(), from);
  return it != newlines_.end() && *it < to;
}

Span WordIndex::word_at(std::size_t cp) const {
  cp = std::min(cp, length_);
  const std::size_t t = token_at(cp);
  if (t != kNpos && word_[t]) return tokens_[t];
  // Tokens that begin before cp: the last of them may end right at cp.
  const std::size_t before = static_cast<std::size_t>(
      std::lower_bound(tokens_.begin(), tokens_.end(), cp, [](const Span& s, std::size_t v) { return s.begin < v; }) - tokens_.begin());
  if (before > 0 && tokens_[before - 1].end == cp && word_[before - 1]) return tokens_[before - 1];
  if (t != kNpos) return tokens_[t];
  // cp is in white space: the nearest word on the same line.
  std::size_t prev = kNpos, next = kNpos;
  for (std::size_t i = before; i-- > 0;) {
    if (newline_between(tokens_[i].end, cp)) break;
    if (word_[i]) {
      prev = i;
      break;
    }
  }
  for (std::size_t i = before; i < tokens_.size(); ++i) {
    if (newline_between(cp, tokens_[i].begin)) break;
    if (word_[i]) {
      next = i;
      break;
    }
  }
  if (prev != kNpos && (next == kNpos || cp - tokens_[prev].end <= tokens_[next].begin - cp)) return tokens_[prev];
  if (next != kNpos) return tokens_[next];
  return Span{cp, cp};
}

Span WordIndex::snap(Span s) const {
  if (s.end < s.begin) std::swap(s.begin, s.end);
  s.begin = std::min(s.begin, length_);
  s.end = std::min(s.end, length_);
  if (s.begin == s.end) return word_at(s.begin);
  std::size_t b = s.begin, e = s.end;
  const std::size_t tb = token_at(b);
  if (tb != kNpos) b = tokens_[tb].begin;
  const std::size_t te = token_at(e - 1);
  if (te != kNpos) e = std::max(e, tokens_[te].end);
  // Trim to the tokens inside [b, e): b and e are now token boundaries or in white space.
  const auto by_begin = [](const Span& x, std::size_t v) { return x.begin < v; };
  const std::size_t first = static_cast<std::size_t>(std::lower_bound(tokens_.begin(), tokens_.end(), b, by_begin) - tokens_.begin());
  const std::size_t last_end = static_cast<std::size_t>(std::lower_bound(tokens_.begin(), tokens_.end(), e, by_begin) - tokens_.begin());
  if (first >= last_end) return Span{s.begin, s.begin};
  return Span{tokens_[first].begin, tokens_[last_end - 1].end};
}

std::size_t WordIndex::next_boundary(std::size_t cp, int dir) const {
  cp = std::min(cp, length_);
  if (dir > 0) {
    const std::size_t t = token_at(cp);
    if (t != kNpos) return tokens_[t].end;
    const auto it = std::upper_bound(tokens_.begin(), tokens_.end(), cp, [](std::size_t v, const Span& s) { return v < s.begin; });
    return it == tokens_.end() ? std::max(cp, range_.end) : it->end;
  }
  if (dir < 0) {
    const auto it = std::lower_bound(tokens_.begin(), tokens_.end(), cp, [](const Span& s, std::size_t v) { return s.begin < v; });
    return it == tokens_.begin() ? std::min(cp, range_.begin) : (it - 1)->begin;
  }
  return cp;
}

Span word_at(const Article& a, std::size_t cp) {
  WordIndex w;
  w.build(a, Span{cp, cp});
  return w.word_at(cp);
}

Span snap_to_words(const Article& a, Span s) {
  WordIndex w;
  w.build(a, s);
  return w.snap(s);
}

Span paragraph_at(const Article& a, std::size_t cp) {
  const Span& t = a.title_span;
  if (t.end > t.begin && cp >= t.begin && cp <= t.end) return t;
  if (const Span* p = holding(a.paragraphs, cp)) return *p;
  return Span{cp, cp};
}

Span sentence_at(const Article& a, std::size_t cp) {
  if (const Span* s = holding(a.sentences, cp)) return *s;
  return paragraph_at(a, cp);
}

std::size_t next_word_boundary(const Article& a, std::size_t cp, int dir) {
  const std::size_t length = a.text.code_points();
  cp = std::min(cp, length);
  if (dir == 0) return cp;
  // Line by line from cp until a token gives the boundary.
  WordIndex w;
  std::size_t at = cp;
  for (;;) {
    w.build(a, Span{at, at});
    const std::size_t r = w.next_boundary(cp, dir);
    const Span line = w.range();
    if (dir > 0) {
      if (r < line.end || (!w.tokens().empty() && w.tokens().back().end == r && r > cp)) return r;
      if (line.end >= length) return length;
      at = line.end + 1;  // past the newline
    } else {
      if (r > line.begin || (!w.tokens().empty() && w.tokens().front().begin == r && r < cp)) return r;
      if (line.begin == 0) return 0;
      at = line.begin - 1;  // the newline before the line
    }
  }
}

}  // namespace glossa::article
