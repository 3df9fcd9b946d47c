// Merging two annotators' sets of one article: src/core/compare/merge.h.
#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/compare/merge.h"
#include "format_compare.h"

using namespace glossa;
using namespace glossa::annotate;
using compare::Choice;
using compare::ConflictKind;
using test::find;

namespace {

Editor editor(AnnotationSet& s, const std::string& author) {
  Editor ed(s, [] { return std::string("2026-11-26T09:00:00Z"); });
  ed.set_author(author);
  return ed;
}

std::string at(const article::Article& a, Span s) {
  return "\"" + std::string(a.text.slice(s.begin, s.end)) + "\" at " + std::to_string(s.begin) + ".." + std::to_string(s.end);
}
std::string at(Span s) { return "at " + std::to_string(s.begin) + ".." + std::to_string(s.end); }

const char* const kMeasures =
    "“And the measures taken by the CSTO have clearly shown that we will not allow the situation to be rocked at home and will "
    "not allow the scenario of the so-called color revolutions to be realized,”";

// Two annotators of the seed article. a: annotated_seed() and a third quote spoken by "the Russian leader" (m8,
// in Putin's entity). b: annotated_seed() changed by its own annotator:
//  - "Kazakhstan" (m5) is LOC, not GPE                            -> type conflict
//  - "Prime Minister Nikol Pashinyan" instead of "Nikol Pashinyan" -> boundary conflict
//  - no "CSTO" (m4); "Kassym-Zhomart Tokayev" added (m8)            -> kept from each side
//  - q2 is direct (a: indirect), spoken by Pashinyan (a: no speaker) -> kind conflict (the speaker only fills a gap)
//  - the third quote spoken by "Vladimir Putin" (m9, loose)       -> speaker conflict
//  - a note on q2; the two notes of annotated_seed() as they are   -> collapsed
struct TwoAnnotators {
  article::Article article;
  AnnotationSet a, b;
};

TwoAnnotators two_annotators() {
  auto x = test::annotated_seed();
  TwoAnnotators t{x.article, x.set, x.set};
  const auto& art = t.article;
  {
    Editor ed = editor(t.a, "ann");
    const auto leader = ed.add_mention(find(art, "the Russian leader", 1), "PERSON");
    REQUIRE(leader.id == "m8");
    REQUIRE(ed.merge_into_entity(leader.id, "e1").ok);
    const auto q = ed.add_quote(find(art, kMeasures), QuoteKind::Direct);
    REQUIRE(q.id == "q3");
    REQUIRE(ed.set_speaker(q.id, leader.id).ok);
  }
  {
    Editor ed = editor(t.b, "bob");
    REQUIRE(ed.set_mention_type("m5", "LOC").ok);
    REQUIRE(ed.set_mention_span("m6", find(art, "Prime Minister Nikol Pashinyan")).ok);
    REQUIRE(ed.remove("m4").ok);
    REQUIRE(ed.add_mention(find(art, "Kassym-Zhomart Tokayev"), "PERSON").id == "m8");
    REQUIRE(ed.set_quote_kind("q2", QuoteKind::Direct).ok);
    REQUIRE(ed.set_speaker("q2", "m6").ok);
    REQUIRE(ed.add_mention(find(art, "Vladimir Putin", 1), "PERSON").id == "m9");
    const auto q = ed.add_quote(find(art, kMeasures), QuoteKind::Direct);
    REQUIRE(q.id == "q3");
    REQUIRE(ed.set_speaker(q.id, "m9").ok);
    REQUIRE(ed.add_note("q2", std::nullopt, "direct: the words are his").id == "n3");
  }
  REQUIRE(t.a.problems().empty());
  REQUIRE(t.b.problems().empty());
  return t;
}

}  // namespace

TEST_CASE("merge: conflicts of two annotators are listed in text order with descriptions") {
  const TwoAnnotators t = two_annotators();
  const auto& art = t.article;
  compare::MergeOptions opt;
  opt.article = &art;
  const compare::MergePlan plan = compare::plan_merge(t.a, t.b, opt);
  REQUIRE(plan.ok());
  CHECK(plan.same_mentions == 4);  // m1, m2, m3, m7
  CHECK(plan.same_quotes == 1);    // q1
  REQUIRE(plan.conflicts.size() == 4);

  const auto& c0 = plan.conflicts[0];
  CHECK(c0.on == compare::Conflict::On::Mention);
  CHECK(c0.kinds == std::vector<ConflictKind>{ConflictKind::Type});
  CHECK(c0.a_id == "m5");
  CHECK(c0.b_id == "m5");
  CHECK(c0.a_span == find(art, "Kazakhstan", 1));
  CHECK(c0.description == "mention " + at(art, find(art, "Kazakhstan", 1)) + ": GPE in a (m5), LOC in b (m5)");

  const auto& c1 = plan.conflicts[1];
  CHECK(c1.on == compare::Conflict::On::Quote);
  CHECK(c1.kinds == std::vector<ConflictKind>{ConflictKind::Kind});
  CHECK(c1.a_id == "q2");
  CHECK(c1.b_id == "q2");
  const Span q2 = find(art, "Putin noted that those protesting against the situation on the gas market are one people");
  CHECK(c1.description == "quote \"Putin noted that those … gas market are one people\" " + at(q2) +
                              " (a q2, b q2): kind indirect in a, direct in b");

  const auto& c2 = plan.conflicts[2];
  CHECK(c2.kinds == std::vector<ConflictKind>{ConflictKind::Speaker});
  CHECK(c2.a_id == "q3");
  CHECK(c2.b_id == "q3");
  CHECK(c2.description == "quote \"“And the measures taken by … revolutions to be realized,”\" " +
                              at(find(art, kMeasures)) + " (a q3, b q3): speaker " + at(art, find(art, "the Russian leader", 1)) +
                              " in a (m8), " + at(art, find(art, "Vladimir Putin", 1)) + " in b (m9)");

  const auto& c3 = plan.conflicts[3];
  CHECK(c3.kinds == std::vector<ConflictKind>{ConflictKind::Boundary});
  CHECK(c3.a_id == "m6");
  CHECK(c3.b_id == "m6");
  CHECK(c3.b_span == find(art, "Prime Minister Nikol Pashinyan"));
  CHECK(c3.description == "PERSON mention: " + at(art, find(art, "Nikol Pashinyan")) + " in a (m6), " +
                              at(art, find(art, "Prime Minister Nikol Pashinyan")) + " in b (m6)");

  // Without the article the descriptions give spans only.
  const auto bare = compare::plan_merge(t.a, t.b);
  REQUIRE(bare.conflicts.size() == 4);
  CHECK(bare.conflicts[0].description == "mention " + at(find(art, "Kazakhstan", 1)) + ": GPE in a (m5), LOC in b (m5)");
}

TEST_CASE("merge: by default a's version wins, the union keeps both sides, links remapped, valid") {
  const TwoAnnotators t = two_annotators();
  const auto& art = t.article;
  const compare::MergeResult r = compare::merge(t.a, t.b);
  REQUIRE(r.ok());
  CHECK(r.set.problems().empty());
  CHECK(r.choices == std::vector<Choice>(4, Choice::TakeA));
  const AnnotationSet& s = r.set;
  CHECK(s.article_id() == t.a.article_id());

  // a's eight mentions, and b's two of its own with new ids in text order.
  REQUIRE(s.mentions.size() == 10);
  for (const auto& [mid, m] : t.a.mentions) {
    const std::string id = mid;
    REQUIRE_MESSAGE(s.mention(id), id);
    CHECK(s.mention(id)->span == m.span);
    CHECK(s.mention(id)->type == m.type);
    CHECK(s.mention(id)->prov == m.prov);  // provenance of the kept version stays
  }
  CHECK(s.mention("m4")->span == find(art, "CSTO"));                    // only a has it
  CHECK(s.mention("m5")->type == "GPE");                                // type conflict: a's
  CHECK(s.mention("m6")->span == find(art, "Nikol Pashinyan"));         // boundary conflict: a's
  CHECK(s.mention("m9")->span == find(art, "Vladimir Putin", 1));       // b's m9
  CHECK(s.mention("m10")->span == find(art, "Kassym-Zhomart Tokayev"));  // b's m8
  CHECK(s.mention("m10")->prov.author == "bob");
  CHECK(r.from_b.at("m8") == "m10");
  CHECK(r.from_b.at("m9") == "m9");
  CHECK(r.from_b.at("m6") == "m6");
  CHECK(r.from_b.at("m5") == "m5");
  CHECK(r.from_a.at("m4") == "m4");

  // One entity: a's e1, which b's e1 joined through the same mentions.
  REQUIRE(s.entities.size() == 1);
  CHECK(s.entity("e1")->name == "Vladimir Putin");
  CHECK(s.mentions_of("e1").size() == 3);  // m1, m2, m8
  CHECK(s.mention("m9")->entity.empty());
  CHECK(r.from_b.at("e1") == "e1");
  CHECK(r.remarks.empty());

  // Quotes: q1 the same; q2 a's kind with b's speaker (a had none); q3 a's speaker.
  REQUIRE(s.quotes.size() == 3);
  CHECK(s.quote("q1")->speaker == "m2");
  CHECK(s.quote("q1")->cue == t.a.quote("q1")->cue);
  CHECK(s.quote("q2")->kind == QuoteKind::Indirect);
  CHECK(s.quote("q2")->speaker == "m6");
  CHECK(s.quote("q3")->speaker == "m8");
  CHECK(r.from_b.at("q3") == "q3");

  // Notes: the two both have, once; b's own note on q2.
  REQUIRE(s.notes.size() == 3);
  CHECK(s.notes.at("n3").target == "q2");
  CHECK(s.notes.at("n3").text == "direct: the words are his");
  CHECK(r.from_b.at("n1") == "n1");
  CHECK(r.from_b.at("n3") == "n3");
}

TEST_CASE("merge: conflicts settled one by one: take b, keep both") {
  const TwoAnnotators t = two_annotators();
  const auto& art = t.article;
  const auto plan = compare::plan_merge(t.a, t.b);
  REQUIRE(plan.conflicts.size() == 4);
  // Kazakhstan: take b; q2: keep both; q3: take b; Pashinyan: take b.
  const auto r = compare::resolve(plan, {Choice::TakeB, Choice::KeepBoth, Choice::TakeB, Choice::TakeB});
  REQUIRE(r.ok());
  CHECK(r.set.problems().empty());
  const AnnotationSet& s = r.set;
  CHECK(s.mention("m5")->type == "LOC");
  CHECK(s.mention("m6")->span == find(art, "Prime Minister Nikol Pashinyan"));
  // b's version under a's id: what pointed at either points at it.
  REQUIRE(s.quotes.size() == 4);
  CHECK(s.quote("q2")->kind == QuoteKind::Indirect);
  CHECK(s.quote("q2")->speaker.empty());
  const std::string q2b = r.from_b.at("q2");
  CHECK(q2b == "q4");
  CHECK(s.quote(q2b)->kind == QuoteKind::Direct);
  CHECK(s.quote(q2b)->speaker == "m6");
  CHECK(s.notes.at("n3").target == q2b);  // b's note follows b's quote
  CHECK(s.quote("q3")->speaker == "m9");
  CHECK(s.quote("q3")->prov.author == "bob");

  // Fewer choices than conflicts: the rest take a.
  const auto partial = compare::resolve(plan, {Choice::TakeB});
  REQUIRE(partial.ok());
  CHECK(partial.choices == std::vector<Choice>{Choice::TakeB, Choice::TakeA, Choice::TakeA, Choice::TakeA});
  CHECK(partial.set.mention("m5")->type == "LOC");
  CHECK(partial.set.mention("m6")->span == find(art, "Nikol Pashinyan"));

  // Keep both everywhere: every annotation of both, the conflicting pairs twice.
  compare::MergeOptions both;
  both.choice = Choice::KeepBoth;
  const auto all = compare::merge(t.a, t.b, both);
  REQUIRE(all.ok());
  CHECK(all.set.problems().empty());
  CHECK(all.set.mentions.size() == 12);  // 8 of a, 2 of b's own, 2 conflicting of b
  CHECK(all.set.quotes.size() == 5);
  CHECK(all.set.quote(all.from_b.at("q3"))->speaker == all.from_b.at("m9"));
  CHECK(all.from_b.at("m9") == "m10");  // b's own mentions in text order: m5 (Kazakhstan) is m9
  CHECK(compare::to_string(Choice::KeepBoth) == std::string("keep both"));
  CHECK(compare::to_string(ConflictKind::Boundary) == std::string("boundary"));
}

TEST_CASE("merge: a set merged with itself is the set") {
  auto x = test::annotated_seed();
  x.set.foreign.push_back({"brat", "E1\tAttribution:T4 Content:T3"});
  const auto r = compare::merge(x.set, x.set);
  REQUIRE(r.ok());
  CHECK(r.conflicts.empty());
  CHECK(r.remarks.empty());
  test::check_same_content(r.set, x.set);
  CHECK(r.set.mentions == x.set.mentions);
  CHECK(r.set.entities == x.set.entities);
  CHECK(r.set.quotes == x.set.quotes);
  CHECK(r.set.notes == x.set.notes);
  CHECK(r.set.foreign == x.set.foreign);
  // And merging the merge again changes nothing.
  const auto again = compare::merge(r.set, x.set);
  CHECK(again.set.mentions == x.set.mentions);
  CHECK(again.set.notes == x.set.notes);
}

TEST_CASE("merge: sets of different articles, or invalid ones, are refused") {
  auto x = test::annotated_seed();
  const AnnotationSet other("0123456789abcdef", x.set.text_length());
  auto r = compare::merge(x.set, other);
  CHECK_FALSE(r.ok());
  CHECK(r.error == "the sets are of different articles (a: " + x.article.id +
                       ", b: 0123456789abcdef); only annotations of the same article can be merged");
  CHECK(r.set.size() == 0);

  const AnnotationSet shorter(x.article.id, 100);
  r = compare::merge(shorter, x.set);
  CHECK(r.error == "the sets count different text lengths for article " + x.article.id + " (a: 100, b: " +
                       std::to_string(x.set.text_length()) + " code points); only annotations of the same text can be merged");

  auto tiny = article::read_article_file("Путин сказал.\n", "x.txt");
  REQUIRE(tiny.ok());
  compare::MergeOptions opt;
  opt.article = &tiny.articles[0];
  CHECK(compare::plan_merge(x.set, x.set, opt).error ==
        "the sets are of article " + x.article.id + ", not of " + tiny.articles[0].id + " (x.txt)");

  AnnotationSet broken = x.set;
  broken.mentions.at("m3").span = {50, 40};
  CHECK(compare::plan_merge(x.set, broken).error == "set b is not valid: mention m3: span 50..40 is empty or reversed");
  CHECK_FALSE(compare::resolve(compare::plan_merge(x.set, broken)).ok());

  // A plan changed by hand so that it no longer fits its sets is refused, not followed.
  auto plan = compare::plan_merge(x.set, x.set);
  plan.mentions.at(0).a = "m99";
  CHECK(compare::resolve(plan).error == "the merge plan does not fit its sets (it pairs annotations they do not have)");
}

TEST_CASE("merge: entities join through shared mentions, named from a") {
  AnnotationSet a("doc", 100), b("doc", 100);
  {
    Editor ed = editor(a, "ann");
    REQUIRE(ed.add_mention({0, 5}, "PERSON").ok);    // m1
    REQUIRE(ed.add_mention({10, 15}, "PERSON").ok);  // m2
    REQUIRE(ed.add_mention({20, 25}, "PERSON").ok);  // m3
    REQUIRE(ed.add_mention({30, 35}, "PERSON").ok);  // m4
    REQUIRE(ed.merge_into_entity("m2", "m1", "Alpha").id == "e1");
    REQUIRE(ed.merge_into_entity("m4", "m3", "Beta").id == "e2");
    REQUIRE(ed.add_note("e2", std::nullopt, "Beta is Alpha?").ok);
  }
  {
    Editor ed = editor(b, "bob");
    REQUIRE(ed.add_mention({0, 5}, "PERSON").ok);    // m1 = a's m1
    REQUIRE(ed.add_mention({20, 25}, "PERSON").ok);  // m2 = a's m3
    REQUIRE(ed.add_mention({40, 45}, "PERSON").ok);  // m3, only b
    REQUIRE(ed.merge_into_entity("m2", "m1", "A.").id == "e1");
    REQUIRE(ed.merge_into_entity("m3", "e1").ok);
  }
  const auto r = compare::merge(a, b);
  REQUIRE(r.ok());
  CHECK(r.conflicts.empty());
  CHECK(r.set.problems().empty());
  REQUIRE(r.set.entities.size() == 1);
  CHECK(r.set.entity("e1")->name == "Alpha");
  CHECK(r.set.mentions_of("e1").size() == 5);
  CHECK(r.from_a.at("e2") == "e1");
  CHECK(r.from_b.at("e1") == "e1");
  CHECK(r.from_b.at("m3") == "m5");
  CHECK(r.set.notes.at("n1").target == "e1");
  REQUIRE(r.remarks.size() == 1);
  CHECK(r.remarks[0] == "entities e1 \"Alpha\" and e2 \"Beta\" of a are one entity in the merge (e1): b groups their mentions together");
}

TEST_CASE("merge: a type conflict leaves the loser's entity, emptied, it goes and its notes follow the mention") {
  AnnotationSet a("doc", 100), b("doc", 100);
  {
    Editor ed = editor(a, "ann");
    REQUIRE(ed.add_mention({50, 55}, "PERSON").ok);  // m1
  }
  {
    Editor ed = editor(b, "bob");
    REQUIRE(ed.add_mention({50, 55}, "ORG").ok);  // m1
    REQUIRE(ed.add_mention({60, 65}, "ORG").ok);  // m2
    REQUIRE(ed.merge_into_entity("m2", "m1", "Acme").id == "e1");
    REQUIRE(ed.remove("m2").ok);  // e1 has only m1 now
    REQUIRE(ed.add_note("e1", std::nullopt, "the company").ok);
  }
  const auto plan = compare::plan_merge(a, b);
  REQUIRE(plan.conflicts.size() == 1);
  CHECK(plan.conflicts[0].description == "mention at 50..55: PERSON in a (m1), ORG in b (m1)");

  const auto ra = compare::resolve(plan, {Choice::TakeA});
  REQUIRE(ra.ok());
  CHECK(ra.set.entities.empty());
  CHECK(ra.from_b.count("e1") == 0);
  CHECK(ra.set.mention("m1")->type == "PERSON");
  CHECK(ra.set.mention("m1")->entity.empty());
  REQUIRE(ra.set.notes.size() == 1);
  CHECK(ra.set.notes.begin()->second.target == "m1");
  CHECK(ra.remarks == std::vector<std::string>{"entity e1 \"Acme\" of b is left out: its mentions have the other set's type now"});

  const auto rb = compare::resolve(plan, {Choice::TakeB});
  REQUIRE(rb.ok());
  REQUIRE(rb.set.entities.size() == 1);
  const auto& e = rb.set.entities.begin()->second;
  CHECK(e.id == "e1");  // a new id: a has no entities
  CHECK(e.name == "Acme");
  CHECK(rb.set.mention("m1")->type == "ORG");
  CHECK(rb.set.mention("m1")->entity == "e1");
  CHECK(rb.set.notes.begin()->second.target == "e1");
}

TEST_CASE("merge: quotes that only fill each other's gaps are the same, types, foreign records and boundaries") {
  AnnotationSet a("doc", 100), b("doc", 100);
  a.types.put({"SHIP", "Ship", 0x112233, '8'});
  b.types.put({"WORK", "Work of art", 0x445566, '8'});
  a.foreign = {{"brat", "E1\tSay:T1"}, {"brat", "A1\tNegated E1"}};
  b.foreign = {{"brat", "A1\tNegated E1"}, {"brat", "#1\tAnnotatorNotes T1\tok"}};
  {
    Editor ed = editor(a, "ann");
    REQUIRE(ed.add_quote({0, 40}, QuoteKind::Direct).ok);  // q1: no cue, no speaker
    REQUIRE(ed.add_mention({60, 70}, "PERSON").ok);        // m1
    REQUIRE(ed.add_mention({80, 90}, "SHIP").ok);          // m2
  }
  {
    Editor ed = editor(b, "bob");
    REQUIRE(ed.add_mention({50, 55}, "PERSON").ok);  // m1: the speaker
    REQUIRE(ed.add_quote({0, 40}, QuoteKind::Direct).ok);
    REQUIRE(ed.set_cue("q1", Span{41, 45}).ok);
    REQUIRE(ed.set_speaker("q1", "m1").ok);
    REQUIRE(ed.add_mention({60, 68}, "PERSON").ok);  // m2: overlaps a's m1 by 8 (union 10)
    REQUIRE(ed.add_mention({62, 72}, "PERSON").ok);  // m3: overlaps a's m1 by 8 (union 12)
    REQUIRE(ed.add_mention({80, 90}, "WORK").ok);    // m4
  }
  const auto plan = compare::plan_merge(a, b);
  REQUIRE(plan.ok());
  CHECK(plan.same_quotes == 1);
  REQUIRE(plan.conflicts.size() == 2);
  CHECK(plan.conflicts[0].kinds == std::vector<ConflictKind>{ConflictKind::Boundary});
  CHECK(plan.conflicts[0].b_id == "m2");  // the same overlap, the smaller union
  CHECK(plan.conflicts[0].description == "PERSON mention: at 60..70 in a (m1), at 60..68 in b (m2)");
  CHECK(plan.conflicts[1].description == "mention at 80..90: SHIP in a (m2), WORK in b (m4)");

  const auto r = compare::resolve(plan);
  REQUIRE(r.ok());
  CHECK(r.set.problems().empty());
  const Quote* q = r.set.quote("q1");
  REQUIRE(q);
  CHECK(q->cue == Span{41, 45});
  CHECK(q->speaker == r.from_b.at("m1"));
  CHECK(r.set.mention(q->speaker)->span == Span{50, 55});
  CHECK(r.set.mentions.size() == 4);  // a's two, b's speaker and its m3
  CHECK(r.set.types.find("SHIP")->key == '8');
  CHECK(r.set.types.find("WORK")->key == 0);  // a's SHIP has key 8
  CHECK(r.set.foreign.size() == 3);
  CHECK(r.set.foreign[2].record == "#1\tAnnotatorNotes T1\tok");

  const auto both = compare::resolve(plan, {Choice::KeepBoth, Choice::KeepBoth});
  REQUIRE(both.ok());
  CHECK(both.set.problems().empty());
  CHECK(both.set.mention(both.from_b.at("m4"))->type == "WORK");
}
