// Suggestions on the seed article: every direct quote found and attributed to Vladimir Putin; and a
// 1 MB article made of it.
#include <doctest/doctest.h>

#include <string>

#include "annotated_sample.h"
#include "core/suggest/suggestion.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace {

using glossa::annotate::QuoteKind;
using glossa::suggest::QuoteSuggestion;

std::string text(const glossa::article::Article& a, glossa::suggest::Span s) { return std::string(a.text.slice(s.begin, s.end)); }

bool starts(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }
bool ends(const std::string& s, const std::string& p) { return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0; }

struct Expected {
  const char* begins;
  const char* ends;
  QuoteKind kind;
  const char* speaker;
  const char* cue;
};

// Read by hand from the article: its five quotes in marks (the headline's “Maidan technologies” is a term).
const Expected kDirect[] = {
    {"“The events in Kazakhstan are an attack", "an act of aggression,”", QuoteKind::Direct, "the Russian leader", "said"},
    {"“actively used elements of power information support", "inherent in Maidan technologies,”", QuoteKind::Mixed,
     "the Russian president", "said"},
    {"“The peacekeeping contingent took immediate protection", "the protection of the civilian population, ”",
     QuoteKind::Direct, "Vladimir Putin", "said"},
    {"\"not the first and far from the last", "attempt at outside interference.\"", QuoteKind::Mixed, "He", "called"},
    {"“And the measures taken by the CSTO", "the so-called color revolutions to be realized,”", QuoteKind::Direct,
     "the Russian leader", "said"},
};

const QuoteSuggestion* find_quote(const glossa::article::Article& a, const glossa::suggest::Suggestions& s,
                                  const std::string& b, const std::string& e) {
  for (const auto& q : s.quotes)
    if (starts(text(a, q.span), b) && ends(text(a, q.span), e)) return &q;
  return nullptr;
}

}  // namespace

TEST_CASE("suggest seed: every quote in marks found and attributed to Vladimir Putin") {
  const auto a = glossa::test::seed_article();
  const auto s = glossa::suggest::suggest(a);
  CHECK(s.flags.empty());
  for (const Expected& x : kDirect) {
    INFO("quote: " << x.begins);
    const QuoteSuggestion* q = find_quote(a, s, x.begins, x.ends);
    REQUIRE(q != nullptr);
    CHECK(q->kind == x.kind);
    REQUIRE(q->speaker);
    CHECK(text(a, *q->speaker) == x.speaker);
    REQUIRE(q->cue);
    CHECK(text(a, *q->cue) == x.cue);
    CHECK(q->speaker_entity == "Vladimir Putin");
    CHECK(q->confidence >= 0.8);
  }
  // No other quote in marks passes for speech but the headline's term after its cue ("Putin called …
  // “Maidan technologies”"), Putin's words too: quoted terms after a cue are attributed speech in the
  // PolNeAR benchmark (bench/quality).
  std::size_t marked = 0;
  for (const auto& q : s.quotes) {
    if (q.kind == QuoteKind::Indirect) continue;
    CHECK(q.speaker_entity == "Vladimir Putin");
    if (q.confidence >= 0.5) ++marked;
  }
  CHECK(marked == std::size(kDirect) + 1);
  const QuoteSuggestion* term = find_quote(a, s, "\"Maidan technologies\"", "\"");
  REQUIRE(term != nullptr);
  CHECK(term->kind == QuoteKind::Mixed);
  CHECK(term->confidence < 0.8);
  // Every quotation mark of the body is inside a suggested quote: none was missed.
  const std::u32string body = [&] {
    std::u32string out;
    const std::string& t = a.text.str();
    for (std::size_t i = 0; i < t.size();) out.push_back(glossa::text::decode_utf8(t, i));
    return out;
  }();
  for (std::size_t i = a.paragraphs.front().begin; i < body.size(); ++i) {
    if (!glossa::text::is_quote(body[i]) || body[i] == U'\'' || body[i] == U'’') continue;
    bool inside = false;
    for (const auto& q : s.quotes) inside = inside || (q.kind != QuoteKind::Indirect && q.span.begin <= i && i < q.span.end);
    CHECK_MESSAGE(inside, "quote mark at " << i);
  }
}

TEST_CASE("suggest seed: reported speech is indirect and Putin's") {
  const auto a = glossa::test::seed_article();
  const auto s = glossa::suggest::suggest(a);
  const char* const kIndirect[][3] = {
      {"Kazakhstan faced an unprecedented challenge to its security", "Vladimir Putin", "said"},
      {"the emerging threat to Kazakhstan's statehood", "he", "said"},
      {"those protesting against the situation on the gas market", "Putin", "noted"},
      {"the time-limited period of stay of the peacekeeping contingent", "He", "emphasized"},
      {"the gradual normalization of the situation in Kazakhstan", "The Russian leader", "noted"},
  };
  std::size_t found = 0;
  for (const auto& q : s.quotes) found += q.kind == QuoteKind::Indirect ? 1 : 0;
  CHECK(found == std::size(kIndirect));
  for (const auto& x : kIndirect) {
    INFO("clause: " << x[0]);
    const QuoteSuggestion* q = find_quote(a, s, x[0], "");
    REQUIRE(q != nullptr);
    CHECK(q->kind == QuoteKind::Indirect);
    CHECK(q->speaker_entity == "Vladimir Putin");
    REQUIRE(q->speaker);
    CHECK(text(a, *q->speaker) == x[1]);
    REQUIRE(q->cue);
    CHECK(text(a, *q->cue) == x[2]);
  }
}

TEST_CASE("suggest seed: entities, with short mentions joined to the full name") {
  const auto a = glossa::test::seed_article();
  const auto s = glossa::suggest::suggest(a);
  std::size_t putin = 0, csto = 0;
  for (const auto& e : s.entities) {
    const std::string t = text(a, e.span);
    if (t == "Putin" || t == "Vladimir Putin") {
      CHECK(e.type == "PERSON");
      CHECK(e.entity == "Vladimir Putin");
      ++putin;
    }
    if (t == "CSTO") {
      CHECK(e.type == "ORG");
      CHECK(e.entity == "Collective Security Treaty Organization");
      ++csto;
    }
    if (t == "Kazakhstan") CHECK(e.type == "GPE");
    if (t == "Nikol Pashinyan" || t == "Kassym-Zhomart Tokayev") CHECK(e.type == "PERSON");
    CHECK(t != "Russian");
    CHECK(t != "Today");
  }
  CHECK(putin == 5);  // the headline, "Russian President Vladimir Putin", "Putin noted", "said Vladimir Putin", "promised Putin"
  CHECK(csto == 3);
}

TEST_CASE("suggest seed: a 1 MB article made of the seed completes and finds its quotes") {
  const auto seed = glossa::test::seed_article();
  std::string big;
  std::size_t copies = 0;
  while (big.size() < (1u << 20)) big += seed.text.str() + "\n\n", ++copies;
  auto r = glossa::article::read_article_file(big, "big.txt");
  REQUIRE(r.ok());
  const auto s = glossa::suggest::suggest(r.articles.at(0));
  std::size_t speech = 0, putin = 0;
  for (const auto& q : s.quotes)
    if (q.kind != QuoteKind::Indirect && q.confidence >= 0.5) {
      ++speech;
      putin += q.speaker_entity == "Vladimir Putin" ? 1 : 0;
    }
  CHECK(speech == (std::size(kDirect) + 1) * copies);  // with the headline's term
  CHECK(putin == speech);
  CHECK(s.flags.empty());
}
