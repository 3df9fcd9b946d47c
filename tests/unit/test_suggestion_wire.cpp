// Suggestions handed from the worker's module to the page's: the same suggestions come out, to the last
// bit of each confidence, and damaged bytes are refused.
#include <doctest/doctest.h>

#include <string>

#include "annotated_sample.h"
#include "core/suggest/suggestion.h"
#include "core/suggest/suggestion_wire.h"

namespace {

using glossa::suggest::Suggestions;

void check_same(const Suggestions& a, const Suggestions& b) {
  REQUIRE(a.quotes.size() == b.quotes.size());
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    const auto &x = a.quotes[i], &y = b.quotes[i];
    CHECK(x.span.begin == y.span.begin);
    CHECK(x.span.end == y.span.end);
    CHECK(x.kind == y.kind);
    CHECK(x.cue.has_value() == y.cue.has_value());
    if (x.cue && y.cue) CHECK((x.cue->begin == y.cue->begin && x.cue->end == y.cue->end));
    CHECK(x.speaker.has_value() == y.speaker.has_value());
    if (x.speaker && y.speaker) CHECK((x.speaker->begin == y.speaker->begin && x.speaker->end == y.speaker->end));
    CHECK(x.speaker_entity == y.speaker_entity);
    CHECK(x.confidence == y.confidence);
  }
  REQUIRE(a.entities.size() == b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto &x = a.entities[i], &y = b.entities[i];
    CHECK((x.span.begin == y.span.begin && x.span.end == y.span.end));
    CHECK(x.type == y.type);
    CHECK(x.entity == y.entity);
    CHECK(x.confidence == y.confidence);
  }
  CHECK(a.flags == b.flags);
}

}  // namespace

TEST_CASE("suggestion wire: the seed article's suggestions come back exactly") {
  const auto a = glossa::test::seed_article();
  Suggestions s = glossa::suggest::suggest(a);
  REQUIRE(!s.quotes.empty());
  REQUIRE(!s.entities.empty());
  s.flags.push_back("unbalanced quote mark “ at 12: never closed");
  s.quotes[0].confidence = 0.1 + 0.2;  // not a round number
  const std::string bytes = glossa::suggest::to_wire(s);
  const auto back = glossa::suggest::from_wire(bytes, a.text.code_points());
  REQUIRE(back.has_value());
  check_same(s, *back);
}

TEST_CASE("suggestion wire: truncated, foreign or out-of-range bytes are refused") {
  const auto a = glossa::test::seed_article();
  const std::string bytes = glossa::suggest::to_wire(glossa::suggest::suggest(a));
  for (std::size_t n : {std::size_t{0}, std::size_t{7}, std::size_t{8}, bytes.size() / 2, bytes.size() - 1})
    CHECK_FALSE(glossa::suggest::from_wire(std::string_view(bytes).substr(0, n), a.text.code_points()).has_value());
  CHECK_FALSE(glossa::suggest::from_wire(bytes + "x", a.text.code_points()).has_value());
  std::string foreign = bytes;
  foreign[0] = 'X';
  CHECK_FALSE(glossa::suggest::from_wire(foreign, a.text.code_points()).has_value());
  // Spans past the end of a shorter text (another article's suggestions).
  CHECK_FALSE(glossa::suggest::from_wire(bytes, 10).has_value());
  CHECK(glossa::suggest::from_wire(glossa::suggest::to_wire(Suggestions{}), 0).has_value());
}
