#pragma once
// Sentence spans of a paragraph. A sentence ends at . ! ? … (plus closing quotes and brackets) followed by
// space and a capital letter, digit, opening quote or dash, or at the end of the paragraph; not after
// abbreviations ("Mr.", "U.S.", "Jan.", "т.е."), initials ("J. K. Rowling") or inside numbers ("1.8").
#include <vector>

#include "core/article/article.h"

namespace glossa::article {

std::vector<Span> split_sentences(const text::IndexedText& text, Span paragraph);

}  // namespace glossa::article
