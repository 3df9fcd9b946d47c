#pragma once
// Named mentions (PERSON, ORG, GPE, LOC, DATE) found by rules over capitalised runs, titles, word lists
// and the gazetteer, joined into entities: "Putin" joins "Vladimir Putin", "CSTO" the name it abbreviates.
#include <cstddef>
#include <string>
#include <vector>

#include "core/suggest/doc.h"

namespace glossa::suggest {

struct Mention {
  Span span;
  std::size_t first = 0, last = 0;  // its tokens, inclusive
  std::string type;
  int entity = -1;
  double confidence = 0;
};

struct Entity {
  std::string name;                   // the longest name seen ("Vladimir Putin")
  std::string type;
  std::vector<std::string> titles;    // lower case, as introduced: "president", "prime minister"
  std::vector<std::string> demonyms;  // "russian" (from "Russian President ...")
  char gender = 0;                    // 'm', 'f' (from Mr., Ms., ...) or 0
};

struct Mentions {
  std::vector<Mention> list;  // in text order, not overlapping
  std::vector<Entity> entities;
  std::vector<int> at_token;  // the mention each token is part of, or -1

  const Mention* at(std::size_t t) const {
    return t < at_token.size() && at_token[t] >= 0 ? &list[static_cast<std::size_t>(at_token[t])] : nullptr;
  }
};

class TaggerModel;

// The rules' names (no dates), with at_token filled: what the tagger reads as features.
Mentions rule_mentions(const Doc& d);
// The names the rules and the tagger agree on or are sure of, joined into entities, then dates. With an
// empty model, the rules' names.
Mentions find_mentions(const Doc& d, const TaggerModel& model);
Mentions find_mentions(const Doc& d);  // with the compiled-in model

// Dates ("10 January 2022", "January 10", "Monday") as mentions, each its own entity named by its text.
void add_dates(const Doc& d, Mentions& m);

}  // namespace glossa::suggest
