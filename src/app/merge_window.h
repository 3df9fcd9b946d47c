#pragma once
// Merging a colleague's annotations conflict by conflict: each conflict described and marked in the text
// (a: this document, outlined; b: the file's, dashed), settled with Keep mine (A), Take theirs (B) or Keep
// both (K). The merge is applied as one undo step when the last is settled, or with "Keep mine for the
// rest". Modal: the document cannot change under the conflicts being settled.
namespace glossa::app {

class App;
class Document;

void draw_merge_window(App& app, Document& d);

}  // namespace glossa::app
