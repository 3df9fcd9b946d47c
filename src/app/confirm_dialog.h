#pragma once
// "Remove this document?": asked before anything is deleted (App::confirm holds the question).
namespace glossa::app {

class App;

void draw_confirm_dialog(App& app);

}  // namespace glossa::app
