#pragma once
// Markdown articles: optional front matter (title, date, author, url), the title from the first "# "
// heading (or a setext heading), paragraphs with inline markup removed (emphasis, links, images, code),
// headings, list items and block quotes as paragraphs of their own.
#include <string>
#include <string_view>

#include "core/article/draft.h"

namespace glossa::article {

Draft read_markdown(std::string_view text);

// "**Bold** and [a link](http://x)" -> "Bold and a link"
std::string strip_inline_markdown(std::string_view s);

}  // namespace glossa::article
