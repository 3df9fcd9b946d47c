#include "core/compare/span_match.h"

#include <algorithm>
#include <numeric>

namespace glossa::compare {

std::size_t overlap(const Span& x, const Span& y) {
  const std::size_t b = std::max(x.begin, y.begin);
  const std::size_t e = std::min(x.end, y.end);
  return e > b ? e - b : 0;
}

std::vector<SpanPair> overlapping_pairs(const std::vector<Span>& a, const std::vector<Span>& b,
                                        const std::vector<bool>& used_a, const std::vector<bool>& used_b) {
  std::vector<std::size_t> order(b.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return b[x].begin < b[y].begin; });
  std::size_t longest = 0;
  for (const Span& s : b) longest = std::max(longest, s.size());
  std::vector<SpanPair> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i < used_a.size() && used_a[i]) continue;
    // Every b that overlaps a[i] begins after a[i].begin - longest and before a[i].end.
    const std::size_t from = a[i].begin > longest ? a[i].begin - longest : 0;
    auto it = std::lower_bound(order.begin(), order.end(), from, [&](std::size_t j, std::size_t v) { return b[j].begin < v; });
    for (; it != order.end() && b[*it].begin < a[i].end; ++it) {
      const std::size_t j = *it;
      if (j < used_b.size() && used_b[j]) continue;
      if (const std::size_t o = overlap(a[i], b[j])) out.push_back({i, j, o});
    }
  }
  return out;
}

std::vector<SpanPair> take_greedily(std::vector<SpanPair> candidates, const std::vector<Span>& a, const std::vector<Span>& b,
                                    std::vector<bool>& used_a, std::vector<bool>& used_b) {
  used_a.resize(a.size(), false);
  used_b.resize(b.size(), false);
  const auto union_size = [&](const SpanPair& p) { return a[p.a].size() + b[p.b].size() - p.overlap; };
  std::sort(candidates.begin(), candidates.end(), [&](const SpanPair& x, const SpanPair& y) {
    if (x.overlap != y.overlap) return x.overlap > y.overlap;
    const std::size_t ux = union_size(x), uy = union_size(y);
    if (ux != uy) return ux < uy;
    if (x.a != y.a) return x.a < y.a;
    return x.b < y.b;
  });
  std::vector<SpanPair> out;
  for (const SpanPair& p : candidates) {
    if (used_a[p.a] || used_b[p.b]) continue;
    used_a[p.a] = used_b[p.b] = true;
    out.push_back(p);
  }
  return out;
}

}  // namespace glossa::compare
