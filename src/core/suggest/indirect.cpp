// Reported speech: "Putin noted that …", "He emphasized the …", "According to X, …", "…, according to X."
#include <algorithm>
#include <unordered_set>

#include "core/suggest/lexicon.h"
#include "core/suggest/quotes.h"

namespace glossa::suggest {

namespace {

using annotate::QuoteKind;

// How far "that" may follow the cue: "told reporters on Monday that".
constexpr std::size_t kThatWithin = 5;
constexpr std::size_t kMinClauseWords = 3;

// Words after a cue that start no reported content ("said in", "stressed to").
bool not_content(const std::string& w) {
  static const char* const kWords[] = {"to", "for", "in", "on", "at", "with", "by", "from", "about", "after", "during",
                                       "so", "yes", "no", "goodbye", "hello", "thanks", "nothing", "as", "before", "and"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

class Reported {
 public:
  // marked: in text order, not overlapping.
  Reported(const Doc& d, const Speakers& s, const std::vector<FoundQuote>& marked)
      : d_(d), s_(s), marked_(marked), in_quote_(d.size(), false) {
    for (const FoundQuote& q : marked) {
      for (std::size_t t = d.token_from(q.span.begin); t < d.size() && d.tok(t).end <= q.span.end; ++t) in_quote_[t] = true;
      if (q.cue) cues_.insert(q.cue->begin);
    }
  }

  // The first reported clause of the unit [ub, ue), if any.
  std::optional<FoundQuote> unit(std::size_t ub, std::size_t ue) const {
    for (std::size_t t = ub; t < ue; ++t) {
      if (in_quote_[t]) continue;
      const std::size_t n = s_.cue_at(t, false);
      if (!n) continue;
      const Span cue{d_.tok(t).begin, d_.tok(t + n - 1).end};
      if (cues_.count(cue.begin)) continue;  // the cue of a quote in marks
      if (d_.is(t, "according")) {
        if (auto q = according(t, ub, ue, cue)) return q;
        continue;
      }
      auto sp = s_.subject_of(t);
      if (!sp) continue;
      std::size_t from = t + n;
      double conf = sp->entity >= 0 ? 0.8 : 0.7;
      if (const std::size_t th = that_after(t + n, ue)) {
        from = th + 1;
      } else if (object_cue(d_.low(t)) && from < ue && d_.word(from) && !not_content(d_.low(from))) {
        conf = 0.6;
      } else {
        continue;
      }
      if (auto q = clause(from, ue, cue, sp, conf)) return q;
    }
    return std::nullopt;
  }

 private:
  std::optional<FoundQuote> according(std::size_t t, std::size_t ub, std::size_t ue, Span cue) const {
    const auto sp = s_.speaker_from(t + 2);
    if (!sp) return std::nullopt;
    if (t == ub && d_.is(sp->last + 1, ",")) return clause(sp->last + 2, ue, cue, sp, 0.7);  // "According to X, …"
    if (t > ub && d_.is(t - 1, ",")) {                                                   // "…, according to X."
      std::size_t e = t - 1;
      while (e > ub && !d_.word(e - 1)) --e;
      return make(ub, e, cue, sp, 0.7);
    }
    return std::nullopt;
  }

  // The token index of "that" within a few words after the cue (0: none).
  std::size_t that_after(std::size_t from, std::size_t ue) const {
    for (std::size_t k = from; k < ue && k - from < kThatWithin && d_.word(k); ++k)
      if (d_.is(k, "that")) return k;
    return 0;
  }

  std::optional<FoundQuote> clause(std::size_t from, std::size_t ue, Span cue, const std::optional<Speaker>& sp, double conf) const {
    std::size_t e = ue;  // one past the last word
    while (e > from && !d_.word(e - 1)) --e;
    return make(from, e, cue, sp, conf);
  }

  std::optional<FoundQuote> make(std::size_t from, std::size_t e, Span cue, const std::optional<Speaker>& sp, double conf) const {
    if (e <= from) return std::nullopt;
    const Span span{d_.tok(from).begin, d_.tok(e - 1).end};
    if (words_in(d_, span) < kMinClauseWords || overlaps_marked(span)) return std::nullopt;
    return FoundQuote{span, QuoteKind::Indirect, cue, sp, sp ? sp->entity : -1, conf};
  }

  bool overlaps_marked(Span s) const {
    const auto it = std::upper_bound(marked_.begin(), marked_.end(), s.begin, [](std::size_t p, const FoundQuote& q) { return p < q.span.end; });
    return it != marked_.end() && it->span.begin < s.end;
  }

  const Doc& d_;
  const Speakers& s_;
  const std::vector<FoundQuote>& marked_;
  std::vector<bool> in_quote_;          // per token
  std::unordered_set<std::size_t> cues_;  // where the cues of quotes in marks begin
};

}  // namespace

std::vector<FoundQuote> indirect_quotes(const Doc& d, const Speakers& s, const std::vector<FoundQuote>& marked) {
  std::vector<FoundQuote> out;
  const Reported r(d, s, marked);
  for (std::size_t ub = 0; ub < d.size();) {
    std::size_t ue = ub + 1;
    while (ue < d.size() && d.unit(ue) == d.unit(ub)) ++ue;
    if (auto q = r.unit(ub, ue)) out.push_back(std::move(*q));
    ub = ue;
  }
  return out;
}

}  // namespace glossa::suggest
