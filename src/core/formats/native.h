#pragma once
// Glossa's own file, *.glossa.json (docs/format.md, docs/glossa.schema.json). A bundle carries the
// article (text, metadata, spans) with the annotations, so the recipient needs nothing else; an
// annotations-only file carries the article id and length, and each span's text and context.
#include <string>
#include <string_view>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

inline constexpr int kNativeVersion = 1;

std::string write_native(const article::Article& a, const annotate::AnnotationSet& s, bool bundle);
Loaded read_native(std::string_view bytes, const ImportOptions& opts = {});

}  // namespace glossa::formats
