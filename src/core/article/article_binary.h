#pragma once
// A ReadResult as bytes and back, for handing articles read in one place to another: the web app reads
// large files in a Web Worker (its own wasm instance) and passes the result to the page's instance.
// Compact and fast both ways (no escaping, no number formatting), unlike the JSON formats; not a file
// format: both ends are the same build, so there is no versioning beyond a magic number.
#include <optional>
#include <string>
#include <string_view>

#include "core/article/article.h"

namespace glossa::article {

std::string to_binary(const ReadResult& r);
// One article, as a ReadResult holding it alone (without copying its text into one first).
std::string to_binary(const Article& a);
// nullopt when the bytes are not a whole, well-formed result (truncated, another magic, text that is not
// UTF-8, spans outside the text).
std::optional<ReadResult> from_binary(std::string_view bytes);

}  // namespace glossa::article
