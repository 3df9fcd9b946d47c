#pragma once
// JSON parsing without exceptions. The wasm build does not catch C++ exceptions (smaller, faster), so the
// core never lets nlohmann throw on user input: errors come back as values with the byte where they are.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace glossa::json {

struct Parsed {
  bool ok = false;
  nlohmann::ordered_json value;  // keys keep the file's order
  std::size_t error_byte = 0;  // 0-based byte offset where parsing failed
  bool truncated = false;      // the text ended before the JSON was complete
  std::string error;           // nlohmann's description, for logs
};

Parsed parse(std::string_view text);

}  // namespace glossa::json
