#pragma once
// Annotations made up for the benchmarks: exactly `count` of them (mentions, entities, quotes, notes, as
// AnnotationSet::size() counts), spread evenly through the article's text, in the mix a finished
// annotation has: most are mentions, most mentions joined to entities, quotes with a cue and a speaker,
// notes on some of them. Deterministic: the same article gives the same set natively and in wasm.
#include <cstddef>

#include "core/annotate/model.h"
#include "core/article/article.h"

namespace glossa::bench {

annotate::AnnotationSet synthetic_annotations(const article::Article& a, std::size_t count);

}  // namespace glossa::bench
