#pragma once
// Saved web pages: the title (og:title, the first <h1>, or <title>), metadata from <meta> tags and
// <time>, and the paragraphs of the article body (<article> when the page has one, else <body>), without
// scripts, styles, navigation, headers, footers and forms.
#include <string>
#include <string_view>
#include <vector>

#include "core/article/draft.h"

namespace glossa::article {

Draft read_html(std::string_view html);

// Paragraph text of an HTML fragment (used for JSON exports whose body is HTML).
std::vector<std::string> html_paragraphs(std::string_view html);

// Replaces character references (&amp; &#8220; &#x201C; &nbsp; ...) with their characters.
std::string decode_entities(std::string_view s);

bool looks_like_html(std::string_view s);

}  // namespace glossa::article
