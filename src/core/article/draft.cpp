#include "core/article/draft.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstdio>

#include "core/article/dates.h"
#include "core/article/sentences.h"
#include "core/text/utf8.h"

namespace glossa::article {

std::string text_hash(std::string_view text) {
  const XXH64_hash_t h = XXH3_64bits(text.data(), text.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool is_date_key(const std::string& key) {
  return key == "posted" || key == "published" || key == "modified" || key == "updated" || key == "date";
}

void Draft::add_meta(std::string key, std::string raw) {
  for (auto& m : metadata)
    if (m.key == key) return;  // the first value of a key wins
  metadata.push_back(MetaField{std::move(key), std::move(raw), ""});
}

namespace {
std::string_view trim_ws(std::string_view s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}
}  // namespace

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t nl = text.find('\n', i);
    const std::size_t e = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = trim_ws(text.substr(i, e - i));
    if (line.empty()) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      if (!cur.empty()) cur += '\n';
      cur.append(line);
    }
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

Article build_article(Draft d) {
  Article a;
  a.source = std::move(d.source);
  a.format = std::move(d.format);
  a.encoding = d.encoding.empty() ? "UTF-8" : std::move(d.encoding);
  a.title = std::string(trim_ws(d.title));
  for (char& c : a.title)
    if (c == '\n') c = ' ';
  a.metadata = std::move(d.metadata);
  for (auto& m : a.metadata) {
    if (!is_date_key(m.key)) continue;
    if (auto iso = parse_date_iso(m.raw)) {
      m.iso = *iso;
    } else {
      d.warnings.push_back("could not read the " + m.key + " date \"" + m.raw + "\"");
    }
  }
  a.normalization = std::move(d.normalization);
  a.warnings = std::move(d.warnings);

  std::string out;
  std::size_t cp = 0;
  std::vector<Span> para_spans;
  const auto append_block = [&](std::string_view block) -> Span {
    if (!out.empty()) {
      out += "\n\n";
      cp += 2;
    }
    const Span s{cp, cp + text::count_code_points(block)};
    out.append(block);
    cp = s.end;
    return s;
  };
  if (!a.title.empty()) a.title_span = append_block(a.title);
  for (const auto& p : d.paragraphs) {
    const std::string_view t = trim_ws(p);
    if (!t.empty()) para_spans.push_back(append_block(t));
  }
  if (out.empty()) a.warnings.push_back("the article has no text");
  a.id = text_hash(out);
  a.text = text::IndexedText(std::move(out));
  a.paragraphs = std::move(para_spans);
  for (const Span& p : a.paragraphs) {
    auto s = split_sentences(a.text, p);
    a.sentences.insert(a.sentences.end(), s.begin(), s.end());
  }
  return a;
}

}  // namespace glossa::article
