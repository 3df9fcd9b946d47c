#pragma once
// A disagreement between two annotators that merging cannot settle on its own, and how a person settles it.
#include <string>
#include <vector>

#include "core/annotate/model.h"

namespace glossa::compare {

enum class ConflictKind {
  Type,      // mentions: the same span with different types
  Boundary,  // overlapping spans, not equal, of the same mention type or quote kind
  Speaker,   // quotes: speakers at different spans (a quote with a speaker and one without is no conflict)
  Kind,      // quotes: the same span with different kinds
  Cue,       // quotes: cues at different spans (a quote with a cue and one without is no conflict)
};
const char* to_string(ConflictKind k);  // "type", "boundary", "speaker", "kind", "cue"

enum class Choice {
  TakeA,     // keep a's annotation; b's is dropped and what pointed at it points at a's (the default)
  TakeB,     // keep b's annotation in place of a's (it keeps a's id, so what pointed at either points at it)
  KeepBoth,  // keep both as separate annotations
};
const char* to_string(Choice c);  // "take a", "take b", "keep both"

struct Conflict {
  enum class On { Mention, Quote } on = On::Mention;
  std::vector<ConflictKind> kinds;  // what differs, at least one: {Type}, {Boundary}, {Kind, Speaker}, ...
  annotate::Id a_id, b_id;          // the annotation in a and in b
  annotate::Span a_span, b_span;
  // For a person: "mention “Kazakhstan” at 120..130: GPE in a (m5), LOC in b (m3)".
  std::string description;

  bool has(ConflictKind k) const;
};

}  // namespace glossa::compare
