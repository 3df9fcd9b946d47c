#pragma once
// Who "he", "she", "the Russian leader" and "the president" refer to: the most recent compatible person
// named before them in the narrative (names inside quoted speech are someone's words, and do not count).
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/suggest/mentions.h"

namespace glossa::suggest {

// "the Russian leader": a definite reference by role.
struct Nominal {
  std::size_t first = 0, last = 0;    // tokens, inclusive, from "the" to the role
  std::string role;                   // "leader", "prime minister"
  std::vector<std::string> demonyms;  // "russian"
};

std::optional<Nominal> nominal_from(const Doc& d, std::size_t first);   // starts with "the" at first
std::optional<Nominal> nominal_to(const Doc& d, std::size_t last);      // ends with the role at last

class People {
 public:
  // quoted: the spans of quoted speech, sorted.
  People(const Doc& d, const Mentions& m, const std::vector<Span>& quoted);

  // The entity (an index into Mentions::entities) or -1; never `other` (who a "whom" before the pronoun
  // stands for).
  int pronoun(std::size_t pos, char gender, int other = -1) const;
  int nominal(std::size_t pos, const Nominal& n) const;

 private:
  bool fits(int entity, const Nominal& n) const;
  template <class Fit>
  int latest(std::size_t pos, Fit fit) const;

  const Mentions& m_;
  std::vector<char> gender_;  // per entity: from titles (Mr., Ms.), then from "he"/"she" in the narrative
  std::vector<std::pair<std::size_t, int>> refs_;  // position, entity: names and resolved roles, in order
};

}  // namespace glossa::suggest
