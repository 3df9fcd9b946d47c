#pragma once
// The main menu bar (File, View, Help) and the About window.
#include <functional>
#include <string>

namespace glossa::app {

class App;

// Returns the menu bar's height. open_file_dialog is null where the platform has no file picker.
float draw_main_menu(App& app, const std::function<void()>& open_file_dialog);
void draw_about(App& app);
// Saves the current document in a format (formats/registry.h): one download per file (brat: the .txt and
// the .ann), named after the article's file. Ctrl+S saves the bundle.
void export_current(App& app, const std::string& format);

}  // namespace glossa::app
