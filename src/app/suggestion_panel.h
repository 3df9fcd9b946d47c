#pragma once
// The Suggestions tab: what Suggest found, by kind (quotes, then each entity type), with "Accept all" per
// kind (one undo step), each item to show, accept or reject, and a slider that hides the weak ones.
namespace glossa::app {

class App;
class Document;

void draw_suggestion_panel(App& app, Document& d);

}  // namespace glossa::app
