#pragma once
// Plain text articles, including the scraped style of ../shared/corpus/seed: header lines
// ("Posted 10 января 2022,, 13:42", "Published …", "Modified …", "Updated …"), the title printed twice,
// a date line, then paragraphs separated by blank lines.
#include <string_view>

#include "core/article/draft.h"

namespace glossa::article {

// text: decoded UTF-8 with LF line ends.
Draft read_plain_text(std::string_view text);

// A line that is only a date and maybe a time ("10 января 2022, 13:42").
bool is_date_line(std::string_view line);

}  // namespace glossa::article
