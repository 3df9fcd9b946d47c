#pragma once
// The right-click menu over the text: every annotation command with its key, disabled when it cannot apply.
#include "app/document.h"

namespace glossa::app {

class App;

// Asks for the menu to open on the next draw_context_menu (the article view calls it on a right click,
// after updating the selection and the selected annotation).
void open_context_menu();
// Draws the menu while it is open. Call once per frame at the top level (outside other windows' ID scopes).
void draw_context_menu(App& app, Document& d);

}  // namespace glossa::app
