#include "core/article/plain_text_reader.h"

#include <cctype>

#include "core/article/dates.h"

namespace glossa::article {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "Posted 10 января 2022,, 13:42" -> {"posted", "10 января 2022,, 13:42"}; also "Posted: …".
bool header_line(std::string_view line, std::string& key, std::string& value) {
  static const char* const kKeys[] = {"Posted", "Published", "Modified", "Updated", "Date", "Author", "By", "Source", "URL"};
  for (const char* k : kKeys) {
    const std::string_view kv(k);
    if (line.size() <= kv.size() + 1 || line.substr(0, kv.size()) != kv) continue;
    std::string_view rest = line.substr(kv.size());
    if (rest[0] == ':') rest.remove_prefix(1);
    else if (rest[0] != ' ') continue;
    rest = trim(rest);
    if (rest.empty()) continue;
    key.assign(kv);
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == "by") key = "author";
    // Dates must read as dates: "Posted by the editors" is not a header line.
    if (is_date_key(key) && !parse_date_iso(rest)) return false;
    if (key == "url" && rest.substr(0, 4) != "http") return false;
    value.assign(rest);
    return true;
  }
  return false;
}

}  // namespace

bool is_date_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 64) return false;
  if (!parse_date_iso(line)) return false;
  // A date line has few words: the date itself, not a sentence that mentions one.
  std::size_t spaces = 0;
  for (const char c : line) spaces += c == ' ';
  return spaces <= 6;
}

Draft read_plain_text(std::string_view text) {
  Draft d;
  d.format = "text";
  std::vector<std::string_view> lines;
  for (std::size_t i = 0; i <= text.size();) {
    const std::size_t nl = text.find('\n', i);
    const std::size_t e = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back(text.substr(i, e - i));
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }

  std::size_t i = 0;
  const auto skip_blank = [&] {
    while (i < lines.size() && trim(lines[i]).empty()) ++i;
  };
  // Header lines.
  for (skip_blank(); i < lines.size(); skip_blank()) {
    std::string key, value;
    if (!header_line(trim(lines[i]), key, value)) break;
    d.add_meta(key, value);
    ++i;
  }

  // Blocks: runs of non-blank lines.
  std::vector<std::vector<std::string_view>> blocks;
  for (skip_blank(); i < lines.size(); skip_blank()) {
    std::vector<std::string_view> b;
    while (i < lines.size() && !trim(lines[i]).empty()) b.push_back(trim(lines[i++]));
    blocks.push_back(std::move(b));
  }

  // Title: a first block of one line followed by more text, printed once or twice.
  std::size_t first_body = 0;
  if (blocks.size() > 1 && blocks[0].size() == 1 && blocks[0][0].size() < 300) {
    d.title.assign(blocks[0][0]);
    first_body = 1;
    if (blocks[1].size() == 1 && blocks[1][0] == blocks[0][0]) {
      first_body = 2;
      d.normalization.push_back("dropped the repeated title");
    }
  }
  // A date line right after the title (or opening the text) is metadata.
  if (first_body < blocks.size() && !blocks[first_body].empty() && is_date_line(blocks[first_body][0])) {
    d.add_meta("date", std::string(blocks[first_body][0]));
    blocks[first_body].erase(blocks[first_body].begin());
    if (blocks[first_body].empty()) ++first_body;
  }
  for (std::size_t b = first_body; b < blocks.size(); ++b) {
    std::string p;
    for (std::size_t k = 0; k < blocks[b].size(); ++k) {
      if (k) p += '\n';
      p.append(blocks[b][k]);
    }
    d.paragraphs.push_back(std::move(p));
  }
  return d;
}

}  // namespace glossa::article
