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

}  // namespace glossa::app
