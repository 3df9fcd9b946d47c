#pragma once
// A short article run through suggest(), and questions about what came out, for the suggestion tests.
#include <string>

#include <doctest/doctest.h>

#include "core/article/reader.h"
#include "core/suggest/suggestion.h"

namespace glossa::test {

struct SuggestRun {
  article::Article a;
  suggest::Suggestions s;

  std::string text(suggest::Span sp) const { return std::string(a.text.slice(sp.begin, sp.end)); }
  // The quote suggestion whose text is exactly t, or null.
  const suggest::QuoteSuggestion* quote(const std::string& t) const {
    for (const auto& q : s.quotes)
      if (text(q.span) == t) return &q;
    return nullptr;
  }
  // Whether the quote is suggested at a confidence the app shows by default.
  bool shown(const std::string& t) const {
    const suggest::QuoteSuggestion* q = quote(t);
    return q && q->confidence >= 0.5;
  }
  // The text of the quote's speaker, or "(none)".
  std::string speaker(const std::string& quote_text) const {
    const suggest::QuoteSuggestion* q = quote(quote_text);
    return q && q->speaker ? text(*q->speaker) : "(none)";
  }
  // The type of the shown (confidence >= 0.5) entity suggestion whose text is exactly t, or "".
  std::string type(const std::string& t) const {
    for (const auto& e : s.entities)
      if (text(e.span) == t && e.confidence >= 0.5) return e.type;
    return "";
  }
};

// body as the text of a plain text article under title.
inline SuggestRun suggest_run(const std::string& body, const std::string& title = "Test article") {
  auto r = article::read_article_file(title + "\n\n" + body, "x.txt");
  REQUIRE(r.ok());
  SuggestRun out{std::move(r.articles.at(0)), {}};
  out.s = suggest::suggest(out.a);
  return out;
}

}  // namespace glossa::test
