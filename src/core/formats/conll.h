#pragma once
// CoNLL-2003 style named entities, IOB2, export only: "-DOCSTART- O" and a blank line, then one token a
// line, "TOKEN<TAB>TAG" (B-PERSON, I-PERSON, O), and a blank line after every sentence. Sentences are the
// article's sentences plus the title and every line of text they leave out, so no text is dropped
// (tokenize.h says how text is cut into tokens and units).
//
// IOB2 is flat: of nested or overlapping mentions the outermost wins (the longest, then the earliest);
// the others are left out and reported. A token is tagged with a mention when it starts inside it, so a
// mention that starts or ends inside a token covers the tokens that start inside it (and a mention
// inside a single token, "Russia" in "Russian", covers none and is reported). A discontinuous mention is
// tagged over its covering span. A mention that crosses a sentence boundary begins again (B-) in the next
// sentence. Quotes are not entities and are not exported.
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"

namespace glossa::formats {

// warnings (when given) receives what the file cannot represent: left-out mentions, quotes.
std::string write_conll(const article::Article& a, const annotate::AnnotationSet& s, std::vector<std::string>* warnings = nullptr);

}  // namespace glossa::formats
