#pragma once
// Find in the article (Ctrl+F): a query field, "Match case" and "Whole word", "n of m", Prev/Next.
// Going to a match makes it the selection, so a keyboard-only person can then press 1–9 or Q on it.
#include "app/document.h"

namespace glossa::app {

class App;

// Draws one row into the current window when d.search.open (the keyboard code sets open and focus).
// Enter: next match, Shift+Enter: previous, Esc: closes.
void draw_search_bar(App& app, Document& d);

// Moves to match i of d.search.matches (wrapping): selects it and scrolls it into view.
void go_to_match(Document& d, int i);

}  // namespace glossa::app
