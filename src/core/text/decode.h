#pragma once
// Bytes from a file -> normalized UTF-8 text, or a clear refusal. Never guesses silently: what was done
// (BOM removed, encoding converted, line ends changed) is reported so articles can record it.
#include <string>
#include <string_view>
#include <vector>

namespace glossa::text {

struct Decoded {
  bool ok = false;
  std::string text;                 // UTF-8 with LF line ends (when ok)
  std::string encoding;             // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R"
  std::vector<std::string> notes;   // what was done, in words ("converted from windows-1251", ...)
  std::string error;                // why the bytes were refused (when !ok)
};

// Detects and converts the encoding, strips a byte order mark, and turns CRLF/CR (and U+2028/U+2029)
// into LF. Refuses binary data and bytes that are neither UTF-8 nor recognizable Cyrillic.
Decoded decode_text(std::string_view bytes);

// Decodes bytes of a known single-byte Cyrillic encoding ("windows-1251" or "KOI8-R") to UTF-8.
std::string decode_single_byte(std::string_view bytes, const std::string& encoding);

// Line (1-based) of a byte offset, for messages.
std::size_t line_of_offset(std::string_view bytes, std::size_t offset);

}  // namespace glossa::text
