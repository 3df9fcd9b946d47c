// What the annotator's selection snaps to: src/core/article/selection.h.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "annotated_sample.h"
#include "core/article/selection.h"
#include "core/article/tokenize.h"

using namespace glossa;
using article::Span;
using test::find;

namespace {

std::string text_of(const article::Article& a, Span s) { return std::string(a.text.slice(s.begin, s.end)); }

}  // namespace

TEST_CASE("selection: word_at on the seed article") {
  const auto a = test::seed_article();
  const Span vladimir = find(a, "Vladimir");
  CHECK(article::word_at(a, vladimir.begin) == vladimir);
  CHECK(article::word_at(a, vladimir.begin + 3) == vladimir);
  CHECK(article::word_at(a, vladimir.end) == vladimir);  // a caret right after the word
  CHECK(text_of(a, article::word_at(a, find(a, "organized").begin)) == "well-organized");
  CHECK(text_of(a, article::word_at(a, find(a, "Kazakhstan's").begin + 2)) == "Kazakhstan's");
  // On punctuation right after a word: the word; on a quote mark before one: the mark (a token of its own).
  CHECK(text_of(a, article::word_at(a, find(a, "(CSTO)").begin + 5)) == "CSTO");
  const Span open_quote = find(a, "“The events");
  CHECK(text_of(a, article::word_at(a, open_quote.begin)) == "“");
  // In white space: the nearest word on the line; an empty span where the line has none.
  CHECK(text_of(a, article::word_at(a, find(a, "Putin .").begin + 5)) == "Putin");  // "said Vladimir Putin ."
  const Span population = find(a, "population, ”said");
  CHECK(text_of(a, article::word_at(a, population.begin + 11)) == "population");  // 1 before, 2 after
  const Span title = a.title_span;
  CHECK(article::word_at(a, title.end + 1) == Span{title.end + 1, title.end + 1});  // the blank line after the title
  CHECK(article::word_at(a, title.end) == find(a, "technologies"));
}

TEST_CASE("selection: snap_to_words of mid-word and padded selections") {
  const auto a = test::seed_article();
  const Span vp = find(a, "Vladimir Putin");
  CHECK(article::snap_to_words(a, Span{vp.begin + 3, vp.end - 2}) == vp);  // starts and ends mid-word
  CHECK(article::snap_to_words(a, Span{vp.end - 2, vp.begin + 3}) == vp);  // dragged backwards
  CHECK(article::snap_to_words(a, Span{vp.begin - 1, vp.end + 1}) == vp);  // surrounding spaces trimmed
  CHECK(article::snap_to_words(a, Span{vp.begin + 2, vp.begin + 2}) == find(a, "Vladimir"));  // a caret: its word
  const Span leader = find(a, "the Russian leader said.");
  CHECK(text_of(a, article::snap_to_words(a, Span{leader.begin + 1, leader.end})) == "the Russian leader said.");
  CHECK(article::snap_to_words(a, Span{vp.begin + 8, vp.begin + 9}) == Span{vp.begin + 8, vp.begin + 8});  // only a space
  // Across a paragraph break: whole words at both ends, the blank line kept inside.
  const Span p0 = a.paragraphs.at(0), p1 = a.paragraphs.at(1);
  const Span across = article::snap_to_words(a, Span{p0.end - 4, p1.begin + 2});
  CHECK(across.begin == find(a, "sovereignty").begin);
  CHECK(across.end == p1.begin + 4);  // "“The": the quote mark is a token of its own, "The" is taken whole
  CHECK(text_of(a, Span{p0.end, p1.begin}) == "\n\n");
}

TEST_CASE("selection: sentence_at and paragraph_at") {
  const auto a = test::seed_article();
  REQUIRE(a.paragraphs.size() > 3);
  REQUIRE(a.sentences.size() > a.paragraphs.size());
  const Span noted = find(a, "Putin noted");
  const Span s = article::sentence_at(a, noted.begin + 3);
  CHECK(text_of(a, s).rfind("Putin noted that those protesting", 0) == 0);
  CHECK(std::find(a.sentences.begin(), a.sentences.end(), s) != a.sentences.end());
  CHECK(article::sentence_at(a, s.end) == s);  // a caret right after the sentence
  const Span p = article::paragraph_at(a, noted.begin + 3);
  CHECK(text_of(a, p).rfind("During the broadcast", 0) == 0);
  CHECK(p.begin < s.begin);
  CHECK(p.end == s.end);
  CHECK(std::find(a.paragraphs.begin(), a.paragraphs.end(), p) != a.paragraphs.end());
  // The title is no sentence and no body paragraph, but the unit both give there.
  CHECK(article::sentence_at(a, a.title_span.begin + 4) == a.title_span);
  CHECK(article::paragraph_at(a, a.title_span.begin + 4) == a.title_span);
  // Between blocks: nothing.
  CHECK(article::paragraph_at(a, a.title_span.end + 1) == Span{a.title_span.end + 1, a.title_span.end + 1});
}

TEST_CASE("selection: word boundaries for Ctrl+arrows, and WordIndex agrees with the free functions") {
  const auto a = test::seed_article();
  const Span vp = find(a, "Vladimir Putin said");
  const Span vladimir = find(a, "Vladimir"), putin{vladimir.end + 1, vladimir.end + 6};
  CHECK(article::next_word_boundary(a, vp.begin, 1) == vladimir.end);
  CHECK(article::next_word_boundary(a, vladimir.end, 1) == putin.end);
  CHECK(article::next_word_boundary(a, vladimir.end + 2, 1) == putin.end);
  CHECK(article::next_word_boundary(a, putin.end, -1) == putin.begin);
  CHECK(article::next_word_boundary(a, putin.begin, -1) == vladimir.begin);
  CHECK(article::next_word_boundary(a, putin.begin, 0) == putin.begin);
  // Across the blank line between two paragraphs, both ways.
  const Span p0 = a.paragraphs.at(0), p1 = a.paragraphs.at(1);
  CHECK(article::next_word_boundary(a, p0.end, 1) == p1.begin + 1);  // the end of "“"
  CHECK(article::next_word_boundary(a, p1.begin, -1) == p0.end - 1);  // the begin of the final "."
  CHECK(article::next_word_boundary(a, a.text.code_points(), 1) == a.text.code_points());
  CHECK(article::next_word_boundary(a, 0, -1) == 0);

  article::WordIndex w;
  w.build(a);
  CHECK(w.tokens() == article::tokenize(a.text, Span{0, a.text.code_points()}));
  for (std::size_t cp = 0; cp <= a.text.code_points(); cp += 7) {
    CHECK(w.word_at(cp) == article::word_at(a, cp));
    CHECK(w.snap(Span{cp, cp + 13}) == article::snap_to_words(a, Span{cp, cp + 13}));
    CHECK(w.next_boundary(cp, 1) == article::next_word_boundary(a, cp, 1));
    CHECK(w.next_boundary(cp, -1) == article::next_word_boundary(a, cp, -1));
  }
}
