#pragma once
// The bottom status bar: the current document and its size.
#include <imgui.h>

namespace glossa::app {

class App;

float status_bar_height();
void draw_status_bar(const App& app, ImVec2 pos, ImVec2 size);

}  // namespace glossa::app
