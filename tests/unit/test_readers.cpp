#include <doctest/doctest.h>

#include <string>

#include "core/article/html_reader.h"
#include "core/article/reader.h"
#include "test_util.h"

using namespace glossa::article;
using glossa::test::read_file;

namespace {
std::string text_of(const Article& a, const Span& s) { return std::string(a.text.slice(s.begin, s.end)); }
const Article& only(const ReadResult& r) {
  REQUIRE_MESSAGE(r.ok(), r.error);
  REQUIRE(r.articles.size() == 1);
  return r.articles[0];
}
}  // namespace

TEST_CASE("seed article: title, every date, paragraphs, sentences") {
  const std::string name = "kazakhstan-csto-2022-01-10.txt";
  const ReadResult r = read_article_file(read_file(glossa::test::corpus("seed/" + name)), name);
  const Article& a = only(r);
  CHECK(a.format == "text");
  CHECK(a.encoding == "UTF-8");
  CHECK(a.source == name);
  CHECK(a.title == "Putin called the events in Kazakhstan an act of aggression with the use of \"Maidan technologies\"");
  REQUIRE(a.metadata.size() == 5);
  const std::pair<const char*, std::pair<const char*, const char*>> dates[] = {
      {"posted", {"10 января 2022,, 13:42", "2022-01-10T13:42"}},
      {"published", {"10 января 2022,, 13:42", "2022-01-10T13:42"}},
      {"modified", {"24 декабря 2022,, 22:37", "2022-12-24T22:37"}},
      {"updated", {"24 декабря 2022,, 22:37", "2022-12-24T22:37"}},
      {"date", {"10 января 2022, 13:42", "2022-01-10T13:42"}},
  };
  for (const auto& date : dates) {
    const char* key = date.first;
    const auto& v = date.second;
    REQUIRE_MESSAGE(a.meta(key), key);
    CHECK(a.meta(key)->raw == v.first);
    CHECK(a.meta(key)->iso == v.second);
  }
  REQUIRE(a.paragraphs.size() == 9);
  CHECK(text_of(a, a.paragraphs[0]).rfind("Today, during an extraordinary session of the Collective Security Council", 0) == 0);
  CHECK(text_of(a, a.paragraphs[1]) ==
        "“The events in Kazakhstan are an attack on the country, an act of aggression,” the Russian leader said.");
  const std::string last = text_of(a, a.paragraphs[8]);
  CHECK(last.rfind("A few days earlier , Armenian Prime Minister Nikol Pashinyan", 0) == 0);
  CHECK(last.substr(last.size() - 32) == "during the riots in the country.");
  // The title is annotatable text, once; header lines, the doubled title and the date line are not text.
  CHECK(text_of(a, a.title_span) == a.title);
  CHECK(a.text.str().find(a.title, 1) == std::string::npos);
  CHECK(a.text.str().find("Posted") == std::string::npos);
  CHECK(a.normalization == std::vector<std::string>{"dropped the repeated title"});
  CHECK(a.id == text_hash(a.text.str()));
  CHECK(a.id.size() == 16);

  // Sentences: 1 + 1 + 2 + 1 + 1 + 2 (two inside one quote) + 3 + 1 + 2; quotes ending in ” do not break wrongly.
  CHECK(a.sentences.size() == 14);
  CHECK(text_of(a, a.sentences[1]) == text_of(a, a.paragraphs[1]));
  CHECK(text_of(a, a.sentences[7]) == "And the Kazakhstani law enforcement and security structures are directly involved in the fight "
                                      "against terrorism, combat work, and the protection of the civilian population, ”said Vladimir Putin .");
  CHECK(text_of(a, a.sentences[10]) ==
        "He called the events in Kazakhstan \"not the first and far from the last attempt at outside interference.\"");
  CHECK(text_of(a, a.sentences[13]).rfind("The meeting began with a minute of silence", 0) == 0);
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    CHECK(a.sentences[i].begin < a.sentences[i].end);
    if (i) CHECK(a.sentences[i - 1].end < a.sentences[i].begin);
  }
}

TEST_CASE("the project's sample article") {
  const ReadResult r = read_article_file(read_file(glossa::test::sample("riverside-flood-council-2023-03-14.txt")), "s.txt");
  const Article& a = only(r);
  CHECK(a.title == "Riverside council approves emergency flood barriers after record spring melt");
  CHECK(a.meta("modified")->iso == "2023-03-15T18:02");
  CHECK(a.paragraphs.size() == 8);
}

TEST_CASE("Windows-1251 file: converted, recorded, same article model") {
  const std::string bytes =
      "\xC7\xE0\xE3\xEE\xEB\xEE\xE2\xEE\xEA\r\n\r\n\xAB\xCF\xF3\xF2\xE8\xED \xE7\xE0\xFF\xE2\xE8\xEB\xBB, \x97 \xF1\xEA"
      "\xE0\xE7\xE0\xEB \xEE\xED. \xA8\xE6\xE8\xEA \xE2 \xF2\xF3\xEC\xE0\xED\xE5\x85\r\n";
  const ReadResult r = read_article_file(bytes, "cp1251.txt");
  const Article& a = only(r);
  CHECK(a.encoding == "windows-1251");
  CHECK(a.title == "Заголовок");
  CHECK(text_of(a, a.paragraphs.at(0)) == "«Путин заявил», — сказал он. Ёжик в тумане…");
  CHECK(a.sentences.size() == 2);
  CHECK(a.normalization.at(0) == "converted from windows-1251 (detected: Cyrillic text)");
  CHECK(a.normalization.at(1) == "line ends CRLF -> LF (3)");
}

TEST_CASE("Markdown: front matter, title heading, inline markup removed") {
  const char* md =
      "---\ntitle: \"Council votes\"\ndate: 2023-03-14\nauthor: Ann Lee\n---\n\n"
      "# Ignored because the front matter has a title\n\n"
      "The **mayor** said the [barriers](https://example.org/b) would be\nbuilt *soon*.\n\n"
      "## Reactions\n\n- First item with `code`\n- Second item\n\n> “A quote,” she said.\n\n![photo](p.jpg)\n";
  const ReadResult r = read_article_file(md, "note.md");
  const Article& a = only(r);
  CHECK(a.format == "markdown");
  CHECK(a.title == "Council votes");
  CHECK(a.meta("date")->iso == "2023-03-14");
  CHECK(a.meta("author")->raw == "Ann Lee");
  REQUIRE(a.paragraphs.size() == 6);
  CHECK(text_of(a, a.paragraphs[0]) == "Ignored because the front matter has a title");
  CHECK(text_of(a, a.paragraphs[1]) == "The mayor said the barriers would be built soon.");
  CHECK(text_of(a, a.paragraphs[2]) == "Reactions");
  CHECK(text_of(a, a.paragraphs[3]) == "First item with code");
  CHECK(text_of(a, a.paragraphs[5]) == "“A quote,” she said.");
}

TEST_CASE("HTML page: article body only, metadata from meta tags, entities decoded") {
  const char* html = R"(<!DOCTYPE html><html><head><title>Site | Council votes</title>
<meta property="og:title" content="Council votes on barriers">
<meta property="article:published_time" content="2023-03-14T09:15:00+03:00">
<meta name="author" content="Ann Lee"><link rel="canonical" href="https://news.example/council">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Council votes on barriers</h1>
<p>The mayor said &ldquo;we cannot wait&rdquo; &mdash; and the vote passed&hellip;</p>
<p>Residents of <b>Набережная</b> улица<br>were told.</p><!-- ad --><aside>Related: nothing</aside>
</article><footer>© 2023</footer></body></html>)";
  const ReadResult r = read_article_file(html, "page.html");
  const Article& a = only(r);
  CHECK(a.format == "html");
  CHECK(a.title == "Council votes on barriers");
  CHECK(a.meta("published")->iso == "2023-03-14T09:15:00+03:00");
  CHECK(a.meta("author")->raw == "Ann Lee");
  CHECK(a.meta("url")->raw == "https://news.example/council");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(text_of(a, a.paragraphs[0]) == "The mayor said “we cannot wait” — and the vote passed…");
  CHECK(text_of(a, a.paragraphs[1]) == "Residents of Набережная улица\nwere told.");
}

TEST_CASE("HTML entities: numeric, named, and malformed ones kept as written") {
  CHECK(decode_entities("&#8220;a&#x201D; &amp;&lt;b&gt; &#99999999999; &bogus; & x") == "“a” &<b> &#99999999999; &bogus; & x");
}

TEST_CASE("JSON export: one object, field synonyms, HTML body") {
  const char* json = R"({"headline": "Talks end", "body": "<p>First.</p><p>Second &amp; last.</p>",
    "datePublished": "January 10, 2022 1:42 PM", "authors": [{"name": "A. B."}, "C. D."], "link": "https://x.example/1"})";
  const ReadResult r = read_article_file(json, "one.json");
  const Article& a = only(r);
  CHECK(a.format == "json");
  CHECK(a.title == "Talks end");
  CHECK(a.meta("published")->iso == "2022-01-10T13:42");
  CHECK(a.meta("author")->raw == "A. B., C. D.");
  CHECK(a.meta("url")->raw == "https://x.example/1");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(text_of(a, a.paragraphs[1]) == "Second & last.");
}

TEST_CASE("JSON array and JSON Lines: many articles, a bad line is reported and skipped") {
  const ReadResult arr = read_article_file(R"({"articles": [{"title": "A", "text": "One."}, {"title": "B", "content": "Two.\n\nThree."}]})", "feed.json");
  REQUIRE(arr.ok());
  REQUIRE(arr.articles.size() == 2);
  CHECK(arr.articles[1].source == "feed.json#2");
  CHECK(arr.articles[1].paragraphs.size() == 2);

  const std::string jsonl =
      "{\"title\": \"First\", \"text\": \"Body one.\", \"date\": \"2022-01-10\"}\n"
      "\n"
      "{\"title\": \"Broken\", \"text\": \"unterminated\n"
      "{\"title\": \"No text\"}\n"
      "{\"title\": \"Второй\", \"text\": \"Текст.\", \"published\": \"10 января 2022\"}\n";
  const ReadResult r = read_article_file(jsonl, "feed.jsonl");
  REQUIRE(r.ok());
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].format == "jsonl");
  CHECK(r.articles[0].source == "feed.jsonl#1");
  CHECK(r.articles[1].source == "feed.jsonl#5");
  CHECK(r.articles[1].meta("published")->iso == "2022-01-10");
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0] == "feed.jsonl: line 3 skipped: truncated JSON");
  CHECK(r.warnings[1].rfind("feed.jsonl: line 4 skipped: no article text", 0) == 0);
}

TEST_CASE("format detection without a telling extension") {
  CHECK(detect_format("a.txt", "{}") == "text");
  CHECK(detect_format("dump", "{\"a\":1}\n{\"a\":2}\n") == "jsonl");
  CHECK(detect_format("dump", "[{\"a\":1}]") == "json");
  CHECK(detect_format("page", "<!doctype html><html>") == "html");
  CHECK(detect_format("notes", "# Title\n\ntext") == "markdown");
  CHECK(detect_format("notes", "Title\n\ntext") == "text");
}
