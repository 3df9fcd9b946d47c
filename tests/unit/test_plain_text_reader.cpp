#include <doctest/doctest.h>

#include "core/article/plain_text_reader.h"
#include "test_util.h"

using namespace glossa::article;
using glossa::test::read_file;

namespace {
std::string para(const Article& a, std::size_t i) {
  return std::string(a.text.slice(a.paragraphs.at(i).begin, a.paragraphs.at(i).end));
}
}  // namespace

TEST_CASE("seed article: headers, doubled title, date line and paragraphs") {
  const auto r = read_plain_text(read_file(glossa::test::corpus("seed/kazakhstan-csto-2022-01-10.txt")),
                                 "kazakhstan-csto-2022-01-10.txt");
  REQUIRE(r.ok);
  const Article& a = r.article;
  CHECK(a.title == "Putin called the events in Kazakhstan an act of aggression with the use of \"Maidan technologies\"");
  REQUIRE(a.meta("posted"));
  CHECK(a.meta("posted")->raw == "10 января 2022,, 13:42");
  CHECK(a.meta("published")->raw == "10 января 2022,, 13:42");
  CHECK(a.meta("modified")->raw == "24 декабря 2022,, 22:37");
  CHECK(a.meta("updated")->raw == "24 декабря 2022,, 22:37");
  CHECK(a.meta("date")->raw == "10 января 2022, 13:42");
  CHECK(a.paragraphs.size() == 9);
  CHECK(para(a, 0).rfind("Today, during an extraordinary session of the Collective Security Council", 0) == 0);
  CHECK(para(a, 1) == "“The events in Kazakhstan are an attack on the country, an act of aggression,” the Russian leader said.");
  CHECK(para(a, 8).rfind("A few days earlier , Armenian Prime Minister Nikol Pashinyan", 0) == 0);
  const std::string last = para(a, 8);
  CHECK(last.substr(last.size() - 32) == "during the riots in the country.");
  // The title is annotatable text, once.
  CHECK(a.text.slice(a.title_span.begin, a.title_span.end) == a.title);
  CHECK(a.text.str().find(a.title, 1) == std::string::npos);
  CHECK(a.id == text_hash(a.text.str()));
}

TEST_CASE("project sample article reads the same way") {
  const auto r = read_plain_text(read_file(glossa::test::sample("riverside-flood-council-2023-03-14.txt")), "sample");
  REQUIRE(r.ok);
  CHECK(r.article.title == "Riverside council approves emergency flood barriers after record spring melt");
  CHECK(r.article.meta("modified")->raw == "15 марта 2023,, 18:02");
  CHECK(r.article.paragraphs.size() == 8);
}

TEST_CASE("line ends and BOM are normalized and recorded") {
  const auto r = read_plain_text("\xEF\xBB\xBFTitle\r\n\r\nFirst line\r\nsame paragraph\r\n\r\nSecond\rThird", "crlf.txt");
  REQUIRE(r.ok);
  CHECK(r.article.title == "Title");
  CHECK(r.article.text.str() == "Title\n\nFirst line\nsame paragraph\n\nSecond\nThird");
  CHECK(r.article.paragraphs.size() == 2);
  CHECK(r.article.normalization.size() == 3);
}

TEST_CASE("invalid UTF-8 is refused with the file, offset and line") {
  const auto r = read_plain_text("Title\n\nok\n\xFF bad", "broken.txt");
  CHECK_FALSE(r.ok);
  CHECK(r.error == "broken.txt: not valid UTF-8 (first bad byte at offset 10, line 4)");
}

TEST_CASE("empty file gives an empty article with a warning") {
  const auto r = read_plain_text("", "empty.txt");
  REQUIRE(r.ok);
  CHECK(r.article.paragraphs.empty());
  CHECK(r.article.warnings.size() == 1);
}
