// Agreement of two annotators on one article: src/core/compare/agreement.h and agreement_report.h.
#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/compare/agreement.h"
#include "core/compare/agreement_report.h"
#include "core/compare/words.h"

using namespace glossa;
using namespace glossa::annotate;
using doctest::Approx;
using test::find;

namespace {

Editor editor(AnnotationSet& s, const std::string& author) {
  Editor ed(s, [] { return std::string("2026-11-26T09:00:00Z"); });
  ed.set_author(author);
  return ed;
}

// Ten words: «Путин(1) и(2) Токаев(3) встретились(4) в(5) Москве(6)», сказал(7) пресс-секретарь(8) Дмитрий(9) Песков(10).
article::Article tiny() {
  auto r = article::read_article_file("«Путин и Токаев встретились в Москве», сказал пресс-секретарь Дмитрий Песков.\n", "x.txt");
  REQUIRE(r.ok());
  return std::move(r.articles.at(0));
}

const compare::Row& row(const std::vector<compare::Row>& rows, const std::string& label) {
  for (const auto& r : rows)
    if (r.label == label) return r;
  FAIL("no row " << label);
  return rows.front();
}

void check_scores(const compare::Scores& s, std::size_t matched, double p, double r, double f1) {
  CHECK(s.matched == matched);
  CHECK(s.precision == Approx(p));
  CHECK(s.recall == Approx(r));
  CHECK(s.f1 == Approx(f1));
}

void check_all_one(const compare::Row& r) {
  check_scores(r.exact, r.a, 1, 1, 1);
  check_scores(r.overlap, r.a, 1, 1, 1);
  CHECK(r.a == r.b);
}

}  // namespace

TEST_CASE("agreement: words are Unicode aware, hyphenated words are one") {
  const auto art = tiny();
  CHECK(art.text.str() == "«Путин и Токаев встретились в Москве», сказал пресс-секретарь Дмитрий Песков.");
  const auto w = compare::words(art.text);
  REQUIRE(w.size() == 10);
  CHECK(w[0] == find(art, "Путин"));
  CHECK(w[7] == find(art, "пресс-секретарь"));
  CHECK(w[9] == find(art, "Песков"));
  auto r = article::read_article_file("Kassym-Zhomart's 1.8 well-  -x й\n", "y.txt");  // й decomposed: и + U+0306
  REQUIRE(r.ok());
  CHECK(compare::words(r.articles[0].text).size() == 5);  // Kassym-Zhomart's, 1.8 (one number), well, x, й
}

namespace {

// a: PERSON Путин, Токаев, "Дмитрий Песков" (with MISC "Песков" nested in it), LOC Москве; the direct quote
// «Путин … Москве» spoken by "Дмитрий Песков". b: PERSON Путин, Песков, GPE Москве; the direct quote
// "Токаев встретились в Москве" spoken by "Песков".
struct Tiny {
  article::Article article;
  AnnotationSet a, b;
};

Tiny tiny_pair() {
  Tiny t{tiny(), {}, {}};
  const auto& art = t.article;
  t.a = AnnotationSet(art.id, art.text.code_points());
  t.b = t.a;
  {
    Editor ed = editor(t.a, "ann");
    REQUIRE(ed.add_mention(find(art, "Путин"), "PERSON").ok);
    REQUIRE(ed.add_mention(find(art, "Токаев"), "PERSON").ok);
    REQUIRE(ed.add_mention(find(art, "Москве"), "LOC").ok);
    const auto peskov = ed.add_mention(find(art, "Дмитрий Песков"), "PERSON");
    REQUIRE(ed.add_mention(find(art, "Песков"), "MISC").ok);
    const auto q = ed.add_quote(find(art, "«Путин и Токаев встретились в Москве»"), QuoteKind::Direct);
    REQUIRE(ed.set_speaker(q.id, peskov.id).ok);
  }
  {
    Editor ed = editor(t.b, "bob");
    REQUIRE(ed.add_mention(find(art, "Путин"), "PERSON").ok);
    REQUIRE(ed.add_mention(find(art, "Москве"), "GPE").ok);
    const auto peskov = ed.add_mention(find(art, "Песков"), "PERSON");
    const auto q = ed.add_quote(find(art, "Токаев встретились в Москве"), QuoteKind::Direct);
    REQUIRE(ed.set_speaker(q.id, peskov.id).ok);
  }
  return t;
}

}  // namespace

TEST_CASE("agreement: precision, recall, F1 and kappa computed by hand on a tiny article") {
  const Tiny t = tiny_pair();
  const auto g = compare::agree(t.article, t.a, t.b);
  REQUIRE(g.ok());
  CHECK(g.article_id == t.article.id);

  // Types in the order of the type set, only those used.
  REQUIRE(g.mention_types.size() == 4);
  CHECK(g.mention_types[0].label == "PERSON");
  CHECK(g.mention_types[1].label == "LOC");
  CHECK(g.mention_types[2].label == "GPE");
  CHECK(g.mention_types[3].label == "MISC");
  // PERSON: a 3, b 2; exact: Путин; overlap: Путин, and Песков within Дмитрий Песков.
  const auto& person = g.mention_types[0];
  CHECK(person.a == 3);
  CHECK(person.b == 2);
  check_scores(person.exact, 1, 0.5, 1.0 / 3, 0.4);
  check_scores(person.overlap, 2, 1, 2.0 / 3, 0.8);
  check_scores(row(g.mention_types, "LOC").exact, 0, 0, 0, 0);
  check_scores(row(g.mention_types, "GPE").overlap, 0, 0, 0, 0);
  CHECK(row(g.mention_types, "MISC").a == 1);
  // All mentions: a 5, b 3, exact 1, overlap 2.
  CHECK(g.mentions.label == "all mentions");
  CHECK(g.mentions.a == 5);
  CHECK(g.mentions.b == 3);
  check_scores(g.mentions.exact, 1, 1.0 / 3, 0.2, 0.25);
  check_scores(g.mentions.overlap, 2, 2.0 / 3, 0.4, 0.5);
  // Quotes: the spans differ but overlap.
  REQUIRE(g.quote_kinds.size() == 1);
  CHECK(g.quote_kinds[0].label == "direct");
  check_scores(g.quote_kinds[0].exact, 0, 0, 0, 0);
  check_scores(g.quote_kinds[0].overlap, 1, 1, 1, 1);
  check_scores(g.quotes.overlap, 1, 1, 1, 1);

  // Token labels (outermost mention wins: Песков is PERSON in a, not MISC):
  //   a: P O P O O LOC O O P P     b: P O O O O GPE O O O P
  // agreed 7 of 10: po = 0.7; pe = 0.4*0.2 (P) + 0.5*0.7 (O) = 0.43; kappa = 0.27 / 0.57 = 9/19.
  CHECK(g.tokens.items == 10);
  CHECK(g.tokens.agreed == 7);
  CHECK(g.tokens.observed == Approx(0.7));
  CHECK(g.tokens.expected == Approx(0.43));
  CHECK(g.tokens.kappa == Approx(9.0 / 19));
  CHECK_FALSE(g.tokens.degenerate);
  // In a quote: a Q Q Q Q Q Q O O O O, b O O Q Q Q Q O O O O: po = 0.8, pe = 0.6*0.4 + 0.4*0.6 = 0.48,
  // kappa = 0.32 / 0.52 = 8/13.
  CHECK(g.in_quote.agreed == 8);
  CHECK(g.in_quote.expected == Approx(0.48));
  CHECK(g.in_quote.kappa == Approx(8.0 / 13));
  // The speakers overlap (Песков within Дмитрий Песков).
  CHECK(g.speakers.compared == 1);
  CHECK(g.speakers.agreed == 1);
  CHECK(g.speakers.share == 1);
}

TEST_CASE("agreement: the seed article, b differing in known ways") {
  auto x = test::annotated_seed();
  const auto& art = x.article;
  const AnnotationSet& a = x.set;
  AnnotationSet b = a;
  {
    Editor ed = editor(b, "bob");
    REQUIRE(ed.set_mention_span("m6", find(art, "Prime Minister Nikol Pashinyan")).ok);  // PERSON: 3 of 4 exact
    REQUIRE(ed.remove("m4").ok);                                                         // no CSTO
    REQUIRE(ed.set_mention_type("m5", "LOC").ok);                                        // Kazakhstan
    REQUIRE(ed.set_quote_kind("q2", QuoteKind::Direct).ok);
    REQUIRE(ed.set_speaker("q2", "m6").ok);
  }
  const auto g = compare::agree(art, a, b);
  REQUIRE(g.ok());
  REQUIRE(g.mention_types.size() == 4);
  const auto& person = g.mention_types[0];
  CHECK(person.label == "PERSON");
  CHECK(person.a == 4);
  CHECK(person.b == 4);
  check_scores(person.exact, 3, 0.75, 0.75, 0.75);
  check_scores(person.overlap, 4, 1, 1, 1);
  const auto& org = g.mention_types[1];
  CHECK(org.label == "ORG");
  CHECK(org.a == 2);
  CHECK(org.b == 1);
  check_scores(org.exact, 1, 1, 0.5, 2.0 / 3);
  CHECK(g.mention_types[2].label == "LOC");
  check_scores(g.mention_types[2].exact, 0, 0, 0, 0);
  CHECK(g.mention_types[3].label == "GPE");
  check_scores(g.mention_types[3].overlap, 0, 0, 0, 0);
  // Micro: a 7, b 6; exact 3 + 1 = 4, overlap 4 + 1 = 5.
  CHECK(g.mentions.a == 7);
  CHECK(g.mentions.b == 6);
  check_scores(g.mentions.exact, 4, 4.0 / 6, 4.0 / 7, 8.0 / 13);
  check_scores(g.mentions.overlap, 5, 5.0 / 6, 5.0 / 7, 10.0 / 13);
  // Quotes: q1 direct in both, q2 indirect in a and direct in b.
  REQUIRE(g.quote_kinds.size() == 2);
  CHECK(g.quote_kinds[0].label == "direct");
  check_scores(g.quote_kinds[0].exact, 1, 0.5, 1, 2.0 / 3);
  CHECK(g.quote_kinds[1].label == "indirect");
  check_scores(g.quote_kinds[1].exact, 0, 0, 0, 0);
  check_all_one(g.quotes);  // all quotes: matched whatever the kind
  // Speakers: q1 both "the Russian leader"; q2 attributed in b only.
  CHECK(g.speakers.compared == 1);
  CHECK(g.speakers.agreed == 1);
  CHECK(g.speakers.only_a == 0);
  CHECK(g.speakers.only_b == 1);
  CHECK(g.speakers.neither == 0);

  // Tokens: PERSON 9 in a (4 + 3 + 2), 11 in b (Prime Minister); ORG 5 in a, 4 in b; GPE 1 / LOC 1;
  // four tokens differ (Prime, Minister, CSTO, Kazakhstan).
  const double n = static_cast<double>(compare::words(art.text).size());
  CHECK(g.tokens.items == compare::words(art.text).size());
  CHECK(g.tokens.agreed == g.tokens.items - 4);
  const double pe = (9.0 * 11 + 5.0 * 4 + (n - 15) * (n - 16)) / (n * n);
  CHECK(g.tokens.expected == Approx(pe));
  CHECK(g.tokens.kappa == Approx(((n - 4) / n - pe) / (1 - pe)));
  CHECK(g.in_quote.kappa == 1);
  CHECK_FALSE(g.in_quote.degenerate);
}

TEST_CASE("agreement: identical sets agree fully, disjoint ones not at all") {
  const auto x = test::annotated_seed();
  const auto same = compare::agree(x.article, x.set, x.set);
  REQUIRE(same.ok());
  for (const auto& r : same.mention_types) check_all_one(r);
  for (const auto& r : same.quote_kinds) check_all_one(r);
  check_all_one(same.mentions);
  check_all_one(same.quotes);
  CHECK(same.mentions.a == 7);
  CHECK(same.tokens.kappa == 1);
  CHECK_FALSE(same.tokens.degenerate);
  CHECK(same.in_quote.kappa == 1);
  CHECK(same.speakers.share == 1);
  CHECK(same.speakers.compared == 1);
  CHECK(same.speakers.neither == 1);

  // Disjoint, on the tiny article: a marks Путин, b Токаев.
  const auto art = tiny();
  AnnotationSet a(art.id, art.text.code_points()), b = a;
  REQUIRE(editor(a, "ann").add_mention(find(art, "Путин"), "PERSON").ok);
  REQUIRE(editor(b, "bob").add_mention(find(art, "Токаев"), "PERSON").ok);
  const auto g = compare::agree(art, a, b);
  REQUIRE(g.ok());
  REQUIRE(g.mention_types.size() == 1);
  check_scores(g.mention_types[0].exact, 0, 0, 0, 0);
  check_scores(g.mention_types[0].overlap, 0, 0, 0, 0);
  check_scores(g.mentions.overlap, 0, 0, 0, 0);
  // a: P O O O O O O O O O, b: O O P O O O O O O O: po = 0.8, pe = 0.1*0.1 + 0.9*0.9 = 0.82, kappa = -0.02/0.18.
  CHECK(g.tokens.kappa == Approx(-1.0 / 9));
  // No quotes in either: nothing to find and nothing found; kappa is degenerate.
  CHECK(g.quotes.a == 0);
  check_scores(g.quotes.exact, 0, 1, 1, 1);
  CHECK(g.in_quote.degenerate);
  CHECK(g.in_quote.kappa == 1);
  CHECK(g.in_quote.note == "every token is O in both sets: chance agreement is 1, kappa is undefined");
  CHECK(g.speakers.compared == 0);

  // Nothing at all on either side.
  const AnnotationSet empty(art.id, art.text.code_points());
  const auto none = compare::agree(art, empty, empty);
  CHECK(none.mention_types.empty());
  CHECK(none.tokens.degenerate);
  CHECK(none.mentions.exact.f1 == 1);
}

TEST_CASE("agreement: speakers agree by overlapping mentions or by the entity's name") {
  auto x = test::annotated_seed();
  const auto& art = x.article;
  AnnotationSet b = x.set;
  Editor ed = editor(b, "bob");
  // q1: b names "Vladimir Putin" further on, in b's Putin entity; a names "the Russian leader" (also Putin's).
  const auto putin = ed.add_mention(find(art, "Vladimir Putin", 1), "PERSON");
  REQUIRE(ed.merge_into_entity(putin.id, "e1").ok);
  REQUIRE(ed.set_speaker("q1", putin.id).ok);
  REQUIRE(ed.rename_entity("e1", "  vladimir  PUTIN").ok);  // names compare without case and extra spaces
  auto g = compare::agree(art, x.set, b);
  CHECK(g.speakers.compared == 1);
  CHECK(g.speakers.agreed == 1);
  // Pashinyan is someone else.
  REQUIRE(ed.set_speaker("q1", "m6").ok);
  g = compare::agree(art, x.set, b);
  CHECK(g.speakers.compared == 1);
  CHECK(g.speakers.agreed == 0);
  CHECK(g.speakers.share == 0);
  // Only a attributes q1.
  REQUIRE(ed.set_speaker("q1", "").ok);
  g = compare::agree(art, x.set, b);
  CHECK(g.speakers.compared == 0);
  CHECK(g.speakers.only_a == 1);
}

TEST_CASE("agreement: sets of another article are refused") {
  const auto x = test::annotated_seed();
  const auto art = tiny();
  const auto g = compare::agree(art, x.set, x.set);
  CHECK_FALSE(g.ok());
  CHECK(g.error == "set a is of article " + x.article.id + ", not of " + art.id + " (x.txt)");
  CHECK(compare::agreement_table(g) == "agreement refused: " + g.error + "\n");
  CHECK(compare::agreement_json(g).dump() == "{\"error\":\"" + g.error + "\"}");
  const AnnotationSet other_length(art.id, 5);
  const AnnotationSet fine(art.id, art.text.code_points());
  CHECK(compare::agree(art, fine, other_length).error ==
        "set b counts 5 code points, article " + art.id + " has " + std::to_string(art.text.code_points()));
}

TEST_CASE("agreement: the table and the JSON") {
  const Tiny t = tiny_pair();
  const auto g = compare::agree(t.article, t.a, t.b);
  CHECK(compare::agreement_table(g) ==
        "Agreement of b with a (a is the reference), article " + t.article.id + "\n"
        "\n"
        "                             exact                       overlap\n"
        "type               a      b  match      P      R     F1  match      P      R     F1\n"
        "PERSON             3      2      1  0.500  0.333  0.400      2  1.000  0.667  0.800\n"
        "LOC                1      0      0  0.000  0.000  0.000      0  0.000  0.000  0.000\n"
        "GPE                0      1      0  0.000  0.000  0.000      0  0.000  0.000  0.000\n"
        "MISC               1      0      0  0.000  0.000  0.000      0  0.000  0.000  0.000\n"
        "-----------------------------------------------------------------------------------\n"
        "all mentions       5      3      1  0.333  0.200  0.250      2  0.667  0.400  0.500\n"
        "\n"
        "direct quotes      1      1      0  0.000  0.000  0.000      1  1.000  1.000  1.000\n"
        "-----------------------------------------------------------------------------------\n"
        "all quotes         1      1      0  0.000  0.000  0.000      1  1.000  1.000  1.000\n"
        "\n"
        "token kappa, mention types (10 tokens): 0.474 (observed 0.700, chance 0.430)\n"
        "token kappa, in a quote or not (10 tokens): 0.615 (observed 0.800, chance 0.480)\n"
        "speakers: 1 of 1 matched quotes with a speaker in both sets agree (1.000); a speaker in a only: 0, in b only: 0, in "
        "neither: 0\n");

  const auto j = compare::agreement_json(g);
  CHECK(j["article"] == t.article.id);
  CHECK(j["reference"] == "a");
  const auto& person = j["mentions"]["types"][0];
  CHECK(person["type"] == "PERSON");
  CHECK(person["a"] == 3);
  CHECK(person["b"] == 2);
  CHECK(person["exact"]["matched"] == 1);
  CHECK(person["exact"]["precision"].get<double>() == Approx(0.5));
  CHECK(person["overlap"]["f1"].get<double>() == Approx(0.8));
  CHECK(j["mentions"]["types"].size() == 4);
  CHECK(j["mentions"]["all"]["label"] == "all mentions");
  CHECK(j["quotes"]["kinds"][0]["kind"] == "direct");
  CHECK(j["quotes"]["all"]["overlap"]["matched"] == 1);
  CHECK(j["kappa"]["tokens"]["kappa"].get<double>() == Approx(9.0 / 19));
  CHECK(j["kappa"]["in_quote"]["agreed"] == 8);
  CHECK(j["kappa"]["tokens"]["degenerate"] == false);
  CHECK(j["speakers"]["compared"] == 1);
  CHECK(j["speakers"]["share"] == 1.0);
  CHECK_NOTHROW((void)j.dump());

  // A degenerate kappa says so in both.
  const AnnotationSet empty(t.article.id, t.article.text.code_points());
  const auto none = compare::agree(t.article, empty, empty);
  const std::string table = compare::agreement_table(none);
  CHECK(table.find("token kappa, mention types (10 tokens): 1.000 (degenerate: every token is O in both sets: chance agreement "
                   "is 1, kappa is undefined)\n") != std::string::npos);
  CHECK(table.find("speakers: no matched quotes with a speaker in both sets; a speaker in a only: 0, in b only: 0, in neither: "
                   "0\n") != std::string::npos);
  const auto nj = compare::agreement_json(none);
  CHECK(nj["kappa"]["tokens"]["degenerate"] == true);
  CHECK(nj["kappa"]["tokens"]["note"] == "every token is O in both sets: chance agreement is 1, kappa is undefined");
  CHECK(nj["mentions"]["types"].empty());
}
