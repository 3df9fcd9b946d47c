#pragma once
// Find in the article (the article view's search bar): every occurrence of a string, as code point spans of
// the normalized text.
#include <string>
#include <vector>

#include "core/article/article.h"

namespace glossa::article {

struct SearchOptions {
  bool match_case = false;   // else case-insensitive through text::fold_case (Latin, Latin-1, Greek, Cyrillic)
  bool whole_word = false;   // the match is neither preceded nor followed by a letter or digit (nor followed by a combining mark)
};

// Code point spans of the needle's occurrences, in order, non-overlapping (a match resumes the search after
// its end). The needle is UTF-8 (invalid bytes in it are skipped); an empty needle finds nothing.
// O(n + m): the text is decoded (and folded) once, then matched with Knuth-Morris-Pratt.
std::vector<Span> find_all(const text::IndexedText& text, const std::string& needle, const SearchOptions& o);

}  // namespace glossa::article
