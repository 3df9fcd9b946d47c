#pragma once
// The workspace as one file: every open document as a Glossa bundle (its article and annotations), which
// one is current, and the settings of the app (theme, text size, panels). The app keeps it in the
// browser's storage and restores it on start, so reloading the page loses nothing.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/formats/loaded.h"

namespace glossa::formats {

inline constexpr int kWorkspaceVersion = 1;

struct WorkspaceDocument {
  const article::Article* article;
  const annotate::AnnotationSet* set;
};

// kept: saved documents that could not be read back, written again as they were (never dropped).
std::string write_workspace(const std::vector<WorkspaceDocument>& docs, int current, const nlohmann::ordered_json& settings,
                            const std::vector<std::string>& kept = {});

struct Workspace {
  std::vector<Loaded> documents;   // each with its article; a document that cannot be read keeps its problems
  std::vector<std::string> raw;    // each document as saved (a bundle), to keep one that cannot be read
  int current = -1;
  nlohmann::ordered_json settings = nlohmann::ordered_json::object();
  std::string error;               // the whole file could not be read (documents empty)
  bool ok() const { return error.empty(); }
};

Workspace read_workspace(std::string_view bytes);

}  // namespace glossa::formats
