#pragma once
// Text anchors (W3C TextQuoteSelector: exact text + prefix + suffix) and re-anchoring annotations made for
// a slightly different text: each span is found again by its exact text, the occurrence whose context
// matches best wins.
#include <cstddef>
#include <string>

#include "core/article/article.h"

namespace glossa::formats {

using article::Span;

inline constexpr std::size_t kContextLength = 32;  // code points of prefix and suffix

struct TextQuote {
  std::string exact, prefix, suffix;
};

TextQuote quote_of(const text::IndexedText& text, Span span);

enum class AnchorOutcome { Anchored, Moved, Failed };

struct AnchorReport {
  std::size_t anchored = 0, moved = 0, failed = 0;
  std::vector<std::string> failures;  // "m3 \"Putin\": not found"
  void add(AnchorOutcome o) { (o == AnchorOutcome::Anchored ? anchored : o == AnchorOutcome::Moved ? moved : failed) += 1; }
  std::string summary() const;  // "12 anchored, 3 moved, 1 failed"
};

// Finds span's quote in text: at the same offsets when the text there is still exact (Anchored), else at the
// occurrence of exact with the longest matching prefix+suffix, nearest the old position on ties (Moved).
AnchorOutcome reanchor(const text::IndexedText& text, const TextQuote& q, Span& span);

}  // namespace glossa::formats
