// Importing a colleague's annotations into an open article: replacing as one undoable step
// (core/annotate/set_diff.h), the places where two annotators disagree (core/compare/differences.h),
// and a brat .ann paired with its .txt when both are opened together (core/formats/registry.h).
#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/annotate/set_diff.h"
#include "core/compare/differences.h"
#include "core/formats/registry.h"
#include "core/formats/workspace.h"

using namespace glossa;
using namespace glossa::annotate;
using compare::Difference;
using test::find;

namespace {

Editor editor(AnnotationSet& s, const std::string& author) {
  Editor ed(s, [] { return std::string("2026-11-26T09:00:00Z"); });
  ed.set_author(author);
  return ed;
}

bool same_annotations(const AnnotationSet& x, const AnnotationSet& y) {
  return x.mentions == y.mentions && x.entities == y.entities && x.quotes == y.quotes && x.notes == y.notes;
}

}  // namespace

TEST_CASE("replacing a set with a colleague's is one step that undo takes back whole") {
  auto x = test::annotated_seed();
  AnnotationSet mine = x.set, theirs = x.set;
  {
    Editor ed = editor(theirs, "bob");
    REQUIRE(ed.set_mention_type("m5", "LOC").ok);                 // changed
    REQUIRE(ed.remove("m4").ok);                                  // removed
    REQUIRE(ed.add_mention(find(x.article, "Kassym-Zhomart Tokayev"), "PERSON").ok);  // added
    REQUIRE(ed.set_speaker("q2", "m6").ok);                       // a link to a mention that exists in both
    REQUIRE(ed.remove("m2").ok);  // Putin's second mention: q1 loses its speaker, the note on q1 stays
  }
  REQUIRE(theirs.problems().empty());
  const AnnotationSet before = mine;
  Editor ed = editor(mine, "ann");
  const Step step = diff_step(mine, theirs, "Replace with bob.glossa.json");
  CHECK(step.label == "Replace with bob.glossa.json");
  CHECK(step.changes.size() == 6);  // m5, m4, the new mention, q2, m2 and q1 (its speaker)
  REQUIRE(ed.apply(step).ok);
  CHECK(same_annotations(mine, theirs));
  CHECK(ed.undo_depth() == 1);
  REQUIRE(ed.undo());
  CHECK(same_annotations(mine, before));
  REQUIRE(ed.redo());
  CHECK(same_annotations(mine, theirs));
  CHECK(diff_step(mine, theirs, "again").changes.empty());

  // A set given up to the step (an import): the same step, its annotations moved in rather than copied.
  REQUIRE(ed.undo());
  AnnotationSet given = theirs;
  Editor ed2 = editor(mine, "ann");
  REQUIRE(ed2.apply(diff_step(mine, std::move(given), "Replace with bob.glossa.json")).ok);
  CHECK(same_annotations(mine, theirs));
  REQUIRE(ed2.undo());
  CHECK(same_annotations(mine, before));
}

TEST_CASE("replacing with a set whose ids mean other annotations: links are checked in an order that holds") {
  auto x = test::annotated_seed();
  AnnotationSet mine = x.set;
  // Theirs was made from scratch: its m1 is another mention, its e1 another entity, its q1 spoken by its m2.
  AnnotationSet theirs(x.article.id, x.article.text.code_points());
  {
    Editor ed = editor(theirs, "bob");
    const auto pash = ed.add_mention(find(x.article, "Nikol Pashinyan"), "PERSON");
    const auto tok = ed.add_mention(find(x.article, "Kassym-Zhomart Tokayev"), "PERSON");
    REQUIRE(ed.merge_into_entity(pash.id, tok.id, "two leaders").ok);
    const auto q = ed.add_quote(find(x.article, "“The events in Kazakhstan are an attack on the country, an act of aggression,”"),
                                QuoteKind::Direct);
    REQUIRE(ed.set_speaker(q.id, tok.id).ok);
  }
  REQUIRE(theirs.mentions.count("m1"));
  CHECK(theirs.mentions.at("m1").span != mine.mentions.at("m1").span);
  Editor ed = editor(mine, "ann");
  const auto r = ed.apply(diff_step(mine, theirs, "Replace"));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(same_annotations(mine, theirs));
  CHECK(mine.problems().empty());
  REQUIRE(ed.undo());
  CHECK(same_annotations(mine, x.set));
}

TEST_CASE("differences: every conflict and every annotation only one side has, in text order") {
  auto x = test::annotated_seed();
  AnnotationSet theirs = x.set;
  {
    Editor ed = editor(theirs, "bob");
    REQUIRE(ed.set_mention_type("m5", "LOC").ok);
    REQUIRE(ed.remove("m4").ok);
    REQUIRE(ed.add_mention(find(x.article, "Kassym-Zhomart Tokayev"), "PERSON").ok);
    REQUIRE(ed.set_quote_kind("q2", QuoteKind::Direct).ok);
  }
  const auto plan = compare::plan_merge(x.set, theirs, {&x.article});
  REQUIRE(plan.ok());
  const auto diffs = compare::differences(plan, &x.article);
  REQUIRE(diffs.size() == 4);
  for (std::size_t i = 1; i < diffs.size(); ++i) CHECK(diffs[i - 1].span.begin <= diffs[i].span.begin);
  int only_a = 0, only_b = 0, conflicts = 0;
  for (const Difference& d : diffs) {
    if (d.kind == Difference::Kind::OnlyA) {
      ++only_a;
      CHECK(d.a_id == "m4");
      CHECK(d.b_id.empty());
      CHECK(d.span == x.set.mentions.at("m4").span);
      CHECK(d.description == "ORG mention \"CSTO\" at " + std::to_string(d.span.begin) + ".." + std::to_string(d.span.end) + " only in a");
    } else if (d.kind == Difference::Kind::OnlyB) {
      ++only_b;
      CHECK(d.a_id.empty());
      CHECK(d.span == find(x.article, "Kassym-Zhomart Tokayev"));
      CHECK(d.description.find("only in b") != std::string::npos);
    } else {
      ++conflicts;
      CHECK(!d.a_id.empty());
      CHECK(!d.b_id.empty());
      CHECK(d.description.find(" in a") != std::string::npos);
      if (d.quote) CHECK(d.span == x.set.quotes.at("q2").span);
      else CHECK(d.span == x.set.mentions.at("m5").span);
    }
  }
  CHECK(only_a == 1);
  CHECK(only_b == 1);
  CHECK(conflicts == 2);
  // The same set twice differs nowhere.
  CHECK(compare::differences(compare::plan_merge(x.set, x.set), &x.article).empty());
}

TEST_CASE("a brat .ann opened with its .txt: paired by name, whatever the order") {
  const std::vector<std::string> names{"a.ann", "b.txt", "a.txt", "b.ann", "c.ann", "notes.txt", "x.ann.txt"};
  const auto pairs = formats::brat_companions(names);
  REQUIRE(pairs.size() == names.size());
  CHECK(pairs[0] == 2);
  CHECK(pairs[1] == std::string::npos);
  CHECK(pairs[3] == 1);
  CHECK(pairs[4] == std::string::npos);  // no c.txt
  CHECK(pairs[6] == std::string::npos);
  CHECK(formats::brat_companions({".ann", ".txt"})[0] == std::string::npos);
}

TEST_CASE("File > Export all documents: the workspace file opens as every document with its annotations") {
  auto x = test::annotated_seed();
  const article::Article other = test::emoji_article();
  const annotate::AnnotationSet empty(other.id, other.text.code_points());
  const std::string file = formats::write_workspace({{&x.article, &x.set}, {&other, &empty}}, 1, nlohmann::ordered_json::object());
  CHECK(formats::detect_file_kind("glossa-documents.json", file.substr(0, 4096)) == "workspace");
  const auto docs = formats::load_documents(file, "glossa-documents.json", {});
  REQUIRE(docs.size() == 2);
  REQUIRE(docs[0].ok());
  REQUIRE(docs[0].article);
  CHECK(docs[0].article->id == x.article.id);
  CHECK(same_annotations(docs[0].set, x.set));
  REQUIRE(docs[1].article);
  CHECK(docs[1].article->text.str() == other.text.str());
  // A damaged one says so, with the file's name.
  const auto bad = formats::load_documents(file.substr(0, file.size() / 2), "glossa-documents.json", {});
  REQUIRE(bad.size() == 1);
  CHECK_FALSE(bad[0].ok());
  CHECK(bad[0].error().rfind("glossa-documents.json: ", 0) == 0);
}
