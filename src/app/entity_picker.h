#pragma once
// E: a modal list to choose the entity the selected mention joins: the entities (name, type, mention
// count) and the other loose mentions, filtered as the person types.
#include "app/document.h"

namespace glossa::app {

class App;

// Shown while app.panels.entity_picker. Up/Down move, Enter or a click chooses (commands.h merge_into),
// Esc closes. The filter field (app.panels.entity_filter) takes the keyboard on open.
void draw_entity_picker(App& app, Document& d);

}  // namespace glossa::app
