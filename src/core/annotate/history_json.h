#pragma once
// The editor's undo/redo history as JSON, saved with the workspace so undo survives a page reload.
// Every field of every record is written (offsets in code points, as everywhere), so a history read back
// equals the one written. Reading never throws: damaged or foreign input gives an error and no history.
//
//   {"format": "glossa-history", "version": 1, "undo": [step, ...], "redo": [step, ...]}
//   step:   {"label": "Mark PERSON", "changes": [{"record": "mention", "before": null, "after": {...}}, ...]}
//   mention {"id", "begin", "end", "type", "entity", "fragments": [[b, e], ...], "prov": {"author", "created", "origin"}}
//   entity  {"id", "name", "type", "prov"}
//   quote   {"id", "begin", "end", "kind", "cue": [b, e] | null, "speaker", "fragments", "prov"}
//   note    {"id", "target", "span": [b, e] | null, "text", "prov"}
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/editor.h"

namespace glossa::annotate {

inline constexpr int kHistoryVersion = 1;
// Steps kept per stack when saving: the workspace stays small, and the most recent steps are the ones used.
inline constexpr std::size_t kSavedHistorySteps = 200;

// Both stacks as the editor keeps them: oldest first, the back is undone (redone) next.
struct History {
  std::vector<Step> undo, redo;
  bool empty() const { return undo.empty() && redo.empty(); }
};

// Writes the last max_steps steps of each stack (the ones nearest the present; older undo steps and
// farther redo steps are left out, which keeps the rest consistent).
nlohmann::ordered_json write_history(const std::vector<Step>& undo, const std::vector<Step>& redo,
                                     std::size_t max_steps = kSavedHistorySteps);
nlohmann::ordered_json write_history(const Editor& editor, std::size_t max_steps = kSavedHistorySteps);

struct HistoryRead {
  History history;    // empty when error is set
  std::string error;  // "undo[3].changes[0].after.begin: expected a code point offset"
  bool ok() const { return error.empty(); }
};

HistoryRead read_history(const nlohmann::ordered_json& j);
HistoryRead parse_history(std::string_view text);  // JSON text (a distinct name: a string converts to both)

}  // namespace glossa::annotate
