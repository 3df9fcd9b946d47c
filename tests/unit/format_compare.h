#pragma once
// Equality of annotation content across a round trip through a file format: spans, types, entity grouping
// and names, quote kinds, cues, speakers, notes. Provenance may differ (an import is an import).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/annotate/model.h"

namespace glossa::test {

inline void check_same_content(const annotate::AnnotationSet& got, const annotate::AnnotationSet& want, bool entities = true) {
  using namespace annotate;
  REQUIRE(got.mentions.size() == want.mentions.size());
  for (const auto& [mid, m] : want.mentions) {
    const std::string id = mid;  // doctest's message macros capture it in a lambda (no structured bindings in C++17)
    const Mention* g = got.mention(id);
    REQUIRE_MESSAGE(g, id);
    CHECK(g->span == m.span);
    CHECK(g->type == m.type);
    CHECK(g->fragments == m.fragments);
    if (entities) {
      CHECK(g->entity.empty() == m.entity.empty());
      if (!m.entity.empty() && !g->entity.empty()) CHECK(got.entity(g->entity)->name == want.entity(m.entity)->name);
    }
  }
  REQUIRE(got.quotes.size() == want.quotes.size());
  for (const auto& [qid, q] : want.quotes) {
    const std::string id = qid;
    const Quote* g = got.quote(id);
    REQUIRE_MESSAGE(g, id);
    CHECK(g->span == q.span);
    CHECK(g->kind == q.kind);
    CHECK(g->cue == q.cue);
    CHECK(g->speaker == q.speaker);
  }
  REQUIRE(got.notes.size() == want.notes.size());
  std::multiset<std::string> gn, wn;
  for (const auto& [id, n] : got.notes) gn.insert(n.text + "|" + n.target + "|" + (n.span ? std::to_string(n.span->begin) : ""));
  for (const auto& [id, n] : want.notes) wn.insert(n.text + "|" + n.target + "|" + (n.span ? std::to_string(n.span->begin) : ""));
  CHECK(gn == wn);
}

}  // namespace glossa::test
