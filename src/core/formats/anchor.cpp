#include "core/formats/anchor.h"

#include <algorithm>

namespace glossa::formats {

TextQuote quote_of(const text::IndexedText& text, Span span) {
  TextQuote q;
  q.exact = std::string(text.slice(span.begin, span.end));
  q.prefix = std::string(text.slice(span.begin > kContextLength ? span.begin - kContextLength : 0, span.begin));
  q.suffix = std::string(text.slice(span.end, std::min(text.code_points(), span.end + kContextLength)));
  return q;
}

std::string AnchorReport::summary() const {
  return std::to_string(anchored) + " anchored, " + std::to_string(moved) + " moved, " + std::to_string(failed) + " failed";
}

namespace {
// Common suffix length (bytes) of a and b; common prefix of c and d.
std::size_t common_tail(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}
std::size_t common_head(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}
}  // namespace

AnchorOutcome reanchor(const text::IndexedText& text, const TextQuote& q, Span& span) {
  if (q.exact.empty()) return AnchorOutcome::Failed;
  if (span.end <= text.code_points() && span.begin < span.end && text.slice(span.begin, span.end) == q.exact)
    return AnchorOutcome::Anchored;
  const std::string_view all = text.view();
  const std::size_t len_cp = text::IndexedText(q.exact).code_points();
  std::size_t best_score = 0, best_distance = SIZE_MAX;
  bool found = false;
  Span best{};
  for (std::size_t pos = all.find(q.exact); pos != std::string_view::npos; pos = all.find(q.exact, pos + 1)) {
    const std::size_t begin = text.cp_of_byte(pos);
    if (text.byte_of(begin) != pos) continue;  // inside a multi-byte character
    const std::size_t pre_b = text.byte_of(begin > kContextLength ? begin - kContextLength : 0);
    const std::size_t end_b = pos + q.exact.size();
    const std::size_t score = common_tail(all.substr(pre_b, pos - pre_b), q.prefix) +
                              common_head(all.substr(end_b, std::min<std::size_t>(q.suffix.size(), all.size() - end_b)), q.suffix);
    const std::size_t distance = begin > span.begin ? begin - span.begin : span.begin - begin;
    if (!found || score > best_score || (score == best_score && distance < best_distance)) {
      found = true;
      best_score = score;
      best_distance = distance;
      best = Span{begin, begin + len_cp};
    }
  }
  if (!found) return AnchorOutcome::Failed;
  span = best;
  return AnchorOutcome::Moved;
}

}  // namespace glossa::formats
