#include "core/suggest/doc.h"

#include <algorithm>
#include <unordered_set>

#include "core/article/tokenize.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::suggest {

namespace {

// FNV-1a over the code points: tokens are short, and std::hash ran over four bytes a code point.
struct FormHash {
  std::size_t operator()(std::u32string_view s) const {
    std::uint64_t h = 1469598103934665603u;
    for (const char32_t c : s) h = (h ^ c) * 1099511628211u;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

}  // namespace

Doc::Doc(const article::Article& a) {
  const std::string_view bytes = a.text.view();
  cp_.reserve(a.text.code_points());
  for (std::size_t i = 0; i < bytes.size();) cp_.push_back(text::decode_utf8(bytes, i));

  std::vector<Span> raw;
  std::vector<std::size_t> starts;
  article::tokenize_units(a, cp_, raw, starts);
  const std::size_t count = raw.size();
  tokens_.reserve(count);
  word_.reserve(count);
  flags_.reserve(count);
  unit_.reserve(count);
  units_.reserve(starts.size() - 1);
  std::string lowered;
  // A token's code points (viewed in cp_) -> its word: most tokens repeat a form, lowered once.
  std::unordered_map<std::u32string_view, std::uint32_t, FormHash> forms;
  std::vector<Span> toks;
  for (std::size_t unit = 0; unit + 1 < starts.size(); ++unit) {
    const std::size_t from = starts[unit], to = starts[unit + 1];
    const auto u = static_cast<std::uint32_t>(units_.size());
    units_.push_back(Span{raw[from].begin, raw[to - 1].end});
    // "U.S.", "U.N.", "D.C.", "J.K.": letters and full stops written together are one word here, as are
    // words joined by an ampersand ("AT&T").
    toks.clear();
    const auto letter = [&](const Span& s) { return s.end == s.begin + 1 && text::is_letter(cp_[s.begin]); };
    const auto stop = [&](const Span& s) { return s.end == s.begin + 1 && cp_[s.begin] == '.'; };
    for (std::size_t i = from; i < to; ++i) {
      std::size_t j = i;
      while (j + 1 < to && letter(raw[j]) && stop(raw[j + 1]) && raw[j + 1].begin == raw[j].end &&
             (j == i || raw[j].begin == raw[j - 1].end))
        j += 2;
      if (j >= i + 4) {  // at least two letters, each with its stop
        toks.push_back(Span{raw[i].begin, raw[j - 1].end});
        i = j - 1;
        continue;
      }
      // "AT&T", "P&G", "S&P": words joined by an ampersand with no space are one name.
      std::size_t e = i;
      while (e + 2 < to && cp_[raw[e + 1].begin] == '&' && raw[e + 1].end == raw[e + 1].begin + 1 &&
             raw[e + 1].begin == raw[e].end && raw[e + 2].begin == raw[e + 1].end && text::is_alnum(cp_[raw[e].begin]) &&
             text::is_alnum(cp_[raw[e + 2].begin]))
        e += 2;
      toks.push_back(Span{raw[i].begin, raw[e].end});
      i = e;
    }
    for (const Span& s : toks) {
      tokens_.push_back(s);
      unit_.push_back(u);
      const char32_t first = cp_[s.begin];
      flags_.push_back(static_cast<std::uint8_t>((text::is_alnum(first) ? kWord : 0) | (text::is_upper(first) ? kCap : 0)));
      const std::u32string_view form(cp_.data() + s.begin, s.end - s.begin);
      auto r = forms.find(form);
      if (r == forms.end()) {
        lowered.clear();
        for (const char32_t c : form) {
          if (c < 0x80) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          else text::append_utf8(lowered, text::to_lower(c));
        }
        const auto [it, added] = ids_.emplace(lowered, static_cast<std::uint32_t>(words_.size()));
        if (added) {
          words_.push_back(&it->first);
          cues_.push_back(cue_word(it->first));
          seen_lower_.push_back(false);
        }
        r = forms.emplace(form, it->second).first;
      }
      word_.push_back(r->second);
      if (text::is_lower(first)) seen_lower_[r->second] = true;
    }
  }

  // Title case: no lower-case word but the small ones title case leaves (of, the, and, ...), and at
  // least four capitalised words.
  static const std::unordered_set<std::string> kSmall = {"a",  "an", "the", "and", "or", "but", "nor", "of", "in", "on",
                                                         "at", "to", "for", "by", "with", "from", "as", "vs", "via"};
  std::vector<std::int8_t> small(words_.size(), -1);  // per word: one of kSmall, asked once
  std::vector<std::uint32_t> capital(units_.size(), 0), lower(units_.size(), 0);
  for (std::size_t t = 0; t < tokens_.size(); ++t) {
    if (!text::is_letter(cp_[tokens_[t].begin])) continue;
    if (text::is_upper(cp_[tokens_[t].begin])) {
      ++capital[unit_[t]];
      continue;
    }
    std::int8_t& is_small = small[word_[t]];
    if (is_small < 0) is_small = kSmall.count(low(t)) ? 1 : 0;
    if (!is_small) ++lower[unit_[t]];
  }
  headline_.assign(units_.size(), false);
  for (std::size_t u = 0; u < units_.size(); ++u) headline_[u] = lower[u] == 0 && capital[u] >= 4;

  // All in capitals ("SOCCER - JAPAN BEAT CHINA", "BONN 1996-08-22"): no lower-case letter anywhere, an
  // upper-case word of two letters or more, and at least two tokens.
  std::vector<std::uint32_t> lowered_in(units_.size(), 0), shout(units_.size(), 0), count_in(units_.size(), 0);
  for (std::size_t t = 0; t < tokens_.size(); ++t) {
    ++count_in[unit_[t]];
    bool any_lower = false, upper = true;
    std::size_t letters = 0;
    for (std::size_t k = tokens_[t].begin; k < tokens_[t].end; ++k) {
      if (text::is_lower(cp_[k])) any_lower = true;
      if (text::is_letter(cp_[k])) ++letters, upper = upper && text::is_upper(cp_[k]);
    }
    if (any_lower) ++lowered_in[unit_[t]];
    else if (letters >= 2 && upper) ++shout[unit_[t]];
  }
  capitals_.assign(units_.size(), false);
  for (std::size_t u = 0; u < units_.size(); ++u) capitals_[u] = lowered_in[u] == 0 && shout[u] >= 1 && count_in[u] >= 2;

  has_title_ = a.title_span.end > a.title_span.begin;
  if (has_title_) blocks_.push_back(a.title_span);
  blocks_.insert(blocks_.end(), a.paragraphs.begin(), a.paragraphs.end());
  if (blocks_.empty() && !cp_.empty()) blocks_.push_back(Span{0, cp_.size()});
}


bool Doc::acronym(std::size_t t) const {
  if (t >= size()) return false;
  std::size_t end = tokens_[t].end;
  // "MSNBC's", "CSTO’s"
  if (end - tokens_[t].begin > 2 && cp_[end - 1] == 's' && (cp_[end - 2] == '\'' || cp_[end - 2] == 0x2019)) end -= 2;
  if (end - tokens_[t].begin < 2) return false;
  for (std::size_t k = tokens_[t].begin; k < end; ++k)
    if (!text::is_upper(cp_[k]) && !(cp_[k] == '&' && k > tokens_[t].begin && k + 1 < end)) return false;  // "AT&T"
  return true;
}

std::size_t Doc::token_from(std::size_t cp) const {
  return static_cast<std::size_t>(
      std::lower_bound(tokens_.begin(), tokens_.end(), cp, [](const Span& s, std::size_t c) { return s.begin < c; }) -
      tokens_.begin());
}

std::string Doc::text(Span s) const {
  std::string out;
  for (std::size_t k = s.begin; k < s.end && k < cp_.size(); ++k) text::append_utf8(out, cp_[k]);
  return out;
}

}  // namespace glossa::suggest
