#pragma once
// A colleague's annotations for an article that has its own: replace, merge, compare, open as a copy, or
// cancel. Nothing in the document changes before the person chooses.
namespace glossa::app {

class App;

void draw_import_dialog(App& app);

}  // namespace glossa::app
