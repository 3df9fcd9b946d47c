#pragma once
// The word tokens token-level agreement counts over: the tokens of core/article/tokenize.h that are words
// (start with a letter, digit or mark). Punctuation, symbols and emoji carry no label an annotator chose,
// and counting them would inflate agreement on "O".
#include <vector>

#include "core/article/article.h"

namespace glossa::compare {

// The words of the whole text, in order, as code point spans.
std::vector<article::Span> words(const text::IndexedText& text);

}  // namespace glossa::compare
