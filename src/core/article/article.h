#pragma once
// The article model every reader produces (DESIGN.md: code point offsets into the normalized text).
#include <cstddef>
#include <string>
#include <vector>

#include "core/text/offset_index.h"

namespace glossa::article {

// Half-open [begin, end) in code points of Article::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
  bool operator!=(const Span& o) const { return !(*this == o); }
  std::size_t size() const { return end - begin; }
};

struct MetaField {
  std::string key;  // "posted", "published", "modified", "updated", "date", "author", "url", "site", ...
  std::string raw;  // as written in the source
  std::string iso;  // ISO 8601 for dates that could be read unambiguously, else empty
};

struct Article {
  std::string id;        // XXH3-64 of the normalized text, 16 hex digits (see text_hash)
  std::string source;    // file name it came from ("feed.jsonl#3" for the third record of a JSON Lines file)
  std::string format;    // "text", "markdown", "html", "json", "jsonl"
  std::string encoding;  // of the source bytes: "UTF-8", "windows-1251", ...
  std::string title;
  std::vector<MetaField> metadata;
  // The content: the title (if any) as its own first block, then the body paragraphs, blocks separated by
  // blank lines. Header lines, the doubled title and the date line are metadata, not text.
  text::IndexedText text;
  Span title_span;                         // empty when the article has no title
  std::vector<Span> paragraphs;            // body paragraphs, in order (the title is not one of them)
  std::vector<Span> sentences;             // sentences of the body paragraphs, in order
  std::vector<std::string> normalization;  // what was done to the source ("converted from windows-1251", ...)
  std::vector<std::string> warnings;

  const MetaField* meta(const std::string& key) const {
    for (const auto& m : metadata)
      if (m.key == key) return &m;
    return nullptr;
  }
};

// A file gives zero or more articles (JSON Lines: one per record), or is refused as a whole with a
// message that names the file and the problem.
struct ReadResult {
  std::vector<Article> articles;
  std::string error;                  // the whole file was refused (empty when it was read)
  std::vector<std::string> warnings;  // file-level problems that did not stop reading (a bad JSONL line)
  bool ok() const { return error.empty(); }
};

// XXH3-64 of the normalized UTF-8 text, as 16 lower-case hex digits.
std::string text_hash(std::string_view text);

}  // namespace glossa::article
