// Quote marks paired over lines and around stray single marks.
#include <doctest/doctest.h>

#include <string>

#include "core/article/reader.h"
#include "core/suggest/suggestion.h"

namespace {

using glossa::suggest::QuoteSuggestion;
using glossa::suggest::Span;

struct QuoteRun {
  glossa::article::Article a;
  glossa::suggest::Suggestions s;

  std::string text(Span sp) const { return std::string(a.text.slice(sp.begin, sp.end)); }
  const QuoteSuggestion* quote(const std::string& t) const {
    for (const auto& q : s.quotes)
      if (text(q.span) == t) return &q;
    return nullptr;
  }
  // Whether the quote is suggested at a confidence the app shows by default.
  bool shown(const std::string& t) const {
    const QuoteSuggestion* q = quote(t);
    return q && q->confidence >= 0.5;
  }
  std::string speaker(const std::string& t) const {
    const QuoteSuggestion* q = quote(t);
    return q && q->speaker ? text(*q->speaker) : "(none)";
  }
};

QuoteRun quote_run(const std::string& body, const std::string& title = "Test article") {
  auto r = glossa::article::read_article_file(title + "\n\n" + body, "x.txt");
  REQUIRE(r.ok());
  QuoteRun out{std::move(r.articles.at(0)), {}};
  out.s = glossa::suggest::suggest(out.a);
  return out;
}

}  // namespace

TEST_CASE("quote marks: a quote over two lines of one paragraph, the second reopened") {
  const QuoteRun r = quote_run(
      "“Trump events are outlets for people to engage in hatred.\n"
      "“There’s another side that’s kind of nihilistic,” Sexton said.\n");
  const std::string t = "“Trump events are outlets for people to engage in hatred.\n“There’s another side that’s kind of nihilistic,”";
  CHECK(r.shown(t));
  CHECK(r.speaker(t) == "Sexton");
  CHECK(r.s.flags.empty());
}

TEST_CASE("quote marks: the ’ of an elided year or a stray single mark does not swallow the quotes after it") {
  const QuoteRun r = quote_run(
      "Rep. Hank Johnson said in ‘08 that voters were changing. “It does away with the blame game,” he said.\n\n"
      "On CBS‘ Face the Nation, she stated, “An absence of action would have turned Libya into Syria.”\n");
  CHECK(r.shown("“It does away with the blame game,”"));
  CHECK(r.shown("“An absence of action would have turned Libya into Syria.”"));
  CHECK(r.speaker("“An absence of action would have turned Libya into Syria.”") == "she");
}
