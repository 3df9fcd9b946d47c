#pragma once
// Files being read: which, how far, and "Opening…" for the moment the app reads them.
namespace glossa::app {

class App;

void draw_intake_progress(App& app);

}  // namespace glossa::app
