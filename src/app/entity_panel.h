#pragma once
// The entities of the current document, each with its mentions and their count, then the mentions that
// belong to no entity ("Loose mentions"), grouped by type and text. A click selects the next mention of
// the row; a row's context menu renames, retypes, merges or deletes an entity (all undoable).
#include "app/document.h"

namespace glossa::app {

class App;

// Draws into the current window (the sidebar's Entities tab).
void draw_entity_panel(App& app, Document& d);

}  // namespace glossa::app
