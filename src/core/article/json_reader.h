#pragma once
// Scraper exports: a JSON object, an array of objects (or {"articles"|"items"|"data": [...]}), or JSON
// Lines with one object per line. Fields: title|headline, text|body|content|article (plain text or HTML),
// date|published|published_at|datePublished|pubDate, modified|updated|dateModified, url|link,
// author|authors|byline, site|source. A bad JSON Lines record is reported by line and skipped; the others
// are read.
#include <string>
#include <string_view>
#include <vector>

#include "core/article/draft.h"

namespace glossa::article {

struct JsonDrafts {
  std::vector<Draft> drafts;
  std::string error;                  // the whole file is unusable
  std::vector<std::string> warnings;  // records that were skipped, and why
};

JsonDrafts read_json(std::string_view text, const std::string& source);
JsonDrafts read_json_lines(std::string_view text, const std::string& source);

}  // namespace glossa::article
