#include "core/formats/registry.h"

#include <cctype>

#include "core/article/reader.h"
#include "core/formats/brat.h"
#include "core/formats/conll.h"
#include "core/formats/csv.h"
#include "core/formats/label_studio.h"
#include "core/formats/native.h"
#include "core/formats/spacy.h"
#include "core/formats/w3c.h"
#include "core/formats/workspace.h"

namespace glossa::formats {

const std::vector<FormatInfo>& all_formats() {
  static const std::vector<FormatInfo> formats = {
      {"bundle", ".glossa.json", "Glossa bundle: the article and its annotations, all a colleague needs", true, true},
      {"glossa", ".glossa.json", "Glossa annotations only, bound to the article by its id and text", true, true},
      {"w3c", ".jsonld", "W3C Web Annotation (JSON-LD AnnotationCollection)", true, true},
      {"brat", ".ann", "brat standoff (.ann next to the article's .txt)", true, true},
      {"label-studio", ".label-studio.json", "Label Studio tasks with their annotations (JSON export)", true, true},
      {"conll", ".conll", "CoNLL-2003 IOB2: a token per line with its entity tag", false, true},
      {"spacy", ".spacy.json", "spaCy Doc.to_json: ents, span groups, sentences, tokens", false, true},
      {"csv", ".quotes.csv", "the quotes as CSV: text, speaker, cue, kind, offsets", false, true},
  };
  return formats;
}

const FormatInfo* find_format(const std::string& name) {
  for (const auto& f : all_formats())
    if (f.name == name) return &f;
  return nullptr;
}

std::string format_names(bool writable) {
  std::string out;
  for (const auto& f : all_formats())
    if (writable ? f.writes : f.reads) out += (out.empty() ? "" : ", ") + f.name;
  return out;
}

Exported export_document(const std::string& format, const article::Article& a, const annotate::AnnotationSet& s) {
  Exported e;
  const FormatInfo* f = find_format(format);
  if (!f || !f->writes) {
    e.error = "unknown output format \"" + format + "\" (formats: " + format_names(true) + ")";
    return e;
  }
  if (format == "bundle" || format == "glossa") {
    e.files.push_back({f->suffix, write_native(a, s, format == "bundle")});
  } else if (format == "w3c") {
    e.files.push_back({f->suffix, write_w3c(a, s)});
  } else if (format == "brat") {
    // brat counts offsets in the .txt, so the text goes with the .ann.
    e.files.push_back({".txt", a.text.str()});
    e.files.push_back({".ann", write_brat_ann(a, s, &e.warnings)});
  } else if (format == "label-studio") {
    e.files.push_back({f->suffix, write_label_studio(a, s, &e.warnings)});
  } else if (format == "conll") {
    e.files.push_back({f->suffix, write_conll(a, s, &e.warnings)});
  } else if (format == "spacy") {
    e.files.push_back({f->suffix, write_spacy(a, s, &e.warnings)});
  } else if (format == "csv") {
    e.files.push_back({f->suffix, write_quotes_csv(a, s)});
  }
  return e;
}

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The value after "key": in JSON text, whatever the spacing: "format" : "glossa" -> glossa.
// Where the value of a key found at k begins: past the key, the spacing and the colon.
std::size_t value_at(std::string_view head, std::size_t k, std::size_t key_size) {
  std::size_t i = k + key_size;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r' || head[i] == ':')) ++i;
  return i;
}

std::string json_string_after(std::string_view head, std::string_view key) {
  const std::size_t k = head.find(key);
  if (k == std::string_view::npos) return {};
  const std::size_t i = value_at(head, k, key.size());
  if (i >= head.size() || head[i] != '"') return {};
  const std::size_t e = head.find('"', i + 1);
  return e == std::string_view::npos ? std::string() : std::string(head.substr(i + 1, e - i - 1));
}

// Whether "key" appears with a value that opens with c ("data": {, "result": [), whatever the spacing.
bool value_opens(std::string_view head, std::string_view key, char c) {
  for (std::size_t k = head.find(key); k != std::string_view::npos; k = head.find(key, k + 1)) {
    const std::size_t i = value_at(head, k, key.size());
    const bool after_colon = head.substr(k + key.size(), i - k - key.size()).find(':') != std::string_view::npos;
    if (after_colon && i < head.size() && head[i] == c) return true;
  }
  return false;
}

}  // namespace

std::string base_name(const std::string& path) {
  for (const char* suffix : {".glossa.json", ".label-studio.json", ".spacy.json", ".quotes.csv", ".conll", ".jsonld", ".json", ".ann", ".txt", ".md", ".html", ".htm", ".jsonl"})
    if (ends_with(lower(path), suffix)) return path.substr(0, path.size() - std::string(suffix).size());
  const std::size_t dot = path.rfind('.'), slash = path.rfind('/');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) return path.substr(0, dot);
  return path;
}

std::string detect_file_kind(const std::string& name, std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  const std::string n = lower(name);
  if (ends_with(n, ".ann")) return "brat";
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i >= head.size() || (head[i] != '{' && head[i] != '[')) return "article";
  if (json_string_after(head, "\"format\"") == "glossa-workspace") return "workspace";
  if (json_string_after(head, "\"format\"") == "glossa") return json_string_after(head, "\"kind\"") == "bundle" ? "bundle" : "glossa";
  if (head.find("w3.org/ns/anno.jsonld") != std::string_view::npos || json_string_after(head, "\"type\"").rfind("Annotation", 0) == 0)
    return "w3c";
  // Label Studio tasks: {"data": {...}, "annotations" | "predictions" | "completions": [{"result": ...}]};
  // "data" may come after a long list of annotations, and the annotations after a long text: the keys are
  // looked for in the whole file once the head looks like a task. Inside a JSON string a quote is escaped,
  // so "annotations" with its quotes is a key (or a value), never an article's words.
  if (value_opens(head, "\"data\"", '{') || value_opens(head, "\"result\"", '['))
    for (const char* key : {"\"annotations\"", "\"predictions\"", "\"completions\""})
      if (bytes.find(key) != std::string_view::npos) return "label-studio";
  return "article";
}

std::vector<Loaded> load_documents(std::string_view bytes, const std::string& name, const ImportOptions& opts,
                                   std::optional<std::string_view> companion_txt) {
  std::vector<Loaded> out;
  const std::string kind = detect_file_kind(name, bytes);
  const auto one = [&](Loaded l) {
    for (auto& p : l.problems)
      if (p.rfind(name, 0) != 0) p = name + ": " + p;
    out.push_back(std::move(l));
  };
  if (kind == "article") {
    article::ReadResult r = article::read_article_file(bytes, name);
    if (!r.ok()) {
      Loaded l;
      l.problems.push_back(r.error);
      out.push_back(std::move(l));
      return out;
    }
    for (auto& a : r.articles) {
      Loaded l;
      l.set = annotate::AnnotationSet(a.id, a.text.code_points());
      l.warnings = r.warnings;
      l.article = std::move(a);
      out.push_back(std::move(l));
    }
  } else if (kind == "bundle" || kind == "glossa") {
    one(read_native(bytes, opts));
  } else if (kind == "workspace") {
    // Every document of a workspace (File > Export all documents), each with its article.
    Workspace w = read_workspace(bytes);
    if (!w.ok()) {
      Loaded l;
      l.problems.push_back(w.error);
      one(std::move(l));
    }
    for (auto& l : w.documents) one(std::move(l));
  } else if (kind == "w3c") {
    one(read_w3c(bytes, opts));
  } else if (kind == "label-studio") {
    // Each task carries its text; with an article open, the task of that article.
    if (opts.target) one(read_label_studio(bytes, opts));
    else
      for (auto& l : read_label_studio_tasks(bytes, name)) one(std::move(l));
  } else if (kind == "brat") {
    const std::string base = base_name(name);
    one(read_brat(bytes, companion_txt, base, opts));
  }
  return out;
}

std::vector<std::size_t> brat_companions(const std::vector<std::string>& names) {
  const auto ends_with = [](const std::string& s, const char* tail) {
    const std::size_t n = std::char_traits<char>::length(tail);
    return s.size() > n && s.compare(s.size() - n, n, tail) == 0;
  };
  std::vector<std::size_t> out(names.size(), std::string::npos);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!ends_with(names[i], ".ann")) continue;
    const std::string txt = names[i].substr(0, names[i].size() - 4) + ".txt";
    for (std::size_t j = 0; j < names.size(); ++j)
      if (names[j] == txt) out[i] = j;
  }
  return out;
}

}  // namespace glossa::formats
