#pragma once
// Where two annotators disagree on one article, place by place, for a person to look at in the text: every
// conflict of the merge plan (type, boundary, kind, speaker, cue) and every mention or quote that only one
// of them marked. In text order.
#include <string>
#include <vector>

#include "core/compare/merge.h"

namespace glossa::compare {

struct Difference {
  enum class Kind { OnlyA, OnlyB, Conflict };
  Kind kind = Kind::Conflict;
  bool quote = false;            // a quote (else a mention)
  annotate::Span span;           // the covering span of both sides (of the one side for OnlyA/OnlyB)
  annotate::Id a_id, b_id;       // "" on the side that has none
  std::string description;       // "PERSON mention “Putin” at 120..125 only in a"
};

// From a plan that is ok(); article (when given) quotes the text in the descriptions.
std::vector<Difference> differences(const MergePlan& plan, const article::Article* article = nullptr);

}  // namespace glossa::compare
