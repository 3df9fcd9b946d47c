#include "core/annotate/span_index.h"

#include <algorithm>

namespace glossa::annotate {

namespace {

bool before(const Indexed& x, const Indexed& y) {
  if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
  if (x.span.end != y.span.end) return x.span.end > y.span.end;
  if (x.kind != y.kind) return x.kind < y.kind;
  return x.id < y.id;
}

unsigned floor_log2(std::size_t v) {
  unsigned r = 0;
  while (v >>= 1) ++r;
  return r;
}

}  // namespace

void SpanIndex::build(const AnnotationSet& s) {
  std::vector<Indexed> items;
  items.reserve(s.mentions.size() + 2 * s.quotes.size() + s.notes.size());
  for (const auto& kv : s.mentions) items.push_back(Indexed{kv.second.span, kv.first, 'm'});
  for (const auto& kv : s.quotes) {
    items.push_back(Indexed{kv.second.span, kv.first, 'q'});
    if (kv.second.cue) items.push_back(Indexed{*kv.second.cue, kv.first, 'c'});
  }
  for (const auto& kv : s.notes)
    if (kv.second.span) items.push_back(Indexed{*kv.second.span, kv.first, 'n'});
  build(std::move(items));
}

void SpanIndex::build(std::vector<Indexed> items) {
  items_ = std::move(items);
  for (Indexed& x : items_)
    if (x.span.end < x.span.begin) x.span.end = x.span.begin;  // reversed: empty at its begin
  std::sort(items_.begin(), items_.end(), before);
  table_.clear();
  const std::size_t n = items_.size();
  if (n == 0) return;
  table_.emplace_back(n);
  for (std::size_t i = 0; i < n; ++i) table_[0][i] = static_cast<std::uint32_t>(i);
  for (std::size_t j = 1; (std::size_t{1} << j) <= n; ++j) {
    const std::size_t half = std::size_t{1} << (j - 1);
    const std::vector<std::uint32_t>& prev = table_[j - 1];
    std::vector<std::uint32_t> row(n - (std::size_t{1} << j) + 1);
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::uint32_t a = prev[i], b = prev[i + half];
      row[i] = items_[b].span.end > items_[a].span.end ? b : a;
    }
    table_.push_back(std::move(row));
  }
}

std::size_t SpanIndex::argmax_end(std::size_t l, std::size_t r) const {
  const unsigned j = floor_log2(r - l);
  const std::uint32_t a = table_[j][l], b = table_[j][r - (std::size_t{1} << j)];
  return items_[b].span.end > items_[a].span.end ? b : a;
}

void SpanIndex::report_ends_above(std::size_t p, std::size_t threshold, std::vector<const Indexed*>& out) const {
  if (p == 0) return;
  // In-order over the range-maximum recursion, with an explicit stack (the web build's stack is small):
  // a range [l, r) whose largest end is above the threshold reports that span between its two halves.
  struct Frame {
    std::size_t l, r;  // a range to visit, or (when r == kEmit) the index l to report
  };
  constexpr std::size_t kEmit = static_cast<std::size_t>(-1);
  std::vector<Frame> stack;
  stack.push_back(Frame{0, p});
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    if (f.r == kEmit) {
      out.push_back(&items_[f.l]);
      continue;
    }
    if (f.l >= f.r) continue;
    const std::size_t m = argmax_end(f.l, f.r);
    if (items_[m].span.end <= threshold) continue;
    stack.push_back(Frame{m + 1, f.r});
    stack.push_back(Frame{m, kEmit});
    stack.push_back(Frame{f.l, m});
  }
}

std::vector<const Indexed*> SpanIndex::overlapping(std::size_t b, std::size_t e) const {
  std::vector<const Indexed*> out;
  if (e <= b || items_.empty()) return out;
  const auto by_begin = [](const Indexed& x, std::size_t v) { return x.span.begin < v; };
  const std::size_t p = static_cast<std::size_t>(std::lower_bound(items_.begin(), items_.end(), b, by_begin) - items_.begin());
  const std::size_t q = static_cast<std::size_t>(std::lower_bound(items_.begin() + static_cast<std::ptrdiff_t>(p), items_.end(), e, by_begin) -
                                                 items_.begin());
  report_ends_above(p, b, out);  // begin < b, end > b
  out.reserve(out.size() + (q - p));
  for (std::size_t i = p; i < q; ++i) out.push_back(&items_[i]);  // begin in [b, e)
  return out;
}

std::vector<const Indexed*> SpanIndex::at(std::size_t cp) const {
  std::vector<const Indexed*> out;
  if (items_.empty()) return out;
  const auto by_begin = [](std::size_t v, const Indexed& x) { return v < x.span.begin; };
  const std::size_t p = static_cast<std::size_t>(std::upper_bound(items_.begin(), items_.end(), cp, by_begin) - items_.begin());
  report_ends_above(p, cp, out);  // begin <= cp, end > cp
  std::stable_sort(out.begin(), out.end(), [](const Indexed* x, const Indexed* y) {
    if (x->span.size() != y->span.size()) return x->span.size() < y->span.size();
    return x->span.begin > y->span.begin;  // same length: the one starting later first; then array order
  });
  return out;
}

}  // namespace glossa::annotate
