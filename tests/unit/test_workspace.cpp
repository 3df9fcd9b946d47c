#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/formats/workspace.h"
#include "format_compare.h"

using namespace glossa;

TEST_CASE("workspace: documents, the current one and the settings come back as they were saved") {
  const auto x = test::annotated_seed();
  const article::Article e = test::emoji_article();
  const annotate::AnnotationSet empty(e.id, e.text.code_points());
  const nlohmann::ordered_json settings = {{"theme", "dark"}, {"text_scale", 1.25}};
  const std::string saved = formats::write_workspace({{&x.article, &x.set}, {&e, &empty}}, 1, settings);
  const formats::Workspace w = formats::read_workspace(saved);
  REQUIRE(w.ok());
  REQUIRE(w.documents.size() == 2);
  CHECK(w.current == 1);
  CHECK(w.settings == settings);
  REQUIRE_MESSAGE(w.documents[0].ok(), w.documents[0].error());
  CHECK(w.documents[0].article->id == x.article.id);
  CHECK(w.documents[0].article->title == x.article.title);
  test::check_same_content(w.documents[0].set, x.set);
  CHECK(w.documents[0].set.mention("m1")->prov.author == "ann");
  CHECK(w.documents[1].article->text.str() == e.text.str());
}

TEST_CASE("workspace: a damaged or foreign file is refused with a reason, never half read") {
  CHECK(formats::read_workspace("{\"format\": \"glossa-workspace\", \"version\": 1, \"documents\": [").error.rfind("the saved workspace is damaged", 0) == 0);
  CHECK(formats::read_workspace("{\"format\": \"glossa-workspace\", \"version\": 9}").error.find("another version") != std::string::npos);
  CHECK(formats::read_workspace("[1, 2]").error == "not a Glossa workspace");
  const formats::Workspace w = formats::read_workspace(R"({"format": "glossa-workspace", "version": 1, "documents": [42, "{}"]})");
  REQUIRE(w.ok());
  REQUIRE(w.documents.size() == 2);
  CHECK_FALSE(w.documents[0].ok());
  CHECK_FALSE(w.documents[1].ok());
  // What could not be read is written back as it was, not dropped.
  const formats::Workspace again = formats::read_workspace(formats::write_workspace({}, -1, {}, {w.raw[1]}));
  REQUIRE(again.raw.size() == 1);
  CHECK(again.raw[0] == "{}");
  CHECK(formats::read_workspace(R"({"format": null})").error == "not a Glossa workspace");
}

TEST_CASE("workspace: articles kept apart are referred to by key and found again through the loader") {
  const auto x = test::annotated_seed();
  const article::Article e = test::emoji_article();
  const annotate::AnnotationSet empty(e.id, e.text.code_points());
  const std::string saved = formats::write_workspace({{&x.article, &x.set, nullptr, true}, {&e, &empty, nullptr, true}}, 0, {});
  // The file holds annotations, not the texts.
  CHECK(saved.find(x.article.text.str().substr(0, 200)) == std::string::npos);
  CHECK(saved.size() < x.article.text.bytes() + 20000);
  int asked = 0;
  const formats::ArticleLoader load = [&](const std::string& key) -> std::optional<article::Article> {
    ++asked;
    if (key == formats::article_key(x.article)) return x.article;
    if (key == formats::article_key(e)) return e;
    return std::nullopt;
  };
  const formats::Workspace w = formats::read_workspace(saved, load);
  REQUIRE(w.ok());
  CHECK(asked == 2);
  REQUIRE(w.documents.size() == 2);
  REQUIRE_MESSAGE(w.documents[0].ok(), w.documents[0].error());
  CHECK(w.documents[0].article->text.str() == x.article.text.str());
  test::check_same_content(w.documents[0].set, x.set);
  REQUIRE(w.documents[1].ok());
  CHECK(w.documents[1].article->id == e.id);

  // Two documents of one text from different files are kept apart.
  article::Article copy = x.article;
  copy.source = "another-name.txt";
  CHECK(formats::article_key(copy) != formats::article_key(x.article));
  CHECK(formats::article_key(copy).size() == 16);
}

TEST_CASE("workspace: a document whose article is missing is said, and kept as it was saved") {
  const auto x = test::annotated_seed();
  const std::string saved = formats::write_workspace({{&x.article, &x.set, nullptr, true}}, 0, {});
  const formats::Workspace w = formats::read_workspace(saved, [](const std::string&) { return std::optional<article::Article>(); });
  REQUIRE(w.ok());
  REQUIRE(w.documents.size() == 1);
  CHECK_FALSE(w.documents[0].ok());
  CHECK(w.documents[0].error().find("missing from the browser's storage") != std::string::npos);
  CHECK(formats::apart_article_key(w.raw[0]) == formats::article_key(x.article));
  // Written back as it was: with the article there again, it reads.
  const std::string again = formats::write_workspace({}, -1, {}, {w.raw[0]});
  const formats::Workspace w2 = formats::read_workspace(again, [&](const std::string&) { return std::optional<article::Article>(x.article); });
  REQUIRE(w2.documents.size() == 1);
  REQUIRE_MESSAGE(w2.documents[0].ok(), w2.documents[0].error());
  test::check_same_content(w2.documents[0].set, x.set);
}

TEST_CASE("workspace: each document's state (the app's suggestion decisions) comes back beside it, and only when there is one") {
  const auto x = test::annotated_seed();
  const article::Article e = test::emoji_article();
  const annotate::AnnotationSet empty(e.id, e.text.code_points());
  const nlohmann::ordered_json state = {{"suggestions", {{"shown", true}, {"rejected", {{{"quote", false}, {"kind", "PERSON"}, {"text", "Putin"}}}}}}};
  formats::WorkspaceDocument first{&x.article, &x.set};
  first.state = &state;
  const formats::Workspace w = formats::read_workspace(formats::write_workspace({first, {&e, &empty}}, 0, {}));
  REQUIRE(w.ok());
  REQUIRE(w.states.size() == 2);
  CHECK(w.states[0] == state);
  CHECK(w.states[1].is_null());
  // Without any state the file has no "states" (as files written before it), and reads back with nulls.
  const std::string plain = formats::write_workspace({{&x.article, &x.set}}, 0, {});
  CHECK(plain.find("\"states\"") == std::string::npos);
  const formats::Workspace p = formats::read_workspace(plain);
  REQUIRE(p.states.size() == 1);
  CHECK(p.states[0].is_null());
  // A document that cannot be read is written back with its state, both as they were.
  const formats::Workspace kept = formats::read_workspace(formats::write_workspace({}, -1, {}, {"{}"}, {state}));
  REQUIRE(kept.documents.size() == 1);
  CHECK_FALSE(kept.documents[0].ok());
  REQUIRE(kept.states.size() == 1);
  CHECK(kept.states[0] == state);
}
