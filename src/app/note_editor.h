#pragma once
// N: a modal dialog to write a note on the selected annotation (or the selected text).
#include "app/document.h"

namespace glossa::app {

class App;

// Shown while app.panels.note_editor. OK or Ctrl+Enter adds the note (commands.h add_note); Cancel or Esc
// closes without one. The field takes the keyboard when app.panels.focus_field.
void draw_note_editor(App& app, Document& d);

}  // namespace glossa::app
