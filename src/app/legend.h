#pragma once
// The row of entity-type chips ("1 Person  2 Organization …  Q Quote  S Speaker  C Cue"): a reminder of
// the keys, and buttons that do what the keys do.
#include "app/document.h"

namespace glossa::app {

class App;

// Draws into the current window, on one row (wrapping when the window is too narrow).
void draw_legend(App& app, Document& d);

}  // namespace glossa::app
