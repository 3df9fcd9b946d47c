#pragma once
// The reading view of one article: title, metadata, paragraphs in a centred column.
#include "app/document.h"
#include "app/fonts.h"
#include "app/theme.h"

namespace glossa::app {

void draw_article_view(Document& doc, const Fonts& fonts, Theme theme);

}  // namespace glossa::app
