#pragma once
// F1 or ?: every key and mouse gesture of the annotator, in one window.
namespace glossa::app {

class App;

// Drawn while app.panels.help; closed with Esc or the window's close button.
void draw_help_window(App& app);

}  // namespace glossa::app
