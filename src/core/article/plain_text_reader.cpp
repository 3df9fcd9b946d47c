#include "core/article/plain_text_reader.h"

#include <cctype>
#include <cstdio>
#include <regex>

#include "core/text/utf8.h"

namespace glossa::article {

std::string text_hash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "Posted 10 января 2022,, 13:42" -> {"posted", "10 января 2022,, 13:42"}
bool header_line(std::string_view line, MetaField& out) {
  static const char* const kKeys[] = {"Posted", "Published", "Modified", "Updated"};
  for (const char* key : kKeys) {
    const std::string_view k(key);
    if (line.size() > k.size() + 1 && line.substr(0, k.size()) == k && line[k.size()] == ' ') {
      out.key.assign(k);
      for (auto& c : out.key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.raw.assign(trim(line.substr(k.size() + 1)));
      return true;
    }
  }
  return false;
}

// A line that is only a date (and maybe a time): "10 января 2022, 13:42", "January 10, 2022".
bool date_line(std::string_view line) {
  static const std::regex kDate(
      R"(^\s*(\d{1,2}\s+\S+\s+\d{4}|\S+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(,*\s*\d{1,2}:\d{2}(\s*[AaPp]\.?[Mm]\.?)?)?\s*$)");
  return line.size() < 64 && std::regex_match(line.begin(), line.end(), kDate);
}

}  // namespace

ReadResult read_plain_text(std::string_view bytes, const std::string& source_name) {
  ReadResult r;
  Article& a = r.article;
  a.source = source_name;
  a.format = "text";

  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    a.normalization.push_back("removed UTF-8 byte order mark");
  }
  const text::Utf8Check check = text::check_utf8(bytes);
  if (!check.valid) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < check.first_bad_byte; ++i) line += bytes[i] == '\n';
    r.error = source_name + ": not valid UTF-8 (first bad byte at offset " + std::to_string(check.first_bad_byte) +
              ", line " + std::to_string(line) + ")";
    return r;
  }

  // Split into lines, normalizing CRLF and CR to LF.
  std::vector<std::string_view> lines;
  bool saw_crlf = false, saw_cr = false;
  for (std::size_t i = 0, start = 0; i <= bytes.size(); ++i) {
    if (i == bytes.size() || bytes[i] == '\n' || bytes[i] == '\r') {
      lines.push_back(bytes.substr(start, i - start));
      if (i < bytes.size() && bytes[i] == '\r') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
          saw_crlf = true;
          ++i;
        } else {
          saw_cr = true;
        }
      }
      start = i + 1;
    }
  }
  if (saw_crlf) a.normalization.push_back("line ends CRLF -> LF");
  if (saw_cr) a.normalization.push_back("line ends CR -> LF");

  std::size_t i = 0;
  const auto skip_blank = [&] {
    while (i < lines.size() && trim(lines[i]).empty()) ++i;
  };

  // Header lines.
  for (skip_blank(); i < lines.size(); skip_blank()) {
    MetaField m;
    if (!header_line(trim(lines[i]), m)) break;
    a.metadata.push_back(std::move(m));
    ++i;
  }

  // Blocks: runs of non-blank lines. Hard-wrapped paragraphs keep their line breaks.
  struct Block {
    std::vector<std::string_view> lines;
  };
  std::vector<Block> blocks;
  for (skip_blank(); i < lines.size(); skip_blank()) {
    Block b;
    while (i < lines.size() && !trim(lines[i]).empty()) b.lines.push_back(trim(lines[i++]));
    blocks.push_back(std::move(b));
  }

  // Title: the first block when it is one line, printed once or twice; then an optional date line.
  std::size_t first_body = 0;
  std::string title;
  if (!blocks.empty() && blocks[0].lines.size() == 1 && blocks.size() > 1) {
    title.assign(blocks[0].lines[0]);
    first_body = 1;
    if (blocks[1].lines.size() == 1 && blocks[1].lines[0] == title) {
      first_body = 2;
      a.normalization.push_back("dropped the repeated title");
    }
  }
  if (first_body < blocks.size() && !blocks[first_body].lines.empty() && date_line(blocks[first_body].lines[0])) {
    a.metadata.push_back({"date", std::string(blocks[first_body].lines[0])});
    blocks[first_body].lines.erase(blocks[first_body].lines.begin());
    if (blocks[first_body].lines.empty()) ++first_body;
  }

  // Assemble the normalized text and its spans (code points).
  std::string out;
  std::vector<std::pair<std::size_t, std::size_t>> byte_spans;
  std::size_t cp = 0;
  const auto append_block = [&](const std::vector<std::string_view>& ls) -> Span {
    if (!out.empty()) {
      out += "\n\n";
      cp += 2;
    }
    Span s{cp, cp};
    for (std::size_t k = 0; k < ls.size(); ++k) {
      if (k) {
        out += '\n';
        ++cp;
      }
      out.append(ls[k]);
      cp += text::count_code_points(ls[k]);
    }
    s.end = cp;
    return s;
  };
  if (!title.empty()) {
    a.title = title;
    a.title_span = append_block({std::string_view(title)});
  }
  for (std::size_t b = first_body; b < blocks.size(); ++b) a.paragraphs.push_back(append_block(blocks[b].lines));

  if (out.empty()) a.warnings.push_back("the file has no text");
  a.id = text_hash(out);
  a.text = text::IndexedText(std::move(out));
  r.ok = true;
  return r;
}

}  // namespace glossa::article
