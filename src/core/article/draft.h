#pragma once
// What a format reader extracts before the shared assembly step (draft.cpp) turns it into an Article:
// the same text layout, spans, sentences, ISO dates and id for every format.
#include <string>
#include <vector>

#include "core/article/article.h"

namespace glossa::article {

struct Draft {
  std::string source, format, encoding, title;
  std::vector<MetaField> metadata;      // iso is filled in by build_article for date fields
  std::vector<std::string> paragraphs;  // body paragraphs (UTF-8, no blank lines inside)
  std::vector<std::string> normalization, warnings;
  void add_meta(std::string key, std::string raw);
};

Article build_article(Draft d);

// Keys whose values are dates (and get an ISO 8601 form).
bool is_date_key(const std::string& key);

// Splits plain text into paragraphs: blocks separated by blank lines; lines inside a block are kept.
std::vector<std::string> split_paragraphs(std::string_view text);

}  // namespace glossa::article
