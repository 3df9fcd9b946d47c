#pragma once
// The sidebar: a fixed window with the tabs Entities | Quotes | Documents (app.panels.sidebar_tab).
#include <imgui.h>

namespace glossa::app {

class App;

void draw_sidebar(App& app, ImVec2 pos, ImVec2 size);

}  // namespace glossa::app
