#pragma once
// How the compare module names a place in the text in its messages: "Kazakhstan" at 120..130.
#include <string>

#include "core/article/article.h"

namespace glossa::compare {

// "120..130"
std::string span_text(const article::Span& s);
// The text of s, a long one shortened in the middle at word boundaries: "Putin noted that those … are one people".
std::string excerpt(const text::IndexedText& t, const article::Span& s);
// "text" at 120..130 (the text only when the article is known).
std::string where(const article::Article* art, const article::Span& s);

}  // namespace glossa::compare
