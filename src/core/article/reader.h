#pragma once
// The one entry point for article files: size limit, decoding (core/text/decode.h), format detection by
// extension and content, and the format readers. Every failure names the file and the problem.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/article/article.h"

namespace glossa::article {

// One article's text may be at most this large; JSON Lines files may be larger (each record is limited).
inline constexpr std::size_t kMaxArticleBytes = 64u << 20;
inline constexpr std::size_t kMaxFileBytes = 1024u << 20;

// "text", "markdown", "html", "json", "jsonl" from the file name and the first bytes.
std::string detect_format(const std::string& name, std::string_view head);
// Whether the name ends in an extension detect_format knows (.txt, .md, .html, .json, .jsonl and their
// variants): what `glossa parse` and `glossa suggest` take from a folder.
bool article_extension(const std::string& name);

ReadResult read_article_file(std::string_view bytes, const std::string& name);

// The text exactly as it is in the file (UTF-8 required, nothing dropped or normalized), for formats whose
// offsets count the file's characters (brat standoff). Paragraphs are its blank-line separated blocks.
ReadResult read_verbatim(std::string_view bytes, const std::string& name);

}  // namespace glossa::article
