#pragma once
// Annotations by position, for the article view (highlights of the visible lines, what is under the mouse)
// with 10,000+ annotations.
//
// Structure: the spans sorted by (begin, longer first, kind, id), plus a sparse table over their ends
// (range-maximum in O(1)). A query [b, e) is two disjoint parts:
//  - spans that begin in [b, e): a contiguous run of the sorted array, found by binary search;
//  - spans that begin before b and end after b: in the prefix that begins before b, every span whose end
//    exceeds b, found by an in-order "report all above a threshold" recursion on range maxima: each range
//    maximum either is reported or ends its branch, so it costs O(1) per reported span.
// overlapping(b, e) is O(log n + k) and its results come out already in array order; at(cp) is
// O(log n + k + k log k) (the k containing spans are sorted innermost first). build is O(n log n) time and
// the sparse table takes n * ceil(log2 n) 32-bit words (10,000 spans: 560 KB).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/annotate/model.h"

namespace glossa::annotate {

// kind 'm' mention, 'q' quote, 'c' cue of quote id, 'n' note with a span. A span with fragments is indexed
// by its covering span.
struct Indexed {
  Span span;
  Id id;
  char kind;
};

class SpanIndex {
 public:
  // mentions, quotes, their cues (kind 'c', id = quote id), notes with a span
  void build(const AnnotationSet& s);
  // Added: index these (for tests, suggestions, ...); empty spans are kept and lie at their begin.
  void build(std::vector<Indexed> items);

  // Spans intersecting [b, e) (begin < e and end > b; an empty span [x, x) when b <= x < e), sorted by
  // begin then longer first. Empty when e <= b.
  std::vector<const Indexed*> overlapping(std::size_t b, std::size_t e) const;
  // Spans containing cp (begin <= cp < end), innermost (shortest) first.
  std::vector<const Indexed*> at(std::size_t cp) const;
  std::size_t size() const { return items_.size(); }
  // Added: every indexed span, in the order of overlapping().
  const std::vector<Indexed>& items() const { return items_; }

 private:
  // Appends the spans of items_[0, p) whose end exceeds threshold, in array order.
  void report_ends_above(std::size_t p, std::size_t threshold, std::vector<const Indexed*>& out) const;
  std::size_t argmax_end(std::size_t l, std::size_t r) const;  // [l, r), r > l

  std::vector<Indexed> items_;
  std::vector<std::vector<std::uint32_t>> table_;  // table_[j][i]: index of the largest end in [i, i + 2^j)
};

}  // namespace glossa::annotate
