#pragma once
// The JSON form of an article's suggestions (what `glossa suggest` prints, one object per line).
#include <nlohmann/json.hpp>

#include "core/suggest/suggestion.h"

namespace glossa::suggest {

// {"source", "id", "quotes": [{"begin", "end", "text", "kind", "cue": {"begin","end"}|null,
//  "speaker": {"begin","end","text"}|null, "speaker_entity": name|null, "confidence"}],
//  "entities": [{"begin", "end", "text", "type", "entity", "confidence"}], "flags": [...]}
nlohmann::ordered_json suggestions_to_json(const article::Article& a, const Suggestions& s);

}  // namespace glossa::suggest
