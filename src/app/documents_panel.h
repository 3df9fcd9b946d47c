#pragma once
// Every open document with its counts; the current one highlighted; a click switches to another. Each
// Document keeps its own selection, scroll and search, so switching loses nothing.
namespace glossa::app {

class App;

// Draws into the current window (the sidebar's Documents tab).
void draw_documents_panel(App& app);

}  // namespace glossa::app
