// Articles as bytes and back (core/article/article_binary.h): what the web app's reading worker hands the page.
#include <doctest/doctest.h>

#include <string>

#include "core/article/article_binary.h"
#include "core/article/reader.h"

using namespace glossa;

namespace {

void check_same(const article::Article& a, const article::Article& b) {
  CHECK(a.id == b.id);
  CHECK(a.source == b.source);
  CHECK(a.format == b.format);
  CHECK(a.encoding == b.encoding);
  CHECK(a.title == b.title);
  REQUIRE(a.metadata.size() == b.metadata.size());
  for (std::size_t i = 0; i < a.metadata.size(); ++i) {
    CHECK(a.metadata[i].key == b.metadata[i].key);
    CHECK(a.metadata[i].raw == b.metadata[i].raw);
    CHECK(a.metadata[i].iso == b.metadata[i].iso);
  }
  CHECK(a.text.str() == b.text.str());
  CHECK(a.text.code_points() == b.text.code_points());
  CHECK(a.text.utf16_units() == b.text.utf16_units());
  CHECK(a.title_span == b.title_span);
  CHECK(a.paragraphs == b.paragraphs);
  CHECK(a.sentences == b.sentences);
  CHECK(a.normalization == b.normalization);
  CHECK(a.warnings == b.warnings);
}

}  // namespace

TEST_CASE("article binary: what a reader gives comes back whole") {
  // Windows-1251 Cyrillic with a header line: encoding, normalization and metadata all non-empty.
  const std::string text = "Title: \xcf\xf0\xe8\xe2\xe5\xf2\r\nDate: 2024-03-05\r\n\r\n\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0. "
                           "\xc2\xf2\xee\xf0\xee\xe5 \xef\xf0\xe5\xe4\xeb\xee\xe6\xe5\xed\xe8\xe5.\r\n\r\nA second paragraph \x97 with a dash.\r\n";
  const article::ReadResult r = article::read_article_file(text, "cyrillic.txt");
  REQUIRE(r.ok());
  REQUIRE(r.articles.size() == 1);
  REQUIRE_FALSE(r.articles[0].normalization.empty());
  const auto back = article::from_binary(article::to_binary(r));
  REQUIRE(back.has_value());
  REQUIRE(back->ok());
  REQUIRE(back->articles.size() == 1);
  check_same(back->articles[0], r.articles[0]);
}

TEST_CASE("article binary: several articles, file warnings, and a refusal") {
  const std::string jsonl = "{\"title\":\"One\",\"text\":\"First text.\"}\nnot json\n{\"title\":\"Two\",\"text\":\"Second — text.\"}\n";
  const article::ReadResult r = article::read_article_file(jsonl, "feed.jsonl");
  REQUIRE(r.articles.size() == 2);
  REQUIRE_FALSE(r.warnings.empty());
  const auto back = article::from_binary(article::to_binary(r));
  REQUIRE(back.has_value());
  CHECK(back->warnings == r.warnings);
  REQUIRE(back->articles.size() == 2);
  check_same(back->articles[0], r.articles[0]);
  check_same(back->articles[1], r.articles[1]);

  const article::ReadResult refused = article::read_article_file(std::string("\x00\x01\x02\x03", 4), "binary.txt");
  REQUIRE_FALSE(refused.ok());
  const auto back2 = article::from_binary(article::to_binary(refused));
  REQUIRE(back2.has_value());
  CHECK(back2->error == refused.error);
  CHECK(back2->articles.empty());
}

TEST_CASE("article binary: damaged bytes are refused, never half read") {
  const article::ReadResult r = article::read_article_file("A title\n\nSome text here. And more.\n", "a.txt");
  const std::string bytes = article::to_binary(r);
  CHECK_FALSE(article::from_binary("").has_value());
  CHECK_FALSE(article::from_binary("GLARTBI2" + bytes.substr(8)).has_value());
  // Every truncation fails, as does a byte more.
  for (std::size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(article::from_binary(bytes.substr(0, n)).has_value());
  CHECK_FALSE(article::from_binary(bytes + "x").has_value());
  // A count far larger than the bytes: refused without trying to allocate it.
  std::string huge = bytes;
  huge.replace(8 + 8 + 0, 8, std::string("\xff\xff\xff\xff\xff\xff\xff\x7f", 8));  // the error string's length
  CHECK_FALSE(article::from_binary(huge).has_value());
}

TEST_CASE("article binary: one article alone reads back as a result holding it") {
  const article::ReadResult r = article::read_article_file("Headline\n\nFirst paragraph. Second sentence.\n\nAnother one.\n", "one.txt");
  REQUIRE(r.articles.size() == 1);
  const auto back = article::from_binary(article::to_binary(r.articles[0]));
  REQUIRE(back.has_value());
  CHECK(back->ok());
  REQUIRE(back->articles.size() == 1);
  check_same(back->articles[0], r.articles[0]);
}
