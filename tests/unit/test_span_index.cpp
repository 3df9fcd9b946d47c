// Annotations by position: src/core/annotate/span_index.h.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "annotated_sample.h"
#include "core/annotate/span_index.h"

using namespace glossa;
using namespace glossa::annotate;

namespace {

std::vector<std::string> ids(const std::vector<const Indexed*>& v) {
  std::vector<std::string> out;
  for (const Indexed* x : v) out.push_back(std::string(1, x->kind) + x->id);
  return out;
}

bool document_order(const Indexed* x, const Indexed* y) {
  if (x->span.begin != y->span.begin) return x->span.begin < y->span.begin;
  return x->span.end > y->span.end;
}

}  // namespace

TEST_CASE("span index: agrees with a brute-force scan on 10,000 random nested and overlapping spans") {
  std::uint32_t seed = 777;
  const auto rnd = [&seed](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  const std::size_t length = 50000;
  std::vector<Indexed> items;
  while (items.size() < 10000) {
    const std::size_t k = items.size();
    Span s;
    const std::uint32_t shape = rnd(10);
    if (shape < 6) {  // short, like mentions
      s.begin = rnd(length - 40);
      s.end = s.begin + 1 + rnd(30);
    } else if (shape < 8 && k > 0) {  // nested inside an earlier span (or equal to it)
      const Span outer = items[rnd(static_cast<std::uint32_t>(k))].span;
      s.begin = outer.begin + rnd(static_cast<std::uint32_t>(outer.size()));
      s.end = s.begin + 1 + rnd(static_cast<std::uint32_t>(outer.end - s.begin));
    } else {  // long, like quotes and paragraphs
      s.begin = rnd(length - 3000);
      s.end = s.begin + 100 + rnd(2900);
    }
    items.push_back(Indexed{s, "x" + std::to_string(k), "mqcn"[rnd(4)]});
  }
  SpanIndex index;
  index.build(items);
  REQUIRE(index.size() == items.size());

  for (int q = 0; q < 600; ++q) {
    const std::size_t b = rnd(length + 10);
    const std::size_t e = q % 3 == 0 ? b + 1 : b + 1 + rnd(q % 3 == 1 ? 50 : 3000);
    std::vector<const Indexed*> want;
    for (const Indexed& x : index.items())
      if (x.span.begin < e && x.span.end > b) want.push_back(&x);
    const auto got = index.overlapping(b, e);
    CHECK(ids(got) == ids(want));  // same spans, same (document) order
    CHECK(std::is_sorted(got.begin(), got.end(), document_order));

    const std::size_t cp = rnd(length + 10);
    std::vector<const Indexed*> inside;
    for (const Indexed& x : index.items())
      if (x.span.begin <= cp && cp < x.span.end) inside.push_back(&x);
    const auto at = index.at(cp);
    REQUIRE(at.size() == inside.size());
    auto sorted_got = ids(at), sorted_want = ids(inside);
    std::sort(sorted_got.begin(), sorted_got.end());
    std::sort(sorted_want.begin(), sorted_want.end());
    CHECK(sorted_got == sorted_want);
    for (std::size_t i = 1; i < at.size(); ++i) CHECK(at[i - 1]->span.size() <= at[i]->span.size());  // innermost first
  }
  CHECK(index.overlapping(10, 10).empty());
  CHECK(index.overlapping(length + 100, length + 200).empty());
}

TEST_CASE("span index: mentions, quotes, cues and notes of an annotation set") {
  const auto x = test::annotated_seed();
  SpanIndex index;
  index.build(x.set);
  // 7 mentions, 2 quotes, 1 cue, 1 note with a span (the other note is about an annotation).
  CHECK(index.size() == 11);
  const auto& a = x.article;

  const Span vp = test::find(a, "Vladimir Putin");
  const auto at = index.at(vp.begin + 2);
  REQUIRE(at.size() == 2);
  CHECK(at[0]->kind == 'm');
  CHECK(at[0]->span == vp);  // the inner "Vladimir Putin" before "Russian President Vladimir Putin"
  CHECK(at[1]->span == test::find(a, "Russian President Vladimir Putin"));

  const Span said = test::find(a, "said", 1);
  const auto cue = index.at(said.begin);
  REQUIRE(cue.size() == 1);
  CHECK(cue[0]->kind == 'c');
  CHECK(x.set.quote(cue[0]->id) != nullptr);
  CHECK(x.set.quote(cue[0]->id)->cue == said);

  const Span maidan = test::find(a, "Maidan technologies", 1);
  const auto note = index.overlapping(maidan.begin, maidan.begin + 1);
  REQUIRE(!note.empty());
  CHECK(std::any_of(note.begin(), note.end(), [](const Indexed* i) { return i->kind == 'n'; }));

  // The whole text: everything, in document order.
  const auto all = index.overlapping(0, a.text.code_points());
  CHECK(all.size() == 11);
  CHECK(std::is_sorted(all.begin(), all.end(), document_order));
  CHECK(index.at(0).empty());

  SpanIndex empty;
  empty.build(AnnotationSet());
  CHECK(empty.size() == 0);
  CHECK(empty.overlapping(0, 100).empty());
  CHECK(empty.at(3).empty());
}
