#include <doctest/doctest.h>

#include <string>

#include "core/article/reader.h"

using namespace glossa::article;
using namespace std::string_literals;

TEST_CASE("empty file") {
  const ReadResult r = read_article_file("", "empty.txt");
  CHECK_FALSE(r.ok());
  CHECK(r.error == "empty.txt: the file is empty");
  CHECK(r.articles.empty());
  // Only blank lines: read, with a warning.
  const ReadResult blank = read_article_file("\n\n  \n", "blank.txt");
  REQUIRE(blank.ok());
  CHECK(blank.articles.at(0).warnings == std::vector<std::string>{"the article has no text"});
}

TEST_CASE("invalid UTF-8 names the file, the byte offset and the line") {
  const ReadResult r = read_article_file("Title\n\nok\n\xFF\xFE\xFD bad", "broken.txt");
  CHECK_FALSE(r.ok());
  CHECK(r.error.rfind("broken.txt: not valid UTF-8 (first bad byte at offset 10, line 4)", 0) == 0);
}

TEST_CASE("binary file") {
  const ReadResult r = read_article_file("\x7F" "ELF\x02\x01\x01\0\0\0"s, "a.out");
  CHECK(r.error == "a.out: this is an executable program, not a text file");
  CHECK(read_article_file("GIF89a\0\0"s, "photo.txt").error == "photo.txt: this is a GIF image, not a text file");
}

TEST_CASE("truncated and foreign JSON") {
  CHECK(read_article_file(R"({"title": "A", "text": "cut off her)", "a.json").error ==
        "a.json: truncated JSON (it ends before the data is complete) at byte 35, line 1");
  CHECK(read_article_file("{\"title\": \"A\",\n \"text\": oops}", "b.json").error == "b.json: invalid JSON at byte 24, line 2");
  CHECK(read_article_file(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"})", "anno.json").error ==
        "anno.json: not an article export: no article text (looked for \"text\", \"body\", \"content\", \"article\", \"articleBody\")");
  CHECK(read_article_file("[]", "c.json").error == "c.json: the JSON array is empty");
  CHECK(read_article_file("not json\n{\"x\":1}\n", "d.jsonl").error == "d.jsonl: no line is an article: line 1 skipped: invalid JSON at column 2");
}

TEST_CASE("a 100 MB file is refused at once, within memory bounds, with a clear message") {
  std::string big(100u << 20, 'a');
  for (std::size_t i = 80; i < big.size(); i += 81) big[i] = '\n';
  const ReadResult r = read_article_file(big, "huge.txt");
  CHECK_FALSE(r.ok());
  CHECK(r.error == "huge.txt: the file is too large (100.0 MB; Glossa reads one article of up to 64.0 MB); split it, or put the articles in a JSON Lines file");
  CHECK(r.articles.empty());
}

TEST_CASE("a large JSON Lines file of many articles is read") {
  std::string jsonl;
  const std::string body(2000, 'x');
  for (int i = 0; i < 2000; ++i) jsonl += "{\"title\": \"T" + std::to_string(i) + "\", \"text\": \"" + body + ".\"}\n";
  const ReadResult r = read_article_file(jsonl, "many.jsonl");
  REQUIRE(r.ok());
  CHECK(r.articles.size() == 2000);
  CHECK(r.articles.back().title == "T1999");
  CHECK(r.warnings.empty());
}
