#include <doctest/doctest.h>

#include <functional>

#include "annotated_sample.h"
#include "core/annotate/history_json.h"
#include "core/formats/workspace.h"
#include "core/json/parse.h"

using namespace glossa;
using namespace glossa::annotate;
using nlohmann::ordered_json;

namespace {

Editor make(AnnotationSet& s) {
  Editor ed(s, [] { return std::string("2026-11-25T10:00:00Z"); });
  ed.set_author("ann");
  return ed;
}

template <typename T>
bool same_change(const Change<T>& a, const Change<T>& b) {
  return a.before == b.before && a.after == b.after;
}

bool same_step(const Step& a, const Step& b) {
  if (a.label != b.label || a.changes.size() != b.changes.size()) return false;
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    if (a.changes[i].index() != b.changes[i].index()) return false;
    const bool same = std::visit(
        [&](const auto& ca) {
          using C = std::decay_t<decltype(ca)>;
          return same_change(ca, std::get<C>(b.changes[i]));
        },
        a.changes[i]);
    if (!same) return false;
  }
  return true;
}

bool same_steps(const std::vector<Step>& a, const std::vector<Step>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same_step(a[i], b[i])) return false;
  return true;
}

bool same_set(const AnnotationSet& a, const AnnotationSet& b) {
  return a.mentions == b.mentions && a.entities == b.entities && a.quotes == b.quotes && a.notes == b.notes &&
         a.foreign == b.foreign;
}

// Edits of every kind on a 200 code point text, with the set recorded after each step (snapshots[0] is
// the empty set, snapshots[k] the set after k undo steps). The last two steps are undone (a redo stack).
struct Scenario {
  AnnotationSet set{"doc", 200};
  Editor ed = make(set);
  std::vector<AnnotationSet> snapshots;

  Scenario() {
    snapshots.push_back(set);
    const auto done = [&](const EditResult& r) {
      REQUIRE_MESSAGE(r.ok, r.error);
      snapshots.push_back(set);
      return r;
    };
    const auto putin = done(ed.add_mention({10, 24}, "PERSON"));
    const auto leader = done(ed.add_mention({40, 58}, "PERSON", "suggested"));
    done(ed.merge_into_entity(leader.id, putin.id, "Vladimir Putin"));  // adds an entity, changes two mentions
    const Id entity = set.mention(putin.id)->entity;
    done(ed.rename_entity(entity, "Путин «лидер» 😀"));
    done(ed.set_entity_type(entity, "ORG"));  // the entity and both mentions in one step
    const auto org = done(ed.add_mention({60, 64}, "ORG"));
    // Discontinuous spans (fragments), added as a step of their own, and a quote with fragments.
    ed.set_author("bob");
    done(ed.apply(Step{"Mark split", {Change<Mention>{std::nullopt, Mention{"m90", {100, 120}, "LOC", "", {"bob", "2026-01-02T03:04:05Z", "imported"}, {{100, 105}, {110, 120}}}}}}));
    const auto q = done(ed.add_quote({70, 95}, QuoteKind::Direct));
    done(ed.set_speaker(q.id, leader.id));
    done(ed.set_cue(q.id, Span{96, 100}));
    done(ed.set_quote_kind(q.id, QuoteKind::Mixed));
    done(ed.apply(Step{"Mark split quote", {Change<Quote>{std::nullopt, Quote{"q90", {130, 150}, QuoteKind::Indirect, std::nullopt, "m90", {"", "", "suggested"}, {{130, 140}, {145, 150}}}}}}));
    const auto note = done(ed.add_note(q.id, std::nullopt, "check the date"));
    done(ed.add_note("", Span{150, 160}, "a span note\nwith a line"));
    done(ed.set_note_text(note.id, "checked"));
    done(ed.set_mention_span(org.id, {60, 66}));
    // A batch: several changes, one step.
    ed.begin_batch("Accept all");
    REQUIRE(ed.add_mention({170, 175}, "GPE").ok);
    REQUIRE(ed.add_mention({176, 180}, "DATE").ok);
    REQUIRE(ed.add_quote({181, 190}, QuoteKind::Indirect).ok);
    ed.end_batch();
    snapshots.push_back(set);
    done(ed.remove(leader.id));  // the quote's speaker cleared, the mention removed
    done(ed.remove(note.id));
    REQUIRE(ed.undo());
    REQUIRE(ed.undo());
    REQUIRE(ed.undo_depth() + 2 == snapshots.size() - 1);
  }
};

}  // namespace

TEST_CASE("history: every record, field and change kind round-trips through JSON exactly") {
  Scenario s;
  REQUIRE(s.ed.redo_steps().size() == 2);
  const ordered_json j = write_history(s.ed);
  const std::string text = j.dump();
  const HistoryRead r = parse_history(text);
  REQUIRE_MESSAGE(r.ok(), r.error);
  CHECK(r.history.undo.size() == s.ed.undo_steps().size());
  CHECK(r.history.redo.size() == 2);
  CHECK(same_steps(r.history.undo, s.ed.undo_steps()));
  CHECK(same_steps(r.history.redo, s.ed.redo_steps()));
  // Written again, the same JSON.
  CHECK(write_history(r.history.undo, r.history.redo).dump() == text);
  // Spot checks of the shape: code point offsets as numbers, every field present.
  const ordered_json& first = j["undo"][0]["changes"][0];
  CHECK(first["record"] == "mention");
  CHECK(first["before"].is_null());
  CHECK(first["after"]["begin"] == 10);
  CHECK(first["after"]["end"] == 24);
  CHECK(first["after"]["prov"]["author"] == "ann");
  // The split mention kept its fragments and provenance; the mixed quote its cue and speaker.
  bool saw_fragments = false, saw_cue = false;
  for (const Step& st : r.history.undo)
    for (const AnyChange& c : st.changes) {
      if (const auto* m = std::get_if<Change<Mention>>(&c); m && m->after && m->after->id == "m90") {
        CHECK(m->after->fragments == Fragments{{100, 105}, {110, 120}});
        CHECK(m->after->prov == Provenance{"bob", "2026-01-02T03:04:05Z", "imported"});
        saw_fragments = true;
      }
      if (const auto* q = std::get_if<Change<Quote>>(&c); q && q->after && q->after->kind == QuoteKind::Mixed) {
        CHECK(q->after->cue == std::optional<Span>(Span{96, 100}));
        CHECK_FALSE(q->after->speaker.empty());
        saw_cue = true;
      }
    }
  CHECK(saw_fragments);
  CHECK(saw_cue);
}

TEST_CASE("history: restored, undo gives back every earlier set exactly, and redo goes forward again") {
  Scenario s;
  const HistoryRead r = parse_history(write_history(s.ed).dump());
  REQUIRE(r.ok());
  AnnotationSet copy = s.set;  // as a reload gives it
  Editor ed = make(copy);
  const auto version = ed.version();
  std::string why;
  REQUIRE_MESSAGE(ed.restore_history(r.history.undo, r.history.redo, &why), why);
  CHECK(ed.version() == version);
  CHECK(ed.undo_label() == s.ed.undo_label());
  CHECK(ed.redo_label() == s.ed.redo_label());
  const std::size_t depth = ed.undo_depth();
  for (std::size_t k = depth; k-- > 0;) {
    REQUIRE(ed.undo());
    CHECK_MESSAGE(same_set(copy, s.snapshots[k]), "after undoing back to step " << k);
  }
  CHECK_FALSE(ed.can_undo());
  CHECK(copy.size() == 0);
  for (std::size_t k = 1; k < s.snapshots.size(); ++k) {
    REQUIRE(ed.redo());
    CHECK_MESSAGE(same_set(copy, s.snapshots[k]), "after redoing to step " << k);
  }
  CHECK_FALSE(ed.can_redo());
}

TEST_CASE("history: a history that does not fit the set is refused and changes nothing") {
  Scenario s;
  const History h{s.ed.undo_steps(), s.ed.redo_steps()};

  SUBCASE("an annotation changed outside the history") {
    AnnotationSet other = s.set;
    other.mentions.begin()->second.type = "MISC";
    const AnnotationSet before = other;
    Editor ed = make(other);
    std::string why;
    CHECK_FALSE(ed.restore_history(h.undo, h.redo, &why));
    CHECK_FALSE(why.empty());
    CHECK_FALSE(ed.can_undo());
    CHECK_FALSE(ed.can_redo());
    CHECK(same_set(other, before));  // the check ran on a copy
  }
  SUBCASE("the wrong set (an empty one)") {
    AnnotationSet empty("doc", 200);
    Editor ed = make(empty);
    CHECK_FALSE(ed.restore_history(h.undo, h.redo));
    CHECK(empty.size() == 0);
  }
  SUBCASE("a redo step that does not apply") {
    AnnotationSet copy = s.set;
    Editor ed = make(copy);
    std::vector<Step> redo = h.redo;
    std::get<Change<Note>>(redo.front().changes.front()).before->text = "not what it was";
    std::string why;
    CHECK_FALSE(ed.restore_history(h.undo, redo, &why));
    CHECK(why.find("redo") != std::string::npos);
  }
  SUBCASE("an undo step that names an annotation the set no longer has") {
    AnnotationSet copy = s.set;
    Editor ed = make(copy);
    std::vector<Step> undo = h.undo;
    undo.push_back(Step{"ghost", {Change<Mention>{std::nullopt, Mention{"m999", {1, 2}, "PERSON", "", {}, {}}}}});
    CHECK_FALSE(ed.restore_history(undo, h.redo));
  }
  SUBCASE("a refused history leaves the editor's own history as it was") {
    AnnotationSet copy = s.set;
    Editor ed = make(copy);
    REQUIRE(ed.rename_entity(copy.entities.begin()->first, "someone else").ok);
    CHECK_FALSE(ed.restore_history(h.undo, h.redo));  // the entity's name is not the one the history left
    CHECK(ed.undo_depth() == 1);
    CHECK(ed.undo_label() == "Rename entity");
  }
  SUBCASE("not while a batch is open") {
    AnnotationSet copy = s.set;
    Editor ed = make(copy);
    ed.begin_batch("open");
    CHECK_FALSE(ed.restore_history(h.undo, h.redo));
    ed.end_batch();
    CHECK(ed.restore_history(h.undo, h.redo));
  }
}

TEST_CASE("history: damaged or foreign input gives an error, never an exception") {
  Scenario s;
  const std::string good = write_history(s.ed).dump();
  const auto refused = [](const HistoryRead& r) { return !r.ok() && r.history.empty(); };
  CHECK(refused(parse_history("")));
  CHECK(parse_history(good.substr(0, good.size() / 2)).error.rfind("the undo history is damaged", 0) == 0);
  CHECK(refused(parse_history("[1, 2]")));
  CHECK(refused(parse_history(R"({"format": "glossa-history", "version": 2, "undo": [], "redo": []})")));
  CHECK(refused(parse_history(R"({"format": "glossa-history", "version": 1, "undo": {}, "redo": []})")));
  CHECK(parse_history(R"({"format": "glossa-history", "version": 1, "undo": [], "redo": []})").ok());

  // One field of the first change made wrong at a time: each is refused with its path.
  const ordered_json base = write_history(s.ed);
  const auto with = [&](const std::function<void(ordered_json&)>& f) {
    ordered_json j = base;
    f(j);
    return read_history(j);
  };
  const auto after = [](ordered_json& j) -> ordered_json& { return j["undo"][0]["changes"][0]["after"]; };
  CHECK(with([&](ordered_json& j) { after(j)["begin"] = -1; }).error == "undo[0].changes[0].after.begin: expected a code point offset (a whole number, 0 or more)");
  CHECK(refused(with([&](ordered_json& j) { after(j)["begin"] = 1.5; })));
  CHECK(refused(with([&](ordered_json& j) { after(j)["end"] = "24"; })));
  CHECK(with([&](ordered_json& j) { after(j).erase("prov"); }).error == "undo[0].changes[0].after.prov: missing");
  CHECK(refused(with([&](ordered_json& j) { after(j)["fragments"] = ordered_json::array({ordered_json::array({1})}); })));
  CHECK(refused(with([&](ordered_json& j) { after(j)["id"] = ""; })));
  CHECK(refused(with([&](ordered_json& j) { j["undo"][0]["changes"][0]["record"] = "sticker"; })));
  CHECK(refused(with([&](ordered_json& j) { j["undo"][0]["changes"][0]["after"] = nullptr; })));
  CHECK(refused(with([&](ordered_json& j) { j["undo"][0]["changes"] = ordered_json::array(); })));
  CHECK(refused(with([&](ordered_json& j) { j["undo"][0]["changes"][0] = 7; })));
  CHECK(refused(with([&](ordered_json& j) { j["redo"] = nullptr; })));

  // Every value anywhere replaced by each wrong kind of value: never a throw. On a few steps that hold every
  // record and field: entity and mentions (merge), fragments, quote with cue and speaker, notes.
  const auto& u = s.ed.undo_steps();
  REQUIRE(u.size() > 14);
  const ordered_json few = write_history({u[2], u[6], u[10], u[11], u[13], u[14]}, {s.ed.redo_steps().front()});
  std::size_t tried = 0;
  ordered_json j = few;  // each value replaced in place, then put back
  std::function<void(const ordered_json::json_pointer&, const ordered_json&)> walk =
      [&](const ordered_json::json_pointer& ptr, const ordered_json& v) {
        for (const ordered_json& bad : {ordered_json(nullptr), ordered_json(-3), ordered_json(2.5), ordered_json("x"),
                                        ordered_json::array(), ordered_json::object(), ordered_json(true),
                                        ordered_json(18446744073709551615ull)}) {
          j[ptr] = bad;
          CHECK_NOTHROW(read_history(j));
          j[ptr] = v;
          ++tried;
        }
        if (v.is_object())
          for (auto it = v.begin(); it != v.end(); ++it) walk(ptr / it.key(), it.value());
        else if (v.is_array())
          for (std::size_t i = 0; i < v.size(); ++i) walk(ptr / i, v[i]);
      };
  walk(ordered_json::json_pointer(), few);
  CHECK(tried > 1000);
  CHECK(j == few);
  // And every prefix of the text.
  const std::string few_text = few.dump();
  for (std::size_t n = 0; n < few_text.size(); n += 5) CHECK_NOTHROW(parse_history(few_text.substr(0, n)));
}

TEST_CASE("history: only the last 200 steps are saved, and they still restore") {
  AnnotationSet set("doc", 1000);
  Editor ed = make(set);
  std::vector<AnnotationSet> snapshots{set};
  for (std::size_t i = 0; i < 250; ++i) {
    REQUIRE(ed.add_mention({i, i + 1}, "PERSON").ok);
    snapshots.push_back(set);
  }
  REQUIRE(ed.undo_depth() == 250);
  const ordered_json j = write_history(ed);
  CHECK(j["undo"].size() == kSavedHistorySteps);
  CHECK(kSavedHistorySteps == 200);
  const HistoryRead r = read_history(j);
  REQUIRE(r.ok());
  REQUIRE(r.history.undo.size() == 200);
  // The oldest kept step is the 51st edit.
  CHECK(std::get<Change<Mention>>(r.history.undo.front().changes.front()).after->span == Span{50, 51});
  CHECK(same_step(r.history.undo.back(), ed.undo_steps().back()));

  AnnotationSet copy = set;
  Editor restored = make(copy);
  REQUIRE(restored.restore_history(r.history.undo, r.history.redo));
  while (restored.undo()) {
  }
  CHECK(same_set(copy, snapshots[50]));

  // The limit applies to redo too: the steps nearest the present are kept.
  for (int i = 0; i < 5; ++i) REQUIRE(ed.undo());
  const ordered_json small = write_history(ed, 3);
  CHECK(small["undo"].size() == 3);
  REQUIRE(small["redo"].size() == 3);
  const HistoryRead rs = read_history(small);
  REQUIRE(rs.ok());
  CHECK(same_step(rs.history.redo.back(), ed.redo_steps().back()));
  AnnotationSet copy2 = set;
  Editor restored2 = make(copy2);
  REQUIRE(restored2.restore_history(rs.history.undo, rs.history.redo));
  CHECK(restored2.redo());
  CHECK(same_set(copy2, snapshots[246]));
}

TEST_CASE("workspace: each document keeps its own undo history across a save and a reload") {
  const article::Article seed = test::seed_article();
  const article::Article emoji = test::emoji_article();
  AnnotationSet s1(seed.id, seed.text.code_points()), s2(emoji.id, emoji.text.code_points());
  Editor e1 = make(s1), e2 = make(s2);
  const auto putin = e1.add_mention(test::find(seed, "Vladimir Putin"), "PERSON");
  const auto leader = e1.add_mention(test::find(seed, "the Russian leader"), "PERSON");
  REQUIRE(e1.merge_into_entity(leader.id, putin.id, "Vladimir Putin").ok);
  const AnnotationSet s1_two_mentions = [&] {
    AnnotationSet x = s1;
    x.entities.clear();
    for (auto& [id, m] : x.mentions) m.entity.clear();
    return x;
  }();
  REQUIRE(e2.add_mention(test::find(emoji, "Путин"), "PERSON").ok);
  const auto q = e2.add_quote(test::find(emoji, "“Мы не допустим 😀 этого,”"), QuoteKind::Direct);
  REQUIRE(q.ok);
  REQUIRE(e2.add_note(q.id, std::nullopt, "эмодзи 👍🏽").ok);
  REQUIRE(e2.undo());  // a redo step
  const AnnotationSet s2_now = s2;

  const std::string saved = formats::write_workspace({{&seed, &s1, &e1}, {&emoji, &s2, &e2}}, 1, {}, {"{}"});
  formats::Workspace w = formats::read_workspace(saved);
  REQUIRE(w.ok());
  CHECK(w.warning.empty());
  REQUIRE(w.documents.size() == 3);
  REQUIRE(w.histories.size() == 3);
  CHECK(same_steps(w.histories[0].undo, e1.undo_steps()));
  CHECK(w.histories[0].redo.empty());
  CHECK(same_steps(w.histories[1].undo, e2.undo_steps()));
  CHECK(same_steps(w.histories[1].redo, e2.redo_steps()));
  CHECK(w.histories[2].empty());  // the kept, unreadable one has none
  CHECK(w.raw[2] == "{}");

  // As the app restores: the set first, then the history for it.
  AnnotationSet r1 = std::move(w.documents[0].set), r2 = std::move(w.documents[1].set);
  Editor d1 = make(r1), d2 = make(r2);
  REQUIRE(d1.restore_history(w.histories[0].undo, w.histories[0].redo));
  REQUIRE(d2.restore_history(w.histories[1].undo, w.histories[1].redo));
  CHECK(d1.undo_label() == "Merge into entity");
  REQUIRE(d1.undo());
  CHECK(same_set(r1, s1_two_mentions));
  REQUIRE(d2.redo());
  CHECK(r2.notes.size() == 1);
  CHECK(r2.notes.begin()->second.text == "эмодзи 👍🏽");
  REQUIRE(d2.undo());
  CHECK(same_set(r2, s2_now));

  // A document without an editor, or with an empty history, writes none.
  const formats::Workspace none = formats::read_workspace(formats::write_workspace({{&seed, &s1}, {&emoji, &s2, &e2}}, 0, {}));
  REQUIRE(none.histories.size() == 2);
  CHECK(none.histories[0].empty());
  CHECK_FALSE(none.histories[1].empty());
}

TEST_CASE("workspace: old files without histories read, and a bad history costs only the history") {
  const article::Article emoji = test::emoji_article();
  AnnotationSet s(emoji.id, emoji.text.code_points());
  Editor e = make(s);
  REQUIRE(e.add_mention(test::find(emoji, "Путин"), "PERSON").ok);
  REQUIRE(e.add_mention(test::find(emoji, "лидер"), "PERSON").ok);
  const std::string saved = formats::write_workspace({{&emoji, &s, &e}}, 0, {{"theme", "dark"}});
  auto j = json::parse(saved).value;
  REQUIRE(j.contains("histories"));

  SUBCASE("a file written before histories") {
    j.erase("histories");
    const formats::Workspace w = formats::read_workspace(j.dump());
    REQUIRE(w.ok());
    REQUIRE(w.documents.size() == 1);
    CHECK(w.documents[0].ok());
    CHECK(w.documents[0].set.mentions.size() == 2);
    REQUIRE(w.histories.size() == 1);
    CHECK(w.histories[0].empty());
    CHECK(w.warning.empty());
  }
  SUBCASE("a damaged history") {
    j["histories"][0]["undo"][0]["changes"][0]["after"]["begin"] = "three";
    const formats::Workspace w = formats::read_workspace(j.dump());
    REQUIRE(w.ok());
    CHECK(w.documents[0].ok());
    CHECK(w.documents[0].set.mentions.size() == 2);
    CHECK(w.histories[0].empty());
    CHECK(w.warning.find("undo history was not restored") != std::string::npos);
    CHECK(w.warning.find("begin") != std::string::npos);
  }
  SUBCASE("a history that does not fit the document's annotations") {
    j["histories"][0]["undo"][1]["changes"][0]["after"]["type"] = "ORG";
    const formats::Workspace w = formats::read_workspace(j.dump());
    REQUIRE(w.ok());
    CHECK(w.documents[0].ok());
    CHECK(w.histories[0].empty());
    CHECK_FALSE(w.warning.empty());
  }
  SUBCASE("histories of the wrong shape") {
    j["histories"] = "nothing";
    const formats::Workspace w = formats::read_workspace(j.dump());
    REQUIRE(w.ok());
    CHECK(w.histories.size() == 1);
    CHECK(w.histories[0].empty());
    j["histories"] = ordered_json::array({42});
    const formats::Workspace w2 = formats::read_workspace(j.dump());
    REQUIRE(w2.ok());
    CHECK(w2.histories[0].empty());
    CHECK_FALSE(w2.warning.empty());
  }
}

TEST_CASE("history: in memory, undo reaches back the last 1000 steps, the older ones are dropped") {
  AnnotationSet set("doc", 2000);
  Editor ed = make(set);
  const std::size_t edits = Editor::kMaxUndoSteps + 5;
  AnnotationSet after_five = set;
  for (std::size_t i = 0; i < edits; ++i) {
    REQUIRE(ed.add_mention({i, i + 1}, "PERSON").ok);
    if (i == 4) after_five = set;
  }
  CHECK(ed.undo_depth() == Editor::kMaxUndoSteps);
  std::size_t undone = 0;
  while (ed.undo()) ++undone;
  CHECK(undone == Editor::kMaxUndoSteps);
  // Back to the set as it was after the first five edits, which can no longer be undone.
  CHECK(same_set(set, after_five));
  CHECK(set.mentions.size() == 5);
  // Redo goes all the way forward again.
  while (ed.redo()) {
  }
  CHECK(set.mentions.size() == edits);
  // A batch counts as one step.
  ed.begin_batch("Accept all");
  REQUIRE(ed.add_mention({1990, 1991}, "ORG").ok);
  REQUIRE(ed.add_mention({1992, 1993}, "ORG").ok);
  ed.end_batch();
  CHECK(ed.undo_depth() == Editor::kMaxUndoSteps);
  REQUIRE(ed.undo());
  CHECK(set.mentions.size() == edits);
}
