#pragma once
// Pairing two lists of spans one to one: the matching both merge and agreement are built on.
#include <cstddef>
#include <vector>

#include "core/article/article.h"

namespace glossa::compare {

using article::Span;

// Code points two spans share (0 when they do not overlap).
std::size_t overlap(const Span& x, const Span& y);
inline bool overlaps(const Span& x, const Span& y) { return overlap(x, y) > 0; }

// Index i of list a paired with index j of list b.
struct SpanPair {
  std::size_t a = 0, b = 0;
  std::size_t overlap = 0;  // code points shared
};

// One-to-one pairing of a[i] with b[j] where the spans overlap and allowed(i, j) holds (nullptr: always),
// greedy by the largest overlap: the candidate pairs are taken in order of overlap (largest first), then
// of their union (smallest first, so an identical span beats a longer one that covers as much), then of
// i, then of j; a pair is taken when neither of its spans is taken yet. Pairs come back in that order.
// Skips indices already used (used_a[i] / used_b[j] true; empty vectors: none used) and marks what it takes.
template <typename Allowed>
std::vector<SpanPair> greedy_overlap_pairs(const std::vector<Span>& a, const std::vector<Span>& b, Allowed allowed,
                                           std::vector<bool>& used_a, std::vector<bool>& used_b);

// The candidate pairs (every overlapping a[i], b[j] not used), found with a sweep over b sorted by begin.
std::vector<SpanPair> overlapping_pairs(const std::vector<Span>& a, const std::vector<Span>& b,
                                        const std::vector<bool>& used_a, const std::vector<bool>& used_b);

// Orders candidates as greedy_overlap_pairs takes them and keeps those whose spans are both free.
std::vector<SpanPair> take_greedily(std::vector<SpanPair> candidates, const std::vector<Span>& a, const std::vector<Span>& b,
                                    std::vector<bool>& used_a, std::vector<bool>& used_b);

template <typename Allowed>
std::vector<SpanPair> greedy_overlap_pairs(const std::vector<Span>& a, const std::vector<Span>& b, Allowed allowed,
                                           std::vector<bool>& used_a, std::vector<bool>& used_b) {
  used_a.resize(a.size(), false);
  used_b.resize(b.size(), false);
  std::vector<SpanPair> candidates = overlapping_pairs(a, b, used_a, used_b);
  std::vector<SpanPair> kept;
  kept.reserve(candidates.size());
  for (const SpanPair& p : candidates)
    if (allowed(p.a, p.b)) kept.push_back(p);
  return take_greedily(std::move(kept), a, b, used_a, used_b);
}

}  // namespace glossa::compare
