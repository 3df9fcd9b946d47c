#pragma once
// A real article with annotations of every kind, shared by the format and compare tests.
#include <string>

#include "core/annotate/editor.h"
#include "core/article/reader.h"
#include "test_util.h"

namespace glossa::test {

inline article::Article seed_article() {
  const std::string name = "kazakhstan-csto-2022-01-10.txt";
  auto r = article::read_article_file(read_file(corpus("seed/" + name)), name);
  REQUIRE(r.ok());
  return std::move(r.articles.at(0));
}

// An article whose text has Cyrillic, curly quotes and an astral emoji (offsets in code points differ
// from UTF-8 bytes and UTF-16 units).
inline article::Article emoji_article() {
  auto r = article::read_article_file(
      "Путин 😀 и «лидер»\n\n“Мы не допустим 😀 этого,” — сказал Путин. Emoji 👍🏽 end.\n", "emoji.txt");
  REQUIRE(r.ok());
  return std::move(r.articles.at(0));
}

// Finds the n-th occurrence (0-based) of s in the article's text, as a code point span.
inline annotate::Span find(const article::Article& a, const std::string& s, int nth = 0) {
  std::size_t pos = a.text.str().find(s);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = a.text.str().find(s, pos + 1);
  REQUIRE_MESSAGE(pos != std::string::npos, s);
  const std::size_t b = a.text.cp_of_byte(pos);
  return {b, a.text.cp_of_byte(pos + s.size())};
}

struct Annotated {
  article::Article article;
  annotate::AnnotationSet set;
};

// Seed article: Putin's mentions as one entity, CSTO, Kazakhstan, two quotes with speaker and cue, a note.
inline Annotated annotated_seed() {
  Annotated x{seed_article(), {}};
  x.set = annotate::AnnotationSet(x.article.id, x.article.text.code_points());
  annotate::Editor ed(x.set, [] { return std::string("2026-11-25T10:00:00Z"); });
  ed.set_author("ann");
  const auto& a = x.article;
  const auto putin = ed.add_mention(find(a, "Vladimir Putin"), "PERSON");
  const auto leader = ed.add_mention(find(a, "the Russian leader"), "PERSON");
  const auto e = ed.merge_into_entity(leader.id, putin.id, "Vladimir Putin");
  REQUIRE(e.ok);
  REQUIRE(ed.add_mention(find(a, "Collective Security Treaty Organization"), "ORG").ok);
  REQUIRE(ed.add_mention(find(a, "CSTO"), "ORG").ok);
  REQUIRE(ed.add_mention(find(a, "Kazakhstan", 1), "GPE").ok);
  REQUIRE(ed.add_mention(find(a, "Nikol Pashinyan"), "PERSON").ok);
  // Nested: "Russian" inside "Russian President Vladimir Putin".
  REQUIRE(ed.add_mention(find(a, "Russian President Vladimir Putin"), "PERSON").ok);
  const auto q1 = ed.add_quote(find(a, "“The events in Kazakhstan are an attack on the country, an act of aggression,”"),
                               annotate::QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q1.id, leader.id).ok);
  REQUIRE(ed.set_cue(q1.id, find(a, "said", 1)).ok);
  const auto q2 = ed.add_quote(find(a, "Putin noted that those protesting against the situation on the gas market are one people"),
                               annotate::QuoteKind::Indirect);
  REQUIRE(q2.ok);
  REQUIRE(ed.add_note(q1.id, std::nullopt, "Speaker named in the previous paragraph; “leader” = Putin").ok);
  REQUIRE(ed.add_note("", find(a, "Maidan technologies", 1), "a term of Russian official speech").ok);
  REQUIRE(x.set.problems().empty());
  return x;
}

}  // namespace glossa::test
