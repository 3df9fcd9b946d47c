#pragma once
// Choosing mentions for flat (non-overlapping) entity layers: CoNLL IOB2 tags and spaCy's Doc.ents.
#include <string>
#include <vector>

#include "core/annotate/model.h"

namespace glossa::formats {

// The order in which flat layers take mentions: the outermost first (the longest, then the earliest,
// then by id), so a nested mention loses to the one around it.
std::vector<const annotate::Mention*> outermost_first(const annotate::AnnotationSet& s);

// "m3 \"Vladimir Putin\" (PERSON)", for warnings.
std::string describe_mention(const text::IndexedText& t, const annotate::Mention& m);

}  // namespace glossa::formats
