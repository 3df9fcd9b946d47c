#pragma once
// Above the article's text: its dates and author (one line, equal dates merged) and how the file was read.
#include "core/article/article.h"

namespace glossa::app {

struct Palette;

// Draws the header in the current column; returns nothing, advances the cursor.
void draw_article_header(const article::Article& a, const Palette& pal);

}  // namespace glossa::app
