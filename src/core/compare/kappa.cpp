#include "core/compare/kappa.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace glossa::compare {

Kappa cohen_kappa(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  Kappa k;
  k.items = std::min(a.size(), b.size());
  if (k.items == 0) {
    k.observed = k.expected = k.kappa = 1;
    k.degenerate = true;
    k.note = "no tokens";
    return k;
  }
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> counts;  // label -> (count in a, count in b)
  for (std::size_t i = 0; i < k.items; ++i) {
    if (a[i] == b[i]) ++k.agreed;
    ++counts[a[i]].first;
    ++counts[b[i]].second;
  }
  // Integers, so that pe == 1 is found exactly: sum(ca * cb) == n * n.
  const std::uint64_t n = k.items;
  std::uint64_t chance = 0;
  for (const auto& [label, c] : counts) chance += c.first * c.second;
  k.observed = static_cast<double>(k.agreed) / static_cast<double>(n);
  k.expected = static_cast<double>(chance) / (static_cast<double>(n) * static_cast<double>(n));
  if (chance == n * n) {
    k.kappa = 1;
    k.degenerate = true;
    k.note = "every token is " + counts.begin()->first + " in both sets: chance agreement is 1, kappa is undefined";
    return k;
  }
  k.kappa = (k.observed - k.expected) / (1 - k.expected);
  return k;
}

}  // namespace glossa::compare
