#include "core/suggest/doc.h"

#include <algorithm>
#include <unordered_set>

#include "core/article/tokenize.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::suggest {

namespace {

// A token's code points as written -> its word. Most tokens repeat a form already seen: one hash and one
// comparison, no allocation (open addressing, FNV-1a over the code points, the hash kept beside each form).
class Forms {
 public:
  Forms(const std::u32string& cps, std::size_t expected) : cps_(cps) {
    std::size_t n = 64;
    while (n < expected * 2) n *= 2;
    slots_.assign(n, 0);
    mask_ = n - 1;
  }
  // The word of the form at s, or -1 when it is new.
  std::int64_t find(Span s, std::uint64_t& h) const {
    h = hash(s);
    for (std::size_t i = h & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
      const Entry& e = entries_[slots_[i] - 1];
      if (e.hash == h && e.span.size() == s.size() &&
          std::equal(cps_.begin() + static_cast<std::ptrdiff_t>(s.begin), cps_.begin() + static_cast<std::ptrdiff_t>(s.end),
                     cps_.begin() + static_cast<std::ptrdiff_t>(e.span.begin)))
        return e.word;
    }
    return -1;
  }
  void add(Span s, std::uint64_t h, std::uint32_t word) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    entries_.push_back(Entry{s, h, word});
    place(static_cast<std::uint32_t>(entries_.size()), h);
  }

 private:
  struct Entry {
    Span span;
    std::uint64_t hash;
    std::uint32_t word;
  };
  std::uint64_t hash(Span s) const {
    std::uint64_t h = 1469598103934665603u;
    for (std::size_t k = s.begin; k < s.end; ++k) h = (h ^ cps_[k]) * 1099511628211u;
    return h ^ (h >> 29);
  }
  void place(std::uint32_t index, std::uint64_t h) {
    std::size_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = index;
  }
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) place(static_cast<std::uint32_t>(k + 1), entries_[k].hash);
  }
  const std::u32string& cps_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // 1 + index into entries_, 0 when empty
  std::size_t mask_ = 0;
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
  // A token's code points -> its word: most tokens repeat a form, lowered once.
  Forms forms(cp_, count / 2);
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
      std::uint64_t h = 0;
      std::int64_t id = forms.find(s, h);
      if (id < 0) {
        lowered.clear();
        for (std::size_t k = s.begin; k < s.end; ++k) {
          const char32_t c = cp_[k];
          if (c < 0x80) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          else text::append_utf8(lowered, text::to_lower(c));
        }
        if (const std::uint32_t* known = ids_.find(lowered)) {
          id = *known;
        } else {
          id = static_cast<std::int64_t>(words_.size());
          ids_.insert(lowered, static_cast<std::uint32_t>(id));
          words_.push_back(lowered);
          cues_.push_back(cue_word(lowered));
          seen_lower_.push_back(false);
        }
        forms.add(s, h, static_cast<std::uint32_t>(id));
      }
      word_.push_back(static_cast<std::uint32_t>(id));
      if (text::is_lower(first)) seen_lower_[static_cast<std::size_t>(id)] = true;
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
