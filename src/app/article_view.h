#pragma once
// The reading and annotating view of one article: metadata, then the title and paragraphs in a centred
// column, laid out by Glossa itself (core/layout/text_layout.h, cached per width and text size), only the
// visible lines drawn with ImDrawList, annotations drawn under and around the text, and the mouse: select
// like a text editor, click an annotation, hover for what it is, right-click for the menu.
#include <imgui.h>

#include <string>

#include "app/document.h"

namespace glossa::app {

class App;

void draw_article_view(App& app, Document& doc);

// Colours of what the view draws besides entity types (shared with the legend and panels).
ImU32 quote_color(int alpha);
ImU32 cue_color(int alpha);

}  // namespace glossa::app
