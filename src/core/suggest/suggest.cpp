// suggest(): the rules in order. Names first (speakers are found among them), then quote marks, the
// people that roles and pronouns refer to (outside quoted speech), quotes in marks, reported speech.
#include <algorithm>
#include <set>

#include "core/suggest/quotes.h"
#include "core/suggest/suggestion.h"

namespace glossa::suggest {

namespace {

// A quote needs this many words to count as speech when people are resolved (shorter ones may be names).
constexpr std::size_t kSpeechWords = 4;

std::string entity_name(const Mentions& m, int e) { return e >= 0 ? m.entities[static_cast<std::size_t>(e)].name : ""; }

}  // namespace

Suggestions suggest(const article::Article& a) {
  Suggestions out;
  const Doc d(a);
  const std::vector<MarkedQuote> marks = pair_quote_marks(d, out.flags);
  const Mentions m = find_mentions(d);
  std::vector<Span> speech;
  for (const MarkedQuote& q : marks)
    if (q.depth == 0 && words_in(d, q.span) >= kSpeechWords) speech.push_back(q.span);
  const People people(d, m, speech);
  const Speakers speakers(d, m, people);

  std::vector<FoundQuote> found = marked_quotes(d, marks, speakers);
  std::vector<FoundQuote> reported = indirect_quotes(d, speakers, found);
  found.insert(found.end(), reported.begin(), reported.end());
  std::sort(found.begin(), found.end(), [](const FoundQuote& x, const FoundQuote& y) { return x.span.begin < y.span.begin; });

  std::set<std::size_t> named;  // where name mentions begin
  for (const Mention& x : m.list) {
    out.entities.push_back(EntitySuggestion{x.span, x.type, entity_name(m, x.entity), x.confidence});
    named.insert(x.span.begin);
  }
  for (const FoundQuote& q : found) {
    std::optional<Span> speaker;
    if (q.speaker) speaker = q.speaker->span;
    out.quotes.push_back(QuoteSuggestion{q.span, q.kind, q.cue, speaker, entity_name(m, q.entity), q.confidence});
    // A role or pronoun speaker becomes a (weak) mention, so that accepting the quote can link it.
    if (q.speaker && q.speaker->kind != Speaker::Kind::Name && named.insert(q.speaker->span.begin).second)
      out.entities.push_back(EntitySuggestion{q.speaker->span, "PERSON", entity_name(m, q.speaker->entity),
                                              q.speaker->kind == Speaker::Kind::Role ? 0.45 : 0.4});
  }
  std::sort(out.entities.begin(), out.entities.end(), [](const EntitySuggestion& x, const EntitySuggestion& y) { return x.span.begin < y.span.begin; });
  return out;
}

}  // namespace glossa::suggest
