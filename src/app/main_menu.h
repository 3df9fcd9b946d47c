#pragma once
// The main menu bar (File, View, Help) and the About window.
#include <functional>

namespace glossa::app {

class App;

// Returns the menu bar's height. open_file_dialog is null where the platform has no file picker.
float draw_main_menu(App& app, const std::function<void()>& open_file_dialog);
void draw_about(App& app);

}  // namespace glossa::app
