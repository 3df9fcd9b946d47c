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
};

struct MetaField {
  std::string key;  // "posted", "published", "modified", "updated", "date", "author", "url", ...
  std::string raw;  // as written in the source
};

struct Article {
  std::string id;      // hash of the normalized text
  std::string source;  // file name it came from
  std::string format;  // "text", ...
  std::string title;
  std::vector<MetaField> metadata;
  // The content: the title (if any) as its own first block, then the body paragraphs, blocks separated by
  // blank lines. Header lines, the doubled title and the date line are metadata, not text.
  text::IndexedText text;
  Span title_span;                 // empty when the article has no title
  std::vector<Span> paragraphs;    // body paragraphs, in order (the title is not one of them)
  std::vector<std::string> normalization;  // what was done to the bytes ("removed BOM", "CRLF -> LF", ...)
  std::vector<std::string> warnings;

  const MetaField* meta(const std::string& key) const {
    for (const auto& m : metadata)
      if (m.key == key) return &m;
    return nullptr;
  }
};

// A reader either produces an article or says, in words a user understands, why it could not.
struct ReadResult {
  bool ok = false;
  Article article;
  std::string error;  // when !ok: what is wrong and where (byte offset, line)
};

// 64-bit FNV-1a of the normalized text, as 16 hex digits.
std::string text_hash(std::string_view text);

}  // namespace glossa::article
