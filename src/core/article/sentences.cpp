#include "core/article/sentences.h"

#include <set>
#include <string>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

using text::is_space;

bool is_terminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
bool is_closer(char32_t c) { return text::is_closing_quote(c) || c == '"' || c == '\'' || c == ')' || c == ']'; }

// Lower-case words that end with a dot without ending a sentence (dots inside removed: "u.s" -> "us").
const std::set<std::u32string>& abbreviations() {
  static const std::set<std::u32string> words = {
      U"mr", U"mrs", U"ms", U"dr", U"prof", U"gen", U"sen", U"rep", U"gov", U"lt", U"col", U"maj", U"capt", U"cpt",
      U"sgt", U"adm", U"cmdr", U"st", U"mt", U"jr", U"sr", U"rev", U"hon", U"pres", U"messrs", U"mme", U"mlle",
      U"inc", U"ltd", U"co", U"corp", U"no", U"nos", U"vs", U"v", U"fig", U"approx", U"dept", U"est", U"ft",
      U"jan", U"feb", U"mar", U"apr", U"jun", U"jul", U"aug", U"sep", U"sept", U"oct", U"nov", U"dec",
      U"us", U"uk", U"un", U"eu", U"eg", U"ie", U"cf", U"al",
      U"г", U"гг", U"тч", U"те", U"тд", U"тп", U"им", U"ул", U"пр", U"др", U"руб", U"тыс", U"млн", U"млрд",
      U"см", U"напр", U"проф", U"акад", U"ст", U"пл", U"д", U"кв", U"обл", U"р-н", U"ген", U"гос"};
  return words;
}

// Whether s[w, i) are a name's middle initials: capitals each with its full stop ("H.W", the last stop at
// i), after a capitalised word and a space ("George H.W. Bush").
bool middle_initials(const std::u32string& s, std::size_t w, std::size_t i) {
  if (i < w + 3 || (i - w) % 2 != 1) return false;
  for (std::size_t x = w; x < i; x += 2)
    if (!text::is_upper(s[x]) || (x + 1 < i && s[x + 1] != '.')) return false;
  if (w < 3 || s[w - 1] != ' ') return false;
  std::size_t b = w - 1;
  while (b > 0 && text::is_letter(s[b - 1])) --b;
  return w - 1 - b >= 2 && text::is_upper(s[b]);
}

// Words that open sentences far more often than they follow a name's initials ("The", "He", "In"): after
// initials that may close a sentence ("in Washington D.C. The talks"), they still start a new one.
bool sentence_opener(const std::u32string& s, std::size_t k) {
  static const std::set<std::u32string> words = {U"the", U"a", U"an", U"he", U"she", U"it", U"they", U"we", U"i",
                                                 U"in", U"on", U"at", U"but", U"and", U"this", U"that", U"there",
                                                 U"his", U"her", U"their", U"its", U"for", U"as", U"if", U"when",
                                                 U"then", U"so", U"however", U"meanwhile", U"now", U"still", U"while", U"after"};
  std::u32string w;
  for (std::size_t x = k; x < s.size() && text::is_letter(s[x]); ++x) w.push_back(text::to_lower(s[x]));
  return words.count(w) > 0;
}

}  // namespace

std::vector<Span> split_sentences(const text::IndexedText& t, Span para) {
  // Work on code points of the paragraph.
  std::u32string s;
  {
    const std::string_view bytes = t.slice(para.begin, para.end);
    for (std::size_t i = 0; i < bytes.size();) s.push_back(text::decode_utf8(bytes, i));
  }
  std::vector<Span> out;
  const std::size_t n = s.size();
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    while (start < end && is_space(s[start])) ++start;
    std::size_t e = end;
    while (e > start && is_space(s[e - 1])) --e;
    if (e > start) out.push_back(Span{para.begin + start, para.begin + e});
    start = end;
  };

  for (std::size_t i = 0; i < n; ++i) {
    if (!is_terminator(s[i])) continue;
    std::size_t j = i + 1;
    while (j < n && is_terminator(s[j])) ++j;
    while (j < n && is_closer(s[j])) ++j;
    if (j < n && !is_space(s[j])) continue;  // "1.8", "U.S.-led", "end.”The" (no space: not a boundary)
    std::size_t k = j;
    while (k < n && is_space(s[k])) ++k;
    if (k == n) break;  // the paragraph's end closes the last sentence
    const char32_t next = s[k];
    const bool starts_sentence = text::is_upper(next) || text::is_digit(next) || text::is_opening_quote(next) ||
                                 next == '"' || next == '\'' || text::is_dash(next) || next == '(' || next == '[';
    if (!starts_sentence) continue;
    if (s[i] == '.' && j == i + 1) {
      // The word before the dot: an abbreviation or an initial does not end a sentence.
      std::size_t w = i;
      while (w > 0 && (text::is_letter(s[w - 1]) || s[w - 1] == '.' || s[w - 1] == '-')) --w;
      std::u32string word;
      std::size_t letters = 0;
      bool upper_initial = false;
      for (std::size_t x = w; x < i; ++x) {
        if (s[x] == '.') continue;
        word.push_back(text::to_lower(s[x]));
        ++letters;
      }
      if (letters == 1 && w < i && text::is_upper(s[i - 1])) upper_initial = true;
      // "the U.S. Senate" goes on, "lives in the U.S. He does not" ends: a country's initials end a sentence
      // before a word that opens one.
      const bool country = word == U"us" || word == U"uk" || word == U"un" || word == U"eu";
      if (upper_initial || (letters > 0 && abbreviations().count(word) && !(country && sentence_opener(s, k)))) continue;
      if (middle_initials(s, w, i) && !sentence_opener(s, k)) continue;  // George H.W. Bush
    }
    emit(j);
  }
  emit(n);
  return out;
}

}  // namespace glossa::article
