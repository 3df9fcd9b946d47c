#include "core/article/tokenize.h"

#include <algorithm>
#include <array>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

enum class Cls { Space, Word, Punct, Emoji, Mark };

constexpr char32_t kZwj = 0x200D;

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

bool regional_indicator(char32_t c) { return in(c, 0x1F1E6, 0x1F1FF); }

Cls classify_any(char32_t c) {
  // Marks first: they extend whatever token they follow (accents, variation selectors, skin tones, ZWJ).
  if (in(c, 0x300, 0x36F) || in(c, 0x483, 0x489) || in(c, 0x591, 0x5BD) || in(c, 0x610, 0x61A) || in(c, 0x64B, 0x65F) ||
      in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || in(c, 0x20D0, 0x20FF) || in(c, 0xFE00, 0xFE0F) ||
      in(c, 0xFE20, 0xFE2F) || in(c, 0x1F3FB, 0x1F3FF) || in(c, 0xE0020, 0xE007F) || in(c, 0xE0100, 0xE01EF) ||
      c == 0x200C || c == kZwj || c == 0xAD)
    return Cls::Mark;
  if (c < 0x20 || c == 0x7F || in(c, 0x80, 0x9F) || text::is_space(c) || in(c, 0x200B, 0x200F) || c == 0x2060 ||
      c == 0xFEFF)
    return Cls::Space;
  if (c < 0x80) return (text::is_alnum(c) || c == '_') ? Cls::Word : Cls::Punct;
  if (text::is_quote(c) || text::is_dash(c)) return Cls::Punct;
  if (in(c, 0xA1, 0xBF)) return (c == 0xAA || c == 0xB5 || c == 0xBA || in(c, 0xB2, 0xB3) || c == 0xB9 || in(c, 0xBC, 0xBE)) ? Cls::Word : Cls::Punct;
  if (c == 0xD7 || c == 0xF7) return Cls::Punct;
  if (in(c, 0x1F000, 0x1FAFF) || in(c, 0x2600, 0x27BF) || in(c, 0x2B00, 0x2BFF) || in(c, 0x2300, 0x23FF)) return Cls::Emoji;
  // General punctuation, currency, letterlike symbols (№ ™), arrows, mathematical operators, box
  // drawing, shapes; superscripts (U+2070..) and number forms (Ⅻ) are word characters.
  if (in(c, 0x2010, 0x206F) || in(c, 0x20A0, 0x20CF) || in(c, 0x2100, 0x214F) || in(c, 0x2190, 0x22FF) || in(c, 0x2400, 0x25FF) ||
      in(c, 0x27C0, 0x2AFF) || in(c, 0x2E00, 0x2E7F) || in(c, 0x3000, 0x303F) || in(c, 0xFE10, 0xFE1F) || in(c, 0xFE30, 0xFE6F) ||
      in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20) || in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) || in(c, 0x55A, 0x55F) ||
      c == 0x589 || c == 0x5BE || c == 0x5C0 || c == 0x5C3 || c == 0x5F3 || c == 0x5F4 || c == 0x60C || c == 0x61B ||
      c == 0x61F || c == 0x6D4 || c == 0x964 || c == 0x965)
    return Cls::Punct;
  return Cls::Word;
}

// Nearly every character of an English article is ASCII: its class comes from a table made by the rules above.
Cls classify(char32_t c) {
  static const auto ascii = [] {
    std::array<Cls, 0x80> t{};
    for (char32_t k = 0; k < 0x80; ++k) t[k] = classify_any(k);
    return t;
  }();
  return c < 0x80 ? ascii[c] : classify_any(c);
}

// Format characters that mean nothing on their own (a stray joiner or variation selector).
bool invisible(char32_t c) {
  return c == 0x200C || c == kZwj || c == 0xAD || in(c, 0xFE00, 0xFE0F) || in(c, 0xE0020, 0xE007F) || in(c, 0xE0100, 0xE01EF);
}

bool hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }

}  // namespace

namespace {

// The tokens of the code points cs[0, n), appended to out with offsets from base; classes is scratch space.
void tokenize_into(const char32_t* cs, std::size_t n, std::size_t base, std::vector<Span>& out, std::vector<Cls>& classes) {
  // Each class worked out once: the loops below ask for most of them more than once.
  classes.resize(n);
  for (std::size_t k = 0; k < n; ++k) classes[k] = classify(cs[k]);
  const auto cls = [&](std::size_t k) { return k < n ? classes[k] : Cls::Space; };
  const auto marks = [&](std::size_t j) {
    while (j < n && cls(j) == Cls::Mark) ++j;
    return j;
  };
  std::size_t i = 0;
  while (i < n) {
    const Cls c = cls(i);
    std::size_t j = i + 1;
    if (c == Cls::Space || (c == Cls::Mark && invisible(cs[i]))) {
      i = j;
      continue;
    }
    if (c == Cls::Word || c == Cls::Mark) {
      for (;;) {
        j = marks(j);
        if (j < n && cls(j) == Cls::Word) {
          ++j;
          continue;
        }
        // Joiners inside a word: a hyphen or apostrophe between letters, a decimal or time separator
        // between digits.
        if (j + 1 < n && j > i && cls(j + 1) == Cls::Word) {
          const char32_t prev = cs[j - 1], sep = cs[j], next = cs[j + 1];
          const bool letters = text::is_alnum(prev) && text::is_alnum(next);
          const bool digits = text::is_digit(prev) && text::is_digit(next);
          if ((hyphen(sep) && letters) || (apostrophe(sep) && text::is_letter(prev) && text::is_letter(next)) ||
              ((sep == '.' || sep == ',' || sep == ':') && digits)) {
            j += 2;
            continue;
          }
        }
        break;
      }
    } else if (c == Cls::Emoji) {
      if (regional_indicator(cs[i]) && j < n && regional_indicator(cs[j])) ++j;  // a flag
      // Modifiers and variation selectors; a ZWJ joins the next emoji into the sequence.
      for (;;) {
        if (j < n && cls(j) == Cls::Mark && cs[j] != kZwj) {
          ++j;
        } else if (j + 1 < n && cs[j] == kZwj && cls(j + 1) == Cls::Emoji) {
          j += 2;
        } else {
          break;
        }
      }
    } else {  // punctuation: a run of the same mark is one token
      while (j < n && cs[j] == cs[i]) ++j;
      j = marks(j);
    }
    out.push_back(Span{base + i, base + j});
    i = j;
  }
}

}  // namespace

std::vector<Span> tokenize(const text::IndexedText& text, Span range) {
  std::vector<Span> out;
  const std::size_t end = std::min(range.end, text.code_points());
  if (range.begin >= end) return out;
  // The code points of the range, decoded once.
  std::vector<char32_t> cs;
  cs.reserve(end - range.begin);
  {
    const std::string_view bytes = text.view();
    std::size_t i = text.byte_of(range.begin);
    const std::size_t stop = text.byte_of(end);
    while (i < stop) cs.push_back(text::decode_utf8(bytes, i));
  }
  std::vector<Cls> classes;
  tokenize_into(cs.data(), cs.size(), range.begin, out, classes);
  return out;
}

namespace {

Span trimmed(const std::vector<Span>& toks) { return toks.empty() ? Span{} : Span{toks.front().begin, toks.back().end}; }

}  // namespace

void tokenize_units(const Article& a, std::u32string_view cps, std::vector<Span>& tokens, std::vector<std::size_t>& starts) {
  tokens.clear();
  starts.assign(1, 0);
  const std::size_t length = cps.size();
  std::vector<Span> given;
  if (a.title_span.end > a.title_span.begin) given.push_back(a.title_span);
  for (const Span& s : a.sentences)
    if (s.end > s.begin) given.push_back(s);
  std::sort(given.begin(), given.end(), [](const Span& x, const Span& y) { return x.begin < y.begin || (x.begin == y.begin && x.end > y.end); });
  std::vector<Cls> classes;
  const auto add = [&](Span s) {
    tokenize_into(cps.data() + s.begin, s.end - s.begin, s.begin, tokens, classes);
    if (tokens.size() > starts.back()) starts.push_back(tokens.size());
  };
  // Text no unit covers: one unit per line.
  const auto gap = [&](std::size_t from, std::size_t to) {
    if (from >= to) return;
    std::size_t line = from;
    for (std::size_t k = from; k < to; ++k)
      if (cps[k] == '\n') {
        add(Span{line, k});
        line = k + 1;
      }
    add(Span{line, to});
  };
  std::size_t cursor = 0;
  for (Span s : given) {
    if (s.end > length) s.end = length;
    if (s.begin < cursor) s.begin = cursor;  // overlapping units: the earlier one keeps the text
    if (s.begin >= s.end) continue;
    gap(cursor, s.begin);
    add(s);
    cursor = s.end;
  }
  gap(cursor, length);
}

std::vector<std::vector<Span>> tokenized_units(const Article& a) {
  std::u32string cps;
  cps.reserve(a.text.code_points());
  const std::string_view bytes = a.text.view();
  for (std::size_t i = 0; i < bytes.size();) cps.push_back(text::decode_utf8(bytes, i));
  std::vector<Span> tokens;
  std::vector<std::size_t> starts;
  tokenize_units(a, cps, tokens, starts);
  std::vector<std::vector<Span>> out;
  out.reserve(starts.size() - 1);
  for (std::size_t u = 0; u + 1 < starts.size(); ++u)
    out.emplace_back(tokens.begin() + static_cast<std::ptrdiff_t>(starts[u]), tokens.begin() + static_cast<std::ptrdiff_t>(starts[u + 1]));
  return out;
}

std::vector<Span> text_units(const Article& a) {
  std::vector<Span> out;
  for (const auto& toks : tokenized_units(a)) out.push_back(trimmed(toks));
  return out;
}

}  // namespace glossa::article
