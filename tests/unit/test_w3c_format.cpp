#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "annotated_sample.h"
#include "core/formats/w3c.h"
#include "format_compare.h"

using namespace glossa;
using namespace glossa::annotate;

TEST_CASE("W3C export: a collection of annotations with quote and position selectors in code points") {
  const auto x = test::annotated_seed();
  const nlohmann::json c = nlohmann::json::parse(formats::write_w3c(x.article, x.set));
  CHECK(c["@context"] == "http://www.w3.org/ns/anno.jsonld");
  CHECK(c["type"] == "AnnotationCollection");
  CHECK(c["total"] == x.set.size() - x.set.entities.size());
  const auto& items = c["first"]["items"];
  REQUIRE(items.size() == c["total"]);
  // The first mention in text order: "Collective Security Treaty Organization" (ORG).
  const auto& m = items[0];
  CHECK(m["type"] == "Annotation");
  CHECK(m["body"][0] == nlohmann::json{{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", "ORG"}});
  CHECK(m["target"]["source"] == "urn:glossa:article:" + x.article.id);
  CHECK(m["target"]["selector"][0]["type"] == "TextQuoteSelector");
  CHECK(m["target"]["selector"][0]["exact"] == "Collective Security Treaty Organization");
  CHECK(m["target"]["selector"][1]["type"] == "TextPositionSelector");
  CHECK(m["creator"]["name"] == "ann");
  // The quote links to its speaker's annotation and carries its cue.
  bool found = false;
  for (const auto& it : items)
    if (it["motivation"] == "classifying" && it["body"][0]["value"] == "direct quote") {
      found = true;
      CHECK(it["body"][1]["purpose"] == "identifying");
      CHECK(it["body"][1]["source"].get<std::string>().rfind("urn:glossa:article:" + x.article.id + ":m", 0) == 0);
      CHECK(it["body"][2]["selector"][0]["exact"] == "said");
    }
  CHECK(found);
}

TEST_CASE("W3C round trip gives the same annotations, Cyrillic and emoji included") {
  const auto x = test::annotated_seed();
  formats::ImportOptions opts;
  opts.target = &x.article;
  const formats::Loaded l = formats::read_w3c(formats::write_w3c(x.article, x.set), opts);
  REQUIRE_MESSAGE(l.ok(), l.error());
  test::check_same_content(l.set, x.set);
  CHECK(l.set.mention("m1")->prov.author == "ann");
  CHECK(l.set.mention("m1")->prov.created == "2026-11-25T10:00:00Z");

  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  const auto m = ed.add_mention(test::find(a, "Путин", 1), "PERSON");
  const auto q = ed.add_quote(test::find(a, "“Мы не допустим 😀 этого,”"), QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  REQUIRE(ed.add_mention(test::find(a, "👍🏽"), "MISC").ok);
  const std::string file = formats::write_w3c(a, s);
  // Positions count code points: the thumbs-up with its skin tone is 2 code points (4 UTF-16 units).
  const auto j = nlohmann::json::parse(file);
  const auto& sel = j["first"]["items"][1]["target"]["selector"][1];
  CHECK(sel["end"].get<int>() - sel["start"].get<int>() == 2);
  opts.target = &a;
  const formats::Loaded l2 = formats::read_w3c(file, opts);
  REQUIRE_MESSAGE(l2.ok(), l2.error());
  test::check_same_content(l2.set, s);
}

TEST_CASE("W3C import of another tool's annotations: quote-only selectors are found, foreign text is refused") {
  const article::Article a = test::emoji_article();
  const std::string foreign = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
    {"id": "http://example.org/anno/1", "type": "Annotation", "motivation": "tagging",
     "body": {"type": "TextualBody", "purpose": "tagging", "value": "PERSON"},
     "target": {"source": "http://example.org/page", "selector": {"type": "TextQuoteSelector", "exact": "Путин", "suffix": ". Emoji"}}},
    {"id": "http://example.org/anno/2", "type": "Annotation",
     "body": {"type": "TextualBody", "value": "check this"},
     "target": "http://example.org/anno/1"}]})";
  formats::ImportOptions opts;
  opts.target = &a;
  const formats::Loaded l = formats::read_w3c(foreign, opts);
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.set.mentions.size() == 1);
  const Mention& m = l.set.mentions.begin()->second;
  CHECK(a.text.slice(m.span.begin, m.span.end) == "Путин");
  CHECK(m.span.begin > 10);  // the second "Путин", chosen by its suffix
  REQUIRE(l.set.notes.size() == 1);
  CHECK(l.set.notes.begin()->second.target == m.id);

  const std::string wrong = R"({"type": "Annotation", "id": "urn:x", "body": {"purpose": "tagging", "value": "ORG", "type": "TextualBody"},
    "target": {"source": "http://example.org/other", "selector": [{"type": "TextPositionSelector", "start": 0, "end": 5},
                                                                 {"type": "TextQuoteSelector", "exact": "Apple"}]}})";
  const formats::Loaded no = formats::read_w3c(wrong, opts);
  CHECK_FALSE(no.ok());
  CHECK(no.error().rfind("this file was made for a different text (article http://example.org/other)", 0) == 0);
  CHECK(formats::read_w3c("{\"type\": \"Annotation\", \"target\": ", opts).error().rfind("truncated JSON at byte", 0) == 0);
  CHECK(formats::read_w3c("{\"hello\": 1}", opts).error() == "not a W3C Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection)");
}
