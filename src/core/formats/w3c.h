#pragma once
// W3C Web Annotation (JSON-LD): an AnnotationCollection with one AnnotationPage. Each annotation targets
// the article (urn:glossa:article:<id>) through a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (start, end in code points, as the model counts). Bodies:
//   mention  TextualBody purpose "tagging" (the type), TextualBody purpose "identifying" (entity name, id)
//   quote    TextualBody purpose "classifying" ("direct quote", ...), SpecificResource purpose "identifying"
//            whose source is the speaker's annotation, SpecificResource purpose "describing" with
//            selectors for the cue
//   note     TextualBody purpose "commenting"; the target is the annotation it is about, or a text span
#include <string>
#include <string_view>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

std::string article_iri(const std::string& article_id);  // "urn:glossa:article:<id>"
std::string write_w3c(const article::Article& a, const annotate::AnnotationSet& s);
Loaded read_w3c(std::string_view bytes, const ImportOptions& opts);

}  // namespace glossa::formats
