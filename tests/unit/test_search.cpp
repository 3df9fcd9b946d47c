// Find in the article: src/core/article/search.h.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotated_sample.h"
#include "core/article/search.h"
#include "core/text/chars.h"

using namespace glossa;
using article::find_all;
using article::SearchOptions;
using article::Span;

namespace {

std::vector<std::string> texts(const text::IndexedText& t, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(t.slice(s.begin, s.end));
  return out;
}

SearchOptions opts(bool match_case, bool whole_word) {
  SearchOptions o;
  o.match_case = match_case;
  o.whole_word = whole_word;
  return o;
}

}  // namespace

TEST_CASE("search: Cyrillic case-insensitive, match case and whole word") {
  const text::IndexedText t("Путин сказал: «ПУТИН и путинский режим». Путин!");
  CHECK(texts(t, find_all(t, "путин", {})) == std::vector<std::string>{"Путин", "ПУТИН", "путин", "Путин"});
  CHECK(texts(t, find_all(t, "путин", opts(false, true))) == std::vector<std::string>{"Путин", "ПУТИН", "Путин"});
  CHECK(texts(t, find_all(t, "Путин", opts(true, false))) == std::vector<std::string>{"Путин", "Путин"});
  CHECK(find_all(t, "путин", opts(true, true)).empty());
  const auto first = find_all(t, "ПуТиН", {});
  REQUIRE(!first.empty());
  CHECK(first[0] == Span{0, 5});
  CHECK(texts(t, find_all(t, "ПУТИНСКИЙ РЕЖИМ", {})) == std::vector<std::string>{"путинский режим"});
  CHECK(find_all(t, "", {}).empty());
  CHECK(find_all(t, "Медведев", {}).empty());
}

TEST_CASE("search: Latin, Latin-1 and Greek folding, non-overlapping matches") {
  const text::IndexedText t("École, ÉCOLE, école; ŸES yes ÿes; ΣΟΦΟΣ σοφος");
  CHECK(find_all(t, "école", {}).size() == 3);
  CHECK(find_all(t, "ÿes", {}).size() == 2);  // Ÿ folds to ÿ (not to ź)
  CHECK(find_all(t, "σοφοσ", {}).size() == 2);  // final sigma
  CHECK(text::fold_case(U'Ÿ') == U'ÿ');
  CHECK(text::fold_case(U'Ё') == U'ё');
  CHECK(text::fold_case(U'Ά') == U'ά');
  CHECK(text::fold_case(U'a') == U'a');

  const text::IndexedText a("aaaa aa aaa");
  CHECK(find_all(a, "aa", {}) == std::vector<Span>{{0, 2}, {2, 4}, {5, 7}, {8, 10}});
  CHECK(find_all(a, "aa", opts(false, true)) == std::vector<Span>{{5, 7}});  // candidates overlapping a rejected one
  const text::IndexedText d("Covid-19 and covid19, COVID");
  CHECK(texts(d, find_all(d, "covid", opts(false, true))) == std::vector<std::string>{"Covid", "COVID"});
  const text::IndexedText m("cafe\u0301 cafe");  // a combining mark continues the word
  CHECK(find_all(m, "cafe", opts(false, true)) == std::vector<Span>{{6, 10}});
}

TEST_CASE("search: offsets are code points around emoji and in the seed article") {
  const text::IndexedText t("😀 Путин 👍🏽 путин 👍🏽");
  CHECK(find_all(t, "путин", {}) == std::vector<Span>{{2, 7}, {11, 16}});
  CHECK(find_all(t, "👍🏽", {}) == std::vector<Span>{{8, 10}, {17, 19}});
  CHECK(find_all(t, "😀 п", {}) == std::vector<Span>{{0, 3}});

  const auto a = test::seed_article();
  const auto hits = find_all(a.text, "kazakhstan", {});
  REQUIRE(hits.size() >= 5);
  for (const Span& s : hits) {
    CHECK(text::fold_case(static_cast<char32_t>(a.text.slice(s.begin, s.end)[0])) == U'k');
    CHECK(s.size() == 10);
  }
  // Whole word leaves out "Kazakhstani"; "Kazakhstan's" counts (the apostrophe is no letter).
  const auto whole = find_all(a.text, "Kazakhstan", opts(true, true));
  CHECK(whole.size() < hits.size());
  CHECK(whole[0] == test::find(a, "Kazakhstan"));

  // A megabyte: still one pass.
  std::string big;
  while (big.size() < (1u << 20)) big += "Путин сказал, что Kazakhstan — ";
  const text::IndexedText bt(big);
  CHECK(find_all(bt, "ПУТИН", opts(false, true)).size() == find_all(bt, "kazakhstan", {}).size());
}
