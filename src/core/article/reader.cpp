#include "core/article/reader.h"

#include <cctype>
#include <cstdio>
#include <optional>

#include "core/article/draft.h"
#include "core/article/html_reader.h"
#include "core/article/json_reader.h"
#include "core/article/markdown_reader.h"
#include "core/article/plain_text_reader.h"
#include "core/article/sentences.h"
#include "core/text/utf8.h"
#include "core/text/decode.h"

namespace glossa::article {

namespace {

std::string lower_ext(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos || name.find('/', dot) != std::string::npos) return {};
  std::string e = name.substr(dot + 1);
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

std::string megabytes(std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(n) / (1024.0 * 1024.0));
  return buf;
}

// The format an extension names, or "".
std::string format_of_extension(const std::string& ext) {
  if (ext == "txt" || ext == "text") return "text";
  if (ext == "md" || ext == "markdown" || ext == "mdown") return "markdown";
  if (ext == "html" || ext == "htm" || ext == "xhtml") return "html";
  if (ext == "json") return "json";
  if (ext == "jsonl" || ext == "ndjson") return "jsonl";
  return {};
}

}  // namespace

bool article_extension(const std::string& name) { return !format_of_extension(lower_ext(name)).empty(); }

std::string detect_format(const std::string& name, std::string_view head) {
  if (std::string f = format_of_extension(lower_ext(name)); !f.empty()) return f;
  // Unknown extension: look at the content.
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && (head[i] == '{' || head[i] == '[')) {
    const std::size_t nl = head.find('\n', i);
    const std::size_t next = nl == std::string_view::npos ? nl : head.find_first_not_of(" \t\r\n", nl);
    return head[i] == '{' && next != std::string_view::npos && head[next] == '{' ? "jsonl" : "json";
  }
  if (looks_like_html(head)) return "html";
  if (i < head.size() && head[i] == '#' && head.substr(i).find("# ") < 7) return "markdown";
  return "text";
}

ReadResult read_article_file(std::string_view bytes, const std::string& name) {
  ReadResult r;
  const auto fail = [&](const std::string& why) {
    r.error = name + ": " + why;
    return r;
  };
  if (bytes.empty()) return fail("the file is empty");
  const std::string format = detect_format(name, bytes.substr(0, 4096));
  const std::size_t limit = format == "jsonl" ? kMaxFileBytes : kMaxArticleBytes;
  if (bytes.size() > limit) {
    return fail("the file is too large (" + megabytes(bytes.size()) + "; Glossa reads " +
                (format == "jsonl" ? "JSON Lines files" : "one article") + " of up to " + megabytes(limit) +
                (format == "jsonl" ? ")" : "); split it, or put the articles in a JSON Lines file"));
  }
  text::Decoded dec = text::decode_text(bytes);
  if (!dec.ok) return fail(dec.error);

  std::vector<Draft> drafts;
  if (format == "json" || format == "jsonl") {
    JsonDrafts j = format == "json" ? read_json(dec.text, name) : read_json_lines(dec.text, name);
    for (auto& w : j.warnings) r.warnings.push_back(name + ": " + w);
    if (!j.error.empty()) return fail(j.error);
    drafts = std::move(j.drafts);
  } else {
    Draft d = format == "markdown" ? read_markdown(dec.text) : format == "html" ? read_html(dec.text) : read_plain_text(dec.text);
    d.source = name;
    drafts.push_back(std::move(d));
  }
  for (Draft& d : drafts) {
    d.format = format;
    d.encoding = dec.encoding;
    d.normalization.insert(d.normalization.begin(), dec.notes.begin(), dec.notes.end());
    std::size_t size = d.title.size();
    for (const auto& p : d.paragraphs) size += p.size() + 2;
    if (size > kMaxArticleBytes) {
      r.warnings.push_back(d.source + ": skipped, the article is too large (" + megabytes(size) + ")");
      continue;
    }
    r.articles.push_back(build_article(std::move(d)));
  }
  if (r.articles.empty()) return fail("no article could be read");
  return r;
}

ReadResult read_verbatim(std::string_view bytes, const std::string& name) {
  ReadResult r;
  const text::Utf8Check check = text::check_utf8(bytes);
  if (!check.valid) {
    r.error = name + ": not valid UTF-8 (first bad byte at offset " + std::to_string(check.first_bad_byte) + ", line " +
              std::to_string(text::line_of_offset(bytes, check.first_bad_byte)) + ")";
    return r;
  }
  if (bytes.size() > kMaxArticleBytes) {
    r.error = name + ": the file is too large (" + megabytes(bytes.size()) + "; the limit is " + megabytes(kMaxArticleBytes) + ")";
    return r;
  }
  Article a;
  a.source = name;
  a.format = "text";
  a.encoding = "UTF-8";
  a.text = text::IndexedText(std::string(bytes));
  a.id = text_hash(bytes);
  // Paragraphs: runs of non-blank lines, as code point spans of the unchanged text.
  std::size_t cp = 0, para_end = 0;
  std::optional<std::size_t> para_start;
  for (std::size_t i = 0; i <= bytes.size();) {
    const std::size_t nl = bytes.find('\n', i);
    const std::size_t e = nl == std::string_view::npos ? bytes.size() : nl;
    const std::string_view line = bytes.substr(i, e - i);
    const std::size_t line_cp = text::count_code_points(line);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      if (!para_start) para_start = cp;
      para_end = cp + line_cp;
    } else if (para_start) {
      a.paragraphs.push_back(Span{*para_start, para_end});
      para_start.reset();
    }
    cp += line_cp + 1;
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  if (para_start) a.paragraphs.push_back(Span{*para_start, para_end});
  for (const Span& p : a.paragraphs) {
    auto s = split_sentences(a.text, p);
    a.sentences.insert(a.sentences.end(), s.begin(), s.end());
  }
  r.articles.push_back(std::move(a));
  return r;
}

}  // namespace glossa::article
