#pragma once
// Cohen's kappa of two label sequences (one label per item, the same items in both).
#include <cstddef>
#include <string>
#include <vector>

namespace glossa::compare {

struct Kappa {
  std::size_t items = 0;  // items labelled (tokens)
  std::size_t agreed = 0;  // items with the same label in both
  double observed = 0;     // po = agreed / items
  double expected = 0;     // pe = sum over labels of (share in a) x (share in b)
  double kappa = 0;        // (po - pe) / (1 - pe)
  // pe == 1: both sequences use one and the same label throughout (or there are no items), so kappa is
  // 0/0. It is then reported as 1 (observed agreement is complete) and this is set, with why in note.
  bool degenerate = false;
  std::string note;  // "every token is O in both sets", "no tokens"
};

// Labels a[i] and b[i] are of item i; the shorter length counts when they differ.
Kappa cohen_kappa(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace glossa::compare
