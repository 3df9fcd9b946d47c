#pragma once
// A JSON snapshot of what the app shows, for browser tests and bug reports: documents, the current
// article, fonts and missing glyphs, display size, open dialogs and widget rectangles.
#include <string>

namespace glossa::app {

class App;

std::string debug_state_json(const App& app);

// Where the nth occurrence of needle is on screen in the current document: {"cp": [b, e], "begin": [x, y],
// "end": [x, y]} (CSS pixels; inside the first and the last character), or null.
std::string locate_text_json(const App& app, const std::string& needle, int nth);

// --- Hooks for the browser tests (tests/e2e), exported to JavaScript as glossa_test_* (debug_state.cpp) ---
// The app they act on: App registers itself when made and leaves when destroyed.
void attach_test_hooks(App* app);
App* test_app();
// Every document's annotations (mentions, quotes with their speaker's span, counts) and undo/redo depths, as
// JSON: what the stress test compares with its own model of the edits, for all documents at once.
std::string test_annotations_json(const App& app);
// Runs edits on the current document through the same commands the keys issue (app/commands.h: mark_type,
// mark_quote, remove_selected, undo, redo), after selecting what a person would have selected: a JSON array
// of {"op": "mark"|"quote"|"retype"|"requote"|"delete"|"undo"|"redo", "b", "e", "type", "kind", "what"}
// (b..e: the text selected, or the annotation clicked; "what": "m" or "q", which of the two a delete
// clicks). Returns the status line after each op. The fast path for the part of a stress test that cannot
// go through real input in reasonable time; every edit still goes through the editor and its undo history.
std::string run_test_edits(App& app, const std::string& ops_json);

}  // namespace glossa::app
