#pragma once
// Plain text articles, including the scraped style of the project's sample articles: header lines
// ("Posted 10 января 2022,, 13:42", "Published …", "Modified …", "Updated …"), the title printed twice,
// a date line, then paragraphs.
#include <string>
#include <string_view>

#include "core/article/article.h"

namespace glossa::article {

ReadResult read_plain_text(std::string_view bytes, const std::string& source_name);

}  // namespace glossa::article
