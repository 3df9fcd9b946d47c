#pragma once
// A JSON snapshot of what the app shows, for browser tests and bug reports: documents, the current
// article, fonts and missing glyphs, display size, open dialogs and widget rectangles.
#include <string>

namespace glossa::app {

class App;

std::string debug_state_json(const App& app);

}  // namespace glossa::app
