#include "core/article/json_reader.h"

#include <nlohmann/json.hpp>

#include "core/json/parse.h"
#include "core/article/html_reader.h"
#include "core/text/decode.h"

namespace glossa::article {

namespace {

using json = nlohmann::ordered_json;

const json* field(const json& o, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    const auto it = o.find(n);
    if (it != o.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

// Strings as they are; numbers as written; arrays of strings (or of {"name": …}) joined with ", ".
std::string as_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) {
      std::string s = x.is_object() && x.contains("name") ? as_text(x["name"]) : as_text(x);
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
    return out;
  }
  if (v.is_object() && v.contains("name")) return as_text(v["name"]);
  return {};
}

// One record -> one draft, or a reason why it is not an article.
bool record_to_draft(const json& o, Draft& d, std::string& why) {
  if (!o.is_object()) {
    why = std::string("expected an object, found ") + o.type_name();
    return false;
  }
  const json* body = field(o, {"text", "body", "content", "article", "full_text", "articleBody", "maintext"});
  if (!body || !body->is_string()) {
    why = "no article text (looked for \"text\", \"body\", \"content\", \"article\", \"articleBody\")";
    return false;
  }
  if (const json* t = field(o, {"title", "headline", "name"})) d.title = as_text(*t);
  std::string text = body->get<std::string>();
  // Normalize line ends the same way files are normalized.
  std::vector<std::string> notes;
  if (text.find('\r') != std::string::npos) {
    text::Decoded dec = text::decode_text(text);
    if (dec.ok) {
      text = std::move(dec.text);
      d.normalization.insert(d.normalization.end(), dec.notes.begin(), dec.notes.end());
    }
  }
  if (looks_like_html(text)) {
    d.paragraphs = html_paragraphs(text);
    d.normalization.push_back("article text was HTML: tags removed");
  } else {
    d.paragraphs = split_paragraphs(text);
  }
  if (const json* v = field(o, {"date"})) d.add_meta("date", as_text(*v));
  if (const json* v = field(o, {"published", "published_at", "publishedAt", "datePublished", "pubDate", "date_publish", "created_at"}))
    d.add_meta("published", as_text(*v));
  if (const json* v = field(o, {"modified", "updated", "updated_at", "dateModified", "date_modify", "modified_at"}))
    d.add_meta("modified", as_text(*v));
  if (const json* v = field(o, {"author", "authors", "byline", "creator"})) {
    const std::string a = as_text(*v);
    if (!a.empty()) d.add_meta("author", a);
  }
  if (const json* v = field(o, {"url", "link", "canonical_url", "source_url"})) d.add_meta("url", as_text(*v));
  if (const json* v = field(o, {"site", "source", "domain", "source_domain", "publisher"})) {
    const std::string s = as_text(*v);
    if (!s.empty()) d.add_meta("site", s);
  }
  for (auto it = d.metadata.begin(); it != d.metadata.end();) it = it->raw.empty() ? d.metadata.erase(it) : it + 1;
  return true;
}

std::string parse_error_text(const glossa::json::Parsed& p, std::string_view text) {
  const std::string what = p.truncated ? "truncated JSON (it ends before the data is complete)" : "invalid JSON";
  return what + " at byte " + std::to_string(p.error_byte) + ", line " + std::to_string(text::line_of_offset(text, p.error_byte));
}

}  // namespace

JsonDrafts read_json(std::string_view text, const std::string& source) {
  JsonDrafts r;
  glossa::json::Parsed parsed = glossa::json::parse(text);
  if (!parsed.ok) {
    r.error = parse_error_text(parsed, text);
    return r;
  }
  const json doc = std::move(parsed.value);
  const json* list = nullptr;
  if (doc.is_array()) list = &doc;
  else if (doc.is_object())
    for (const char* k : {"articles", "items", "data", "results", "documents"})
      if (doc.contains(k) && doc[k].is_array() && !doc.contains("text") && !doc.contains("body")) list = &doc[k];
  if (!list) {
    Draft d;
    std::string why;
    if (!record_to_draft(doc, d, why)) {
      r.error = "not an article export: " + why;
      return r;
    }
    d.source = source;
    r.drafts.push_back(std::move(d));
    return r;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    Draft d;
    std::string why;
    if (!record_to_draft((*list)[i], d, why)) {
      r.warnings.push_back("record " + std::to_string(i + 1) + " skipped: " + why);
      continue;
    }
    d.source = source + "#" + std::to_string(i + 1);
    r.drafts.push_back(std::move(d));
  }
  if (r.drafts.empty()) r.error = list->empty() ? "the JSON array is empty" : "no record is an article: " + r.warnings.front();
  return r;
}

JsonDrafts read_json_lines(std::string_view text, const std::string& source) {
  JsonDrafts r;
  std::size_t line_no = 0, records = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t nl = text.find('\n', i);
    const std::size_t e = nl == std::string_view::npos ? text.size() : nl;
    const std::string_view line = text.substr(i, e - i);
    ++line_no;
    i = e + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++records;
    glossa::json::Parsed parsed = glossa::json::parse(line);
    if (!parsed.ok) {
      r.warnings.push_back("line " + std::to_string(line_no) + " skipped: " +
                           (parsed.truncated ? "truncated JSON" : "invalid JSON at column " + std::to_string(parsed.error_byte + 1)));
      continue;
    }
    const json o = std::move(parsed.value);
    Draft d;
    std::string why;
    if (!record_to_draft(o, d, why)) {
      r.warnings.push_back("line " + std::to_string(line_no) + " skipped: " + why);
      continue;
    }
    d.source = source + "#" + std::to_string(line_no);
    r.drafts.push_back(std::move(d));
  }
  if (r.drafts.empty()) r.error = records == 0 ? "the file has no records" : "no line is an article: " + r.warnings.front();
  return r;
}

}  // namespace glossa::article
