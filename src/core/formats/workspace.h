#pragma once
// The workspace as one file: every open document as a Glossa bundle (its article and annotations), which
// one is current, and the settings of the app (theme, text size, panels). The app keeps it in the
// browser's storage and restores it on start, so reloading the page loses nothing. Beside the documents,
// a parallel "histories" array holds each one's undo/redo history (null when none), so undo survives too.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/history_json.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

inline constexpr int kWorkspaceVersion = 1;

struct WorkspaceDocument {
  const article::Article* article;
  const annotate::AnnotationSet* set;
  const annotate::Editor* editor = nullptr;  // its undo/redo history is saved (the last kSavedHistorySteps)
  // The article is kept apart, under article_key(): the file holds {"article": key, "annotations": an
  // annotations-only Glossa file}. The app stores each article once (its text never changes), so a save
  // after an edit writes only annotations, however long the article. A bundle otherwise (Export all).
  bool article_apart = false;
  // What the app keeps of the document beyond its annotations and history (its suggestion decisions), written
  // as it is in a parallel "states" array; null or absent when none.
  const nlohmann::ordered_json* state = nullptr;
};

// The key an article is kept apart under: its id (the text's hash) with everything else the reader
// recorded (source, title, metadata...), so two documents of one text from different files stay apart.
// 16 lower-case hex digits.
std::string article_key(const article::Article& a);
// The keys of the articles a saved document (an entry of Workspace::raw) refers to; empty for a bundle.
std::string apart_article_key(const std::string& raw);
// Finds an article kept apart by its key (nullopt when it is not there).
using ArticleLoader = std::function<std::optional<article::Article>(const std::string& key)>;

// kept: saved documents that could not be read back, written again as they were (never dropped; no history),
// with their states (kept_states, parallel to kept; null where none).
std::string write_workspace(const std::vector<WorkspaceDocument>& docs, int current, const nlohmann::ordered_json& settings,
                            const std::vector<std::string>& kept = {}, const std::vector<nlohmann::ordered_json>& kept_states = {});

struct Workspace {
  std::vector<Loaded> documents;   // each with its article; a document that cannot be read keeps its problems
  std::vector<std::string> raw;    // each document as saved (a bundle), to keep one that cannot be read
  // Parallel to documents: each one's undo/redo history, checked against its annotations (Editor::
  // restore_history accepts it). Empty when none was saved, or when it could not be read or did not fit.
  std::vector<annotate::History> histories;
  // Parallel to documents: each one's WorkspaceDocument::state as saved (null when none).
  std::vector<nlohmann::ordered_json> states;
  std::string warning;             // the histories dropped and why, one line each; the documents are unaffected
  int current = -1;
  nlohmann::ordered_json settings = nlohmann::ordered_json::object();
  std::string error;               // the whole file could not be read (documents empty)
  bool ok() const { return error.empty(); }
};

// load finds the articles kept apart; without it, documents that refer to one cannot be read (kept raw).
Workspace read_workspace(std::string_view bytes, const ArticleLoader& load = {});

}  // namespace glossa::formats
