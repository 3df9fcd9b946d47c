#pragma once
// The one place where offsets change units. The model counts Unicode code points (DESIGN.md); rendering
// needs UTF-8 bytes and the browser (and Label Studio) UTF-16 code units.
//
// IndexedText owns a valid UTF-8 string and keeps a checkpoint every kStride code points, so every
// conversion is O(1) (code point -> byte/UTF-16) or O(log n) (byte/UTF-16 -> code point) plus a scan of at
// most kStride code points. Pure-ASCII text short-circuits to the identity.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace glossa::text {

class IndexedText {
 public:
  static constexpr std::size_t kStride = 64;

  IndexedText() { build(); }
  // utf8 must be valid UTF-8 (see check_utf8); readers validate before building an article.
  explicit IndexedText(std::string utf8) : text_(std::move(utf8)) { build(); }

  const std::string& str() const { return text_; }
  std::string_view view() const { return text_; }
  std::size_t bytes() const { return text_.size(); }
  std::size_t code_points() const { return code_points_; }
  std::size_t utf16_units() const { return utf16_units_; }
  bool ascii() const { return ascii_; }

  // Queries past the end clamp to the end.
  std::size_t byte_of(std::size_t cp) const;
  std::size_t utf16_of(std::size_t cp) const;
  // A byte inside a multi-byte sequence maps to the code point that contains it.
  std::size_t cp_of_byte(std::size_t byte) const;
  // A unit between the two halves of a surrogate pair maps to the code point of the pair.
  std::size_t cp_of_utf16(std::size_t unit) const;

  // The text of the code point span [begin, end).
  std::string_view slice(std::size_t cp_begin, std::size_t cp_end) const;

 private:
  void build();

  std::string text_;
  std::vector<std::uint32_t> byte_at_;  // byte offset of code point k * kStride
  std::vector<std::uint32_t> u16_at_;   // UTF-16 offset of code point k * kStride
  std::size_t code_points_ = 0;
  std::size_t utf16_units_ = 0;
  bool ascii_ = true;
};

}  // namespace glossa::text
