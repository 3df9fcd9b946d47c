#pragma once
// Pairing quotation marks: “…” „…“ «…» ‹…› ‘…’ ‚…‘ "…" '…', nested in any mix. A quote left open at the end
// of a paragraph runs on when the next paragraph opens with the same mark (the convention for quotes over
// several paragraphs). Marks that pair with nothing are flagged, never guessed.
#include <string>
#include <vector>

#include "core/suggest/doc.h"

namespace glossa::suggest {

struct MarkedQuote {
  Span span;       // from the opening mark to the closing mark, both included
  int depth = 0;   // 0 for a quote inside no other
  int paragraphs = 1;
};

// In text order of their opening marks.
std::vector<MarkedQuote> pair_quote_marks(const Doc& d, std::vector<std::string>& flags);

}  // namespace glossa::suggest
