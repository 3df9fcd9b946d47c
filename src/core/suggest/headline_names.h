#pragma once
// Names in title-case headlines. Every word of "Donald Trump Praises Breitbart" is capitalised, and the
// tagger, which learned Reuters' headlines in capitals, runs on through the verbs: its names there are cut
// at the words no name is made of before they are merged with the rules' (entities.cpp).
#include <vector>

#include "core/suggest/doc.h"
#include "core/suggest/tagger.h"

namespace glossa::suggest {

// The tagger's names, those of title-case lines that hold a verb, an adverb or a pronoun cut into the
// names in them, and the people the story names in full marked where those lines name them; confidence is
// the tagger's per token (tag_tokens), which the pieces take theirs from.
std::vector<TaggedName> cut_headline_names(const Doc& d, std::vector<TaggedName> names, const std::vector<float>& confidence);

}  // namespace glossa::suggest
