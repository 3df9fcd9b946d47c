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
