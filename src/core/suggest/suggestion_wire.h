#pragma once
// Suggestions as bytes and back, exactly (confidences to the last bit): the web app runs suggest() for a
// large article in a Web Worker (its own wasm instance of the core) and the page's instance takes the
// result from there. Both ends are the same build; not a file format.
#include <optional>
#include <string>
#include <string_view>

#include "core/suggest/suggestion.h"

namespace glossa::suggest {

std::string to_wire(const Suggestions& s);
// nullopt when the bytes are not a whole, well-formed result, or a span lies past text_length code points.
std::optional<Suggestions> from_wire(std::string_view bytes, std::size_t text_length);

}  // namespace glossa::suggest
