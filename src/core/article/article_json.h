#pragma once
// The JSON form of a parsed article (what `glossa parse` prints, one object per line).
#include <nlohmann/json.hpp>

#include "core/article/article.h"

namespace glossa::article {

// {"id", "source", "format", "encoding", "title", "metadata": {"posted": {"raw", "iso"}, "author": {"raw"}},
//  "text", "title_span", "paragraphs": [{"begin","end"}], "sentences": [...], "normalization", "warnings"}
nlohmann::ordered_json article_to_json(const Article& a);

}  // namespace glossa::article
