#include <doctest/doctest.h>

#include "core/annotate/editor.h"

using namespace glossa::annotate;

namespace {
// A fixed clock keeps provenance predictable.
Editor make(AnnotationSet& s) {
  Editor ed(s, [] { return std::string("2026-11-25T10:00:00Z"); });
  ed.set_author("ann");
  return ed;
}
}  // namespace

TEST_CASE("default entity types have colours and keys") {
  const TypeSet t = TypeSet::defaults();
  for (const char* n : {"PERSON", "ORG", "LOC", "GPE", "EVENT", "DATE", "MISC"}) REQUIRE(t.find(n));
  CHECK(t.by_key('1')->name == "PERSON");
  CHECK(color_hex(t.find("PERSON")->color) == "#3b7dd8");
  TypeSet u = t;
  std::string why;
  CHECK_FALSE(u.put({"WORK", "Work", 0x123456, '1'}, &why));
  CHECK(why == "key 1 is taken by PERSON");
  CHECK(u.put({"WORK", "Work of art", 0x123456, '8'}));
  CHECK(u.by_key('8')->name == "WORK");
}

TEST_CASE("marking, overlapping and nested spans, provenance") {
  AnnotationSet s("doc", 100);
  Editor ed = make(s);
  const auto a = ed.add_mention({10, 24}, "PERSON");
  const auto b = ed.add_mention({19, 24}, "PERSON");  // nested
  const auto c = ed.add_mention({20, 40}, "ORG");     // overlapping
  REQUIRE((a.ok && b.ok && c.ok));
  CHECK(s.mentions.size() == 3);
  CHECK(s.mention(a.id)->prov == Provenance{"ann", "2026-11-25T10:00:00Z", "manual"});
  CHECK(s.problems().empty());
}

TEST_CASE("invalid operations are refused with a reason and change nothing") {
  AnnotationSet s("doc", 50);
  Editor ed = make(s);
  CHECK(ed.add_mention({10, 60}, "PERSON").error == "mention m1: span 10..60 is outside the text (length 50)");
  CHECK(ed.add_mention({10, 10}, "PERSON").error == "mention m2: span 10..10 is empty or reversed");
  CHECK(ed.add_mention({1, 5}, "ANIMAL").error == "mention m3: unknown type \"ANIMAL\"");
  const auto q = ed.add_quote({0, 20}, QuoteKind::Direct);
  REQUIRE(q.ok);
  CHECK(ed.set_speaker(q.id, "m99").error == "speaker m99 is not a mention");
  CHECK(ed.set_cue(q.id, Span{45, 55}).error == "quote " + q.id + ": cue span 45..55 is outside the text (length 50)");
  CHECK(ed.add_note("x1", std::nullopt, "hm").error == "note n1: target x1 does not exist");
  CHECK(s.mentions.empty());
  CHECK(s.quote(q.id)->speaker.empty());
  CHECK(ed.undo_depth() == 1);
  // A raw step that would leave a dangling speaker link is refused whole.
  const auto m = ed.add_mention({0, 5}, "PERSON");
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  Step bad{"delete", {Change<Mention>{*s.mention(m.id), std::nullopt}}};
  CHECK(ed.apply(bad).error == "quote " + q.id + " still names removed mention " + m.id + " as speaker");
  CHECK(s.mention(m.id));
}

TEST_CASE("undo and redo everything, in order") {
  AnnotationSet s("doc", 100);
  Editor ed = make(s);
  const auto m = ed.add_mention({0, 14}, "PERSON");
  const auto q = ed.add_quote({20, 60}, QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  REQUIRE(ed.set_cue(q.id, Span{61, 65}).ok);
  REQUIRE(ed.set_quote_kind(q.id, QuoteKind::Mixed).ok);
  const AnnotationSet full = s;
  CHECK(ed.undo_label() == "Make quote mixed");
  for (int i = 0; i < 5; ++i) CHECK(ed.undo());
  CHECK(s.size() == 0);
  CHECK_FALSE(ed.undo());
  for (int i = 0; i < 5; ++i) CHECK(ed.redo());
  CHECK(s.mentions == full.mentions);
  CHECK(s.quotes == full.quotes);
  // A new edit clears the redo stack.
  CHECK(ed.undo());
  CHECK(ed.can_redo());
  REQUIRE(ed.add_mention({70, 80}, "ORG").ok);
  CHECK_FALSE(ed.can_redo());
}

TEST_CASE("deleting a mention clears the quotes it spoke and removes its emptied entity, undo restores all") {
  AnnotationSet s("doc", 200);
  Editor ed = make(s);
  const auto putin = ed.add_mention({0, 14}, "PERSON");
  const auto leader = ed.add_mention({100, 117}, "PERSON");
  const auto e = ed.merge_into_entity(leader.id, putin.id, "Vladimir Putin");
  REQUIRE(e.ok);
  CHECK(s.entity(e.id)->name == "Vladimir Putin");
  CHECK(s.mentions_of(e.id).size() == 2);
  const auto q = ed.add_quote({20, 90}, QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q.id, leader.id).ok);
  REQUIRE(ed.add_note(leader.id, std::nullopt, "the Russian leader = Putin").ok);

  REQUIRE(ed.remove(leader.id).ok);
  CHECK(s.quote(q.id)->speaker.empty());
  CHECK(s.notes.empty());
  CHECK(s.entity(e.id));  // still has Putin
  REQUIRE(ed.remove(putin.id).ok);
  CHECK(s.entities.empty());  // emptied: gone in the same step
  CHECK(s.problems().empty());
  CHECK(ed.undo());
  CHECK(ed.undo());
  CHECK(s.quote(q.id)->speaker == leader.id);
  CHECK(s.notes.size() == 1);
  CHECK(s.mentions_of(e.id).size() == 2);
}

TEST_CASE("entities: rename, change type (with mentions), merge") {
  AnnotationSet s("doc", 300);
  Editor ed = make(s);
  const auto a = ed.add_mention({0, 5}, "PERSON");
  const auto b = ed.add_mention({10, 15}, "PERSON");
  const auto c = ed.add_mention({20, 25}, "ORG");
  const auto d = ed.add_mention({30, 35}, "ORG");
  const auto e1 = ed.merge_into_entity(b.id, a.id, "A");
  const auto e2 = ed.merge_into_entity(d.id, c.id, "C");
  REQUIRE((e1.ok && e2.ok));
  REQUIRE(ed.rename_entity(e1.id, "Alpha").ok);
  REQUIRE(ed.set_entity_type(e2.id, "GPE").ok);
  CHECK(s.mention(c.id)->type == "GPE");
  CHECK(s.mention(d.id)->type == "GPE");
  REQUIRE(ed.merge_entities(e1.id, e2.id).ok);
  CHECK(s.entities.size() == 1);
  CHECK(s.mentions_of(e1.id).size() == 4);
  CHECK(ed.undo());
  CHECK(s.entities.size() == 2);
  CHECK(s.entity(e1.id)->name == "Alpha");
}

TEST_CASE("a batch is one undo step") {
  AnnotationSet s("doc", 1000);
  Editor ed = make(s);
  ed.begin_batch("Accept all PERSON suggestions");
  for (std::size_t i = 0; i < 100; ++i) REQUIRE(ed.add_mention({i * 10, i * 10 + 5}, "PERSON", "suggested").ok);
  CHECK(ed.add_mention({5000, 5001}, "PERSON", "suggested").ok == false);  // refused alone, the batch goes on
  ed.end_batch();
  CHECK(s.mentions.size() == 100);
  CHECK(ed.undo_depth() == 1);
  CHECK(ed.undo_label() == "Accept all PERSON suggestions");
  CHECK(s.mentions.begin()->second.prov.origin == "suggested");
  CHECK(ed.undo());
  CHECK(s.mentions.empty());
  CHECK(ed.redo());
  CHECK(s.mentions.size() == 100);
}
