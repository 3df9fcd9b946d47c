#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "annotated_sample.h"
#include "core/formats/spacy.h"

using namespace glossa;
using namespace glossa::annotate;

namespace {

// What Doc.from_json needs of the tokens: in order, each gap between them empty or one U+0020 (the
// token's trailing space), the text covered from its start to its end.
void check_tokens(const nlohmann::json& doc, const article::Article& a) {
  const auto& tokens = doc["tokens"];
  std::size_t pos = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CHECK(tokens[i]["id"] == i);
    const std::size_t b = tokens[i]["start"], e = tokens[i]["end"];
    REQUIRE(b < e);
    if (b != pos) {
      CHECK(i > 0);
      CHECK(b == pos + 1);
      CHECK(a.text.slice(pos, b) == " ");
    }
    pos = e;
  }
  CHECK((pos == a.text.code_points() || (pos + 1 == a.text.code_points() && a.text.slice(pos, pos + 1) == " ")));
}

// Every span starts at a token's start and ends at a token's end (Doc.char_span would find it).
void check_aligned(const nlohmann::json& doc, const nlohmann::json& spans) {
  std::set<std::size_t> starts, ends;
  for (const auto& t : doc["tokens"]) {
    starts.insert(t["start"].get<std::size_t>());
    ends.insert(t["end"].get<std::size_t>());
  }
  for (const auto& s : spans) {
    CHECK(starts.count(s["start"].get<std::size_t>()));
    CHECK(ends.count(s["end"].get<std::size_t>()));
  }
}

}  // namespace

TEST_CASE("spaCy export: Doc.to_json shape, offsets are the model's code points, ents do not overlap") {
  const auto x = test::annotated_seed();
  std::vector<std::string> warnings;
  const auto doc = nlohmann::json::parse(formats::write_spacy(x.article, x.set, &warnings));
  CHECK(doc["text"] == x.article.text.str());
  // All mentions in spans["mentions"], in text order, at the model's offsets, with the entity name.
  const auto& mentions = doc["spans"]["mentions"];
  const auto ordered = x.set.mentions_in_order();
  REQUIRE(mentions.size() == ordered.size());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    CHECK(mentions[i]["start"] == ordered[i]->span.begin);
    CHECK(mentions[i]["end"] == ordered[i]->span.end);
    CHECK(mentions[i]["label"] == ordered[i]->type);
    const Entity* e = x.set.entity(ordered[i]->entity);
    CHECK(mentions[i]["kb_id"] == (e ? e->name : ""));
  }
  // ents: sorted and flat; the nested "Vladimir Putin" is only in spans.
  const auto& ents = doc["ents"];
  REQUIRE(ents.size() == ordered.size() - 1);
  for (std::size_t i = 1; i < ents.size(); ++i) CHECK(ents[i - 1]["end"].get<std::size_t>() <= ents[i]["start"].get<std::size_t>());
  const Span putin = x.set.mention("m1")->span;
  for (const auto& e : ents) CHECK_FALSE((e["start"] == putin.begin && e["end"] == putin.end));
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0] == "spaCy's doc.ents is flat: 1 of 7 mentions are only in spans[\"mentions\"] (nested in or overlapping a longer mention)");
  // Quotes with their kinds; speakers and cues point to their quote by kb_id.
  const auto& quotes = doc["spans"]["quotes"];
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0]["label"] == "direct");
  CHECK(quotes[0]["kb_id"] == "q1");
  CHECK(quotes[0]["start"] == x.set.quote("q1")->span.begin);
  CHECK(quotes[1]["label"] == "indirect");
  REQUIRE(doc["spans"]["speakers"].size() == 1);
  CHECK(doc["spans"]["speakers"][0]["start"] == x.set.mention("m2")->span.begin);
  CHECK(doc["spans"]["speakers"][0]["kb_id"] == "q1");
  REQUIRE(doc["spans"]["cues"].size() == 1);
  CHECK(doc["spans"]["cues"][0]["start"] == x.set.quote("q1")->cue->begin);
  CHECK(doc["spans"]["cues"][0]["label"] == "cue");
  // Sentences: the title first, then the body's.
  REQUIRE(doc["sents"].size() == x.article.sentences.size() + 1);
  CHECK(doc["sents"][0]["start"] == x.article.title_span.begin);
  CHECK(doc["sents"][1]["start"] == x.article.sentences[0].begin);
  check_tokens(doc, x.article);
  check_aligned(doc, ents);
  for (const char* group : {"mentions", "quotes", "speakers", "cues"}) check_aligned(doc, doc["spans"][group]);
  check_aligned(doc, doc["sents"]);
}

TEST_CASE("spaCy export: code points, not UTF-16 units or bytes, white space tokens, spans inside words split tokens") {
  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  const auto thumbs = ed.add_mention(test::find(a, "👍🏽"), "MISC");
  const auto putin = ed.add_mention(test::find(a, "Путин", 1), "PERSON");
  REQUIRE(ed.add_mention(test::find(a, "ут"), "MISC").ok);  // inside a word: the token is cut for it
  const auto doc = nlohmann::json::parse(formats::write_spacy(a, s));
  const Span t = s.mention(thumbs.id)->span;
  bool found = false;
  for (const auto& e : doc["ents"])
    if (e["label"] == "MISC" && e["start"] == t.begin) {
      found = true;
      CHECK(e["end"].get<std::size_t>() - e["start"].get<std::size_t>() == 2);  // 2 code points, 4 UTF-16 units
    }
  CHECK(found);
  CHECK(doc["spans"]["mentions"][0]["start"] == 1);  // "ут" in the title's "Путин"
  CHECK(s.mention(putin.id)->span.begin == doc["spans"]["mentions"][1]["start"].get<std::size_t>());
  // "\n\n" between the title and the body is a token, as spaCy's tokenizer makes it.
  bool newline_token = false;
  for (const auto& tok : doc["tokens"])
    newline_token = newline_token || a.text.slice(tok["start"].get<std::size_t>(), tok["end"].get<std::size_t>()) == "\n\n";
  CHECK(newline_token);
  check_tokens(doc, a);
  check_aligned(doc, doc["ents"]);
  check_aligned(doc, doc["spans"]["mentions"]);

  // An empty article is an empty doc.
  const auto empty = article::read_verbatim("", "empty.txt");
  REQUIRE(empty.ok());
  const auto e = nlohmann::json::parse(formats::write_spacy(empty.articles[0], AnnotationSet(empty.articles[0].id, 0)));
  CHECK(e["text"] == "");
  CHECK(e["tokens"].empty());
  CHECK(e["ents"].empty());
}
