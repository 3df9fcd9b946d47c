#pragma once
// brat standoff: a .txt (the text, offsets count its code points) and a .ann. Mentions are text-bound
// annotations ("T3\tPERSON 10 24\tVladimir Putin"); quotes are text-bound "Quote" with a "QuoteKind"
// attribute; the speaker and the cue are relations ("R1\tSpeaker Arg1:T5 Arg2:T3", "R2\tCue Arg1:T5
// Arg2:T6" with the cue a text-bound "Cue"); entities are "*\tEquiv" groups with an "Entity" comment for
// the name; notes are "#" lines (AnnotatorNotes). Records Glossa does not model (events, other attributes,
// normalizations, other relations) are kept verbatim and written back, so a round trip loses nothing.
#include <optional>
#include <string>
#include <string_view>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

// The .ann for the article's text (write article.text as the .txt next to it).
std::string write_brat_ann(const article::Article& a, const annotate::AnnotationSet& s, std::vector<std::string>* warnings = nullptr);

// txt: the .txt (the article is built from it, unchanged); without it, opts.target is the text.
Loaded read_brat(std::string_view ann, std::optional<std::string_view> txt, const std::string& name, const ImportOptions& opts = {});

}  // namespace glossa::formats
