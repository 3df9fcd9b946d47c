#pragma once
// The quotes of the current document in text order: kind, the start of the text, and the speaker, or a
// warning-coloured "no speaker". The count of unattributed quotes and a button to visit the next one sit
// at the top: finding the quotes still without a speaker is the main chore this panel helps with.
#include "app/document.h"

namespace glossa::app {

class App;

// Draws into the current window (the sidebar's Quotes tab).
void draw_quote_panel(App& app, Document& d);

}  // namespace glossa::app
