#pragma once
// UTF-8 validation and decoding. The whole model stores text as UTF-8; offsets are code points
// (see offset_index.h for conversions).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glossa::text {

struct Utf8Check {
  bool valid = true;
  std::size_t first_bad_byte = 0;  // byte offset of the first invalid sequence (when !valid)
  std::size_t code_points = 0;     // code points before the first bad byte (all of them when valid)
};

// Strict validation (RFC 3629): rejects overlongs, surrogates, code points above U+10FFFF and truncation.
Utf8Check check_utf8(std::string_view bytes);

// Length in bytes of the valid sequence starting at bytes[i], or 0 if it is invalid or truncated.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i);

// Decodes the code point at bytes[i] (must be valid) and advances i past it.
char32_t decode_utf8(std::string_view bytes, std::size_t& i);

// Appends the UTF-8 encoding of cp (which must be a valid scalar value).
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8 (counts non-continuation bytes).
std::size_t count_code_points(std::string_view valid_utf8);

}  // namespace glossa::text
