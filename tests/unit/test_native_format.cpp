#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/formats/native.h"

#include <nlohmann/json.hpp>

using namespace glossa;
using namespace glossa::annotate;
using formats::ImportOptions;
using formats::read_native;
using formats::write_native;

namespace {
void check_same(const AnnotationSet& a, const AnnotationSet& b) {
  CHECK(a.article_id() == b.article_id());
  CHECK(a.mentions == b.mentions);
  CHECK(a.entities == b.entities);
  CHECK(a.quotes == b.quotes);
  CHECK(a.notes == b.notes);
  CHECK(a.types.all().size() == b.types.all().size());
}
}  // namespace

TEST_CASE("native bundle round-trips: the recipient needs nothing else") {
  const auto x = test::annotated_seed();
  const std::string file = write_native(x.article, x.set, true);
  const formats::Loaded l = read_native(file);
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.article);
  CHECK(l.article->id == x.article.id);
  CHECK(l.article->text.str() == x.article.text.str());
  CHECK(l.article->title == x.article.title);
  CHECK(l.article->paragraphs == x.article.paragraphs);
  CHECK(l.article->sentences == x.article.sentences);
  CHECK(l.article->meta("posted")->iso == "2022-01-10T13:42");
  check_same(l.set, x.set);
  // Writing what was read gives the same file.
  CHECK(write_native(*l.article, l.set, true) == file);
}

TEST_CASE("native annotations-only file round-trips onto the same article, Cyrillic and emoji included") {
  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s, [] { return std::string("2026-11-25T10:00:00Z"); });
  const auto m = ed.add_mention(test::find(a, "Путин", 1), "PERSON");
  const auto q = ed.add_quote(test::find(a, "“Мы не допустим 😀 этого,”"), QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  REQUIRE(ed.add_mention(test::find(a, "👍🏽"), "MISC").ok);
  const std::string file = write_native(a, s, false);
  CHECK(file.find("\"text\": \"👍🏽\"") != std::string::npos);
  ImportOptions opts;
  opts.target = &a;
  const formats::Loaded l = read_native(file, opts);
  REQUIRE_MESSAGE(l.ok(), l.error());
  CHECK_FALSE(l.article);
  check_same(l.set, s);
  // Without the article, an annotations-only file cannot be placed.
  CHECK(read_native(file).error() == "this file carries no article text: open the article first, then import the file into it");
}

TEST_CASE("a file made for a different text: refused, or re-anchored with a report") {
  const auto x = test::annotated_seed();
  const std::string file = write_native(x.article, x.set, false);
  // The same article, edited: a sentence added at the top moves every offset; one quoted phrase removed.
  std::string changed = "Posted 10 января 2022,, 13:42\n\nTitle line\n\nAn added first paragraph.\n\n" +
                        x.article.text.str().substr(x.article.text.byte_of(x.article.paragraphs[0].begin));
  const std::string gone = "Putin noted that those protesting against the situation on the gas market are one people";
  changed.replace(changed.find(gone), gone.size(), "Putin noted something else");
  auto r = article::read_article_file(changed, "changed.txt");
  REQUIRE(r.ok());
  const article::Article& target = r.articles[0];

  ImportOptions refuse;
  refuse.target = &target;
  const formats::Loaded no = read_native(file, refuse);
  REQUIRE_FALSE(no.ok());
  CHECK(no.error().rfind("this file was made for a different text (article " + x.article.id + ")", 0) == 0);

  ImportOptions again = refuse;
  again.reanchor = true;
  const formats::Loaded yes = read_native(file, again);
  REQUIRE_MESSAGE(yes.ok(), yes.error());
  REQUIRE(yes.anchors);
  CHECK(yes.anchors->failed == 1);  // the indirect quote whose text is gone
  CHECK(yes.anchors->moved + yes.anchors->anchored == x.set.mentions.size() + x.set.quotes.size() + 1 /*cue*/ + 1 /*note span*/ - 1);
  CHECK(yes.anchors->summary() == std::to_string(yes.anchors->anchored) + " anchored, " + std::to_string(yes.anchors->moved) + " moved, 1 failed");
  CHECK(yes.warnings.at(0).find("not found in this text") != std::string::npos);
  CHECK(yes.set.quotes.size() == 1);
  // Every re-anchored mention sits on its text in the new article.
  for (const auto& [id, m] : yes.set.mentions)
    CHECK(target.text.slice(m.span.begin, m.span.end) == x.article.text.slice(x.set.mention(id)->span.begin, x.set.mention(id)->span.end));
  CHECK(yes.set.problems().empty());
}

TEST_CASE("bad native files say what is wrong and where") {
  const auto x = test::annotated_seed();
  const std::string good = write_native(x.article, x.set, false);
  ImportOptions opts;
  opts.target = &x.article;
  const auto err = [&](const std::string& text) { return read_native(text, opts).error(); };

  CHECK(err(good.substr(0, good.size() / 2)).rfind("truncated JSON (the file ends before the data is complete) at byte", 0) == 0);
  CHECK(err("{\"format\": \"other\"}") == "not a Glossa annotation file (no \"format\": \"glossa\")");
  std::string v7 = good;
  v7.replace(v7.find("\"version\": 1"), 12, "\"version\": 7");
  CHECK(err(v7) == "version: unsupported version 7 (this Glossa reads version 1; a newer Glossa wrote this file?)");

  // An offset past the end of the text.
  nlohmann::json j = nlohmann::json::parse(good);
  j["mentions"][2]["end"] = 999999;
  CHECK(err(j.dump()) == "mentions[2]: span " + std::to_string(j["mentions"][2]["begin"].get<int>()) +
                             "..999999 is outside the text (length " + std::to_string(x.article.text.code_points()) + ")");
  // An offset past 2^32, which a 32-bit size_t (wasm's) would wrap to a small one: refused, not wrapped. And
  // fragments as far (refused as fragments outside their mention's span, or, in wasm, as offsets).
  j = nlohmann::json::parse(good);
  j["mentions"][2]["begin"] = 4294967296ULL + j["mentions"][2]["begin"].get<std::uint64_t>();
  CHECK(err(j.dump()).rfind("mentions[2]", 0) == 0);
  j = nlohmann::json::parse(good);
  j["mentions"][3]["fragments"] = {{4294967296ULL, 4294967300ULL}};
  CHECK(!err(j.dump()).empty());
  // A speaker link to a mention that is not there.
  j = nlohmann::json::parse(good);
  j["quotes"][0]["speaker"] = "m404";
  CHECK(err(j.dump()) == "quotes[0].speaker: m404 is not a mention in this file");
  // Wrong types and missing fields, all reported.
  j = nlohmann::json::parse(good);
  j["mentions"][0]["begin"] = "ten";
  j["mentions"][1].erase("type");
  j["quotes"][1]["kind"] = "rumour";
  const std::string e = err(j.dump());
  CHECK(e.find("mentions[0].begin: expected a non-negative integer, found \"ten\"") != std::string::npos);
  CHECK(e.find("mentions[1].type: missing") != std::string::npos);
  CHECK(e.find("quotes[1].kind: expected direct, indirect or mixed, found \"rumour\"") != std::string::npos);
  // A bundle whose text was edited by hand no longer matches its id.
  j = nlohmann::json::parse(write_native(x.article, x.set, true));
  j["article"]["text"] = j["article"]["text"].get<std::string>() + " extra";
  CHECK(read_native(j.dump()).error().rfind("article.id: " + x.article.id + " does not match the text", 0) == 0);
}
