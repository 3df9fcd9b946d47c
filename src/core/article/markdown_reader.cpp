#include "core/article/markdown_reader.h"

#include <cctype>
#include <vector>

#include "core/article/html_reader.h"

namespace glossa::article {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool all_of(std::string_view s, char c) {
  s = trim(s);
  if (s.size() < 3) return false;
  for (const char x : s)
    if (x != c) return false;
  return true;
}

// "## Heading ##" -> level 2, "Heading"
int heading_level(std::string_view line, std::string_view& text) {
  int level = 0;
  while (level < static_cast<int>(line.size()) && line[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < static_cast<int>(line.size()) && line[level] != ' ')) return 0;
  text = trim(line.substr(level));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  text = trim(text);
  return level;
}

// List item marker ("- ", "* ", "+ ", "1. ", "1) "): returns the text after it, or npos-length view.
bool list_item(std::string_view line, std::string_view& rest) {
  line = trim(line);
  if (line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    rest = trim(line.substr(2));
    return true;
  }
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i > 0 && i < 10 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ') {
    rest = trim(line.substr(i + 2));
    return true;
  }
  return false;
}

}  // namespace

std::string strip_inline_markdown(std::string_view s) {
  std::string o;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      o += s[++i];
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {  // image: dropped
      const std::size_t close = s.find("](", i + 2);
      const std::size_t end = close == std::string_view::npos ? close : s.find(')', close + 2);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    if (c == '[') {  // link: keep the text
      const std::size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) {
        const std::size_t end = s.find(s[close + 1] == '(' ? ')' : ']', close + 2);
        if (end != std::string_view::npos) {
          o += strip_inline_markdown(s.substr(i + 1, close - i - 1));
          i = end;
          continue;
        }
      }
    }
    if (c == '`') {  // inline code: keep the code
      std::size_t ticks = 1;
      while (i + ticks < s.size() && s[i + ticks] == '`') ++ticks;
      const std::string fence(ticks, '`');
      const std::size_t end = s.find(fence, i + ticks);
      if (end != std::string_view::npos) {
        o.append(trim(s.substr(i + ticks, end - i - ticks)));
        i = end + ticks - 1;
        continue;
      }
    }
    if (c == '*' || c == '_') {
      // Emphasis markers: runs of * or _ that touch a word on one side. Intra-word _ stays (snake_case).
      std::size_t run = 1;
      while (i + run < s.size() && s[i + run] == c) ++run;
      const bool prev_alnum = i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]));
      const bool next_alnum = i + run < s.size() && std::isalnum(static_cast<unsigned char>(s[i + run]));
      const bool prev_space = i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1]));
      const bool next_space = i + run >= s.size() || std::isspace(static_cast<unsigned char>(s[i + run]));
      if (!(c == '_' && prev_alnum && next_alnum) && !(prev_space && next_space) && run <= 3) {
        i += run - 1;
        continue;
      }
    }
    if (c == '<') {  // inline HTML tags: dropped
      const std::size_t end = s.find('>', i);
      if (end != std::string_view::npos && end > i + 1 && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
        i = end;
        continue;
      }
    }
    o += c;
  }
  return decode_entities(o);
}

Draft read_markdown(std::string_view text) {
  Draft d;
  d.format = "markdown";
  std::vector<std::string_view> lines;
  for (std::size_t i = 0; i <= text.size();) {
    const std::size_t nl = text.find('\n', i);
    const std::size_t e = nl == std::string_view::npos ? text.size() : nl;
    lines.push_back(text.substr(i, e - i));
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  std::size_t i = 0;
  // YAML front matter: "key: value" lines between --- fences.
  if (!lines.empty() && trim(lines[0]) == "---") {
    for (std::size_t k = 1; k < lines.size(); ++k) {
      if (trim(lines[k]) == "---" || trim(lines[k]) == "...") {
        for (std::size_t f = 1; f < k; ++f) {
          const std::size_t colon = lines[f].find(':');
          if (colon == std::string_view::npos) continue;
          std::string key(trim(lines[f].substr(0, colon)));
          for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          std::string_view v = trim(lines[f].substr(colon + 1));
          if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
          if (v.empty()) continue;
          if (key == "title") d.title = std::string(v);
          else if (key == "date" || key == "published" || key == "posted" || key == "modified" || key == "updated") d.add_meta(key, std::string(v));
          else if (key == "author" || key == "url" || key == "source" || key == "site") d.add_meta(key, std::string(v));
        }
        i = k + 1;
        break;
      }
    }
  }

  std::string para;
  const auto flush = [&] {
    std::string t = strip_inline_markdown(para);
    para.clear();
    if (!trim(t).empty()) d.paragraphs.push_back(std::move(t));
  };
  bool in_fence = false;
  std::string fence;
  for (; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    const std::string_view t = trim(line);
    if (in_fence) {
      if (t.substr(0, 3) == fence) {
        in_fence = false;
        d.paragraphs.push_back(para);
        para.clear();
      } else {
        if (!para.empty()) para += '\n';
        para.append(line);
      }
      continue;
    }
    if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {
      flush();
      in_fence = true;
      fence = std::string(t.substr(0, 3));
      continue;
    }
    if (t.empty() || all_of(t, '-') || all_of(t, '*') || all_of(t, '_')) {
      // Setext heading: "Title" over "=====" or "-----".
      if (!t.empty() && all_of(t, '-') && !para.empty() && para.find('\n') == std::string::npos) {
        flush();
        continue;
      }
      flush();
      continue;
    }
    if (all_of(t, '=') && !para.empty() && para.find('\n') == std::string::npos) {
      if (d.title.empty() && d.paragraphs.empty()) {
        d.title = strip_inline_markdown(para);
        para.clear();
      } else {
        flush();
      }
      continue;
    }
    std::string_view htext;
    if (const int level = heading_level(t, htext)) {
      flush();
      if (level == 1 && d.title.empty() && d.paragraphs.empty()) d.title = strip_inline_markdown(htext);
      else d.paragraphs.push_back(strip_inline_markdown(htext));
      continue;
    }
    std::string_view item;
    if (list_item(line, item)) {
      flush();
      para.append(item);
      continue;
    }
    if (t.front() == '>') {
      std::string_view q = trim(t.substr(1));
      if (q.empty()) {
        flush();
        continue;
      }
      line = q;
    }
    // A soft line break inside a paragraph is a space.
    if (!para.empty()) para += ' ';
    para.append(trim(line));
  }
  if (in_fence) d.warnings.push_back("a code block is not closed");
  flush();
  return d;
}

}  // namespace glossa::article
