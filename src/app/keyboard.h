#pragma once
// The annotator's keys (the help window lists them). Everything can be done without a mouse: a canvas
// cannot be read by screen readers, so the keyboard is the accessible path.
namespace glossa::app {

class App;
class Document;

// Handles the keys of this frame for the current document, unless a text field or a dialog has them.
void handle_keys(App& app, Document* d);

}  // namespace glossa::app
