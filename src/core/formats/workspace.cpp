#include "core/formats/workspace.h"

#include <algorithm>

#include "core/formats/native.h"
#include "core/json/parse.h"
#include "core/json/writer.h"

namespace glossa::formats {

namespace {

// {"article": key, "annotations": "..."}: a document whose article is kept apart.
bool is_apart(const nlohmann::ordered_json& d) {
  return d.is_object() && d.contains("article") && d["article"].is_string() && d.contains("annotations") && d["annotations"].is_string();
}

Loaded read_apart(const nlohmann::ordered_json& d, const ArticleLoader& load) {
  const std::string key = d["article"].get<std::string>();
  std::optional<article::Article> a = load ? load(key) : std::nullopt;
  if (!a) {
    Loaded l;
    l.problems.push_back("the text of a saved document (" + key + ") is missing from the browser's storage");
    return l;
  }
  ImportOptions opts;
  opts.target = &*a;
  Loaded l = read_native(d["annotations"].get_ref<const std::string&>(), opts);
  if (l.ok()) l.article = std::move(*a);
  return l;
}

}  // namespace

std::string article_key(const article::Article& a) {
  std::string all = a.id;
  for (const std::string* f : {&a.source, &a.format, &a.encoding, &a.title}) all += '\x1f' + *f;
  for (const auto& m : a.metadata) all += '\x1e' + m.key + '\x1f' + m.raw + '\x1f' + m.iso;
  for (const auto& n : a.normalization) all += '\x1d' + n;
  for (const auto& w : a.warnings) all += '\x1c' + w;
  return article::text_hash(all);
}

std::string apart_article_key(const std::string& raw) {
  const json::Parsed p = json::parse(raw);
  return p.ok && is_apart(p.value) ? p.value["article"].get<std::string>() : std::string();
}

std::string write_workspace(const std::vector<WorkspaceDocument>& docs, int current, const nlohmann::ordered_json& settings,
                            const std::vector<std::string>& kept, const std::vector<nlohmann::ordered_json>& kept_states) {
  // Each document is a bundle, written as a string: the same reader (and its checks) reads it back. Written
  // straight into the string (json::Writer), compact, as nlohmann's dump() wrote it: it is saved after every edit.
  std::string out;
  json::Writer w(out);
  w.begin_object().field("format", "glossa-workspace").field("version", kWorkspaceVersion).field("current", current);
  w.field("settings", settings);
  std::vector<const nlohmann::ordered_json*> states;
  w.key("documents").begin_array();
  for (const auto& d : docs) {
    states.push_back(d.state);
    if (d.article_apart) {
      w.begin_object().field("article", article_key(*d.article)).field("annotations", write_native(*d.article, *d.set, false));
      w.end_object();
    } else {
      w.value(write_native(*d.article, *d.set, true));
    }
  }
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const std::string& k = kept[i];
    // As it was saved: a bundle (a string), or a document whose article is apart (an object).
    const json::Parsed p = json::parse(k);
    if (p.ok && is_apart(p.value))
      w.value(p.value);
    else
      w.value(k);
    states.push_back(i < kept_states.size() ? &kept_states[i] : nullptr);
  }
  w.end_array();
  // Beside the documents rather than inside them: a version 1 reader without histories still reads the file.
  w.key("histories").begin_array();
  for (const auto& d : docs) {
    const bool any = d.editor && (d.editor->can_undo() || d.editor->can_redo());
    if (any) w.value(annotate::write_history(*d.editor));
    else w.null();
  }
  for (std::size_t i = 0; i < kept.size(); ++i) w.null();
  w.end_array();
  const auto present = [](const nlohmann::ordered_json* st) { return st && !st->is_null(); };
  if (std::any_of(states.begin(), states.end(), present)) {
    w.key("states").begin_array();
    for (const auto* st : states) {
      if (present(st)) w.value(*st);
      else w.null();
    }
    w.end_array();
  }
  w.end_object();
  return out;
}

Workspace read_workspace(std::string_view bytes, const ArticleLoader& load) {
  Workspace w;
  const json::Parsed p = json::parse(bytes);
  if (!p.ok) {
    w.error = "the saved workspace is damaged (invalid JSON at byte " + std::to_string(p.error_byte) + ")";
    return w;
  }
  const auto& j = p.value;
  if (!j.is_object() || !j.contains("format") || j["format"] != "glossa-workspace") {
    w.error = "not a Glossa workspace";
    return w;
  }
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != kWorkspaceVersion) {
    w.error = "the saved workspace has another version (a newer Glossa saved it?)";
    return w;
  }
  if (j.contains("settings") && j["settings"].is_object()) w.settings = j["settings"];
  if (j.contains("current") && j["current"].is_number_integer()) w.current = j["current"].get<int>();
  if (j.contains("documents") && j["documents"].is_array())
    for (const auto& d : j["documents"]) {
      if (is_apart(d)) {
        w.documents.push_back(read_apart(d, load));
        w.raw.push_back(d.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        continue;
      }
      if (!d.is_string()) {
        Loaded l;
        l.problems.push_back("a saved document is not a bundle");
        w.documents.push_back(std::move(l));
        w.raw.push_back(d.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        continue;
      }
      w.documents.push_back(read_native(d.get_ref<const std::string&>()));
      w.raw.push_back(d.get<std::string>());
    }
  // Each document's state, kept as the app wrote it (the app checks what it reads).
  w.states.assign(w.documents.size(), nullptr);
  if (const auto ss = j.find("states"); ss != j.end() && ss->is_array())
    for (std::size_t i = 0; i < w.documents.size() && i < ss->size(); ++i) w.states[i] = (*ss)[i];
  // Each document's undo history (files written before histories were saved have none).
  w.histories.resize(w.documents.size());
  const auto hs = j.find("histories");
  if (hs == j.end() || !hs->is_array()) return w;
  for (std::size_t i = 0; i < w.documents.size() && i < hs->size(); ++i) {
    const auto& h = (*hs)[i];
    Loaded& l = w.documents[i];
    if (h.is_null() || !l.ok() || !l.article) continue;  // no history, or a document kept unread: none needed
    const std::string who = "document " + std::to_string(i + 1) + " (" + (l.article->title.empty() ? l.article->id : l.article->title) + ")";
    annotate::HistoryRead r = annotate::read_history(h);
    std::string why = r.error;
    if (r.ok()) {
      // Checked here on the loaded annotations, so the app's restore_history takes it as it is.
      annotate::Editor probe(l.set);
      if (probe.restore_history(r.history.undo, r.history.redo, &why)) {
        w.histories[i] = std::move(r.history);
        continue;
      }
    }
    w.warning += (w.warning.empty() ? "" : "\n") + who + ": the undo history was not restored (" + why + ")";
  }
  return w;
}

}  // namespace glossa::formats
