#pragma once
// This document's annotations compared with a colleague's file: the agreement table (P/R/F1 exact and
// overlap per type and kind, token kappa, speaker agreement) and every place they differ, listed and marked
// in the text, stepped through with Prev/Next. "Merge…" goes on to merging the same file.
namespace glossa::app {

class App;
class Document;

void draw_compare_window(App& app, Document& d);

}  // namespace glossa::app
