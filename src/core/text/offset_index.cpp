#include "core/text/offset_index.h"

#include <algorithm>
#include <stdexcept>

namespace glossa::text {

namespace {

inline std::size_t seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
}  // namespace

void IndexedText::build() {
  if (text_.size() > UINT32_MAX) throw std::length_error("text larger than 4 GiB");
  byte_at_.clear();
  u16_at_.clear();
  code_points_ = 0;
  utf16_units_ = 0;
  ascii_ = true;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  for (std::size_t i = 0; i < n;) {
    if (code_points_ % kStride == 0) {
      byte_at_.push_back(static_cast<std::uint32_t>(i));
      u16_at_.push_back(static_cast<std::uint32_t>(utf16_units_));
    }
    const std::size_t len = seq_len(p[i]);
    if (len > 1) ascii_ = false;
    utf16_units_ += len == 4 ? 2 : 1;
    ++code_points_;
    i += len;
  }
  if (ascii_) {  // identity: no checkpoints needed
    byte_at_.clear();
    u16_at_.clear();
    byte_at_.shrink_to_fit();
    u16_at_.shrink_to_fit();
  }
}

std::size_t IndexedText::byte_of(std::size_t cp) const {
  if (cp >= code_points_) return text_.size();
  if (ascii_) return cp;
  std::size_t b = byte_at_[cp / kStride];
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  for (std::size_t k = cp % kStride; k > 0; --k) b += seq_len(p[b]);
  return b;
}

std::size_t IndexedText::utf16_of(std::size_t cp) const {
  if (cp >= code_points_) return utf16_units_;
  if (ascii_) return cp;
  const std::size_t block = cp / kStride;
  std::size_t b = byte_at_[block];
  std::size_t u = u16_at_[block];
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  for (std::size_t k = cp % kStride; k > 0; --k) {
    const std::size_t len = seq_len(p[b]);
    u += len == 4 ? 2 : 1;
    b += len;
  }
  return u;
}

std::size_t IndexedText::cp_of_byte(std::size_t byte) const {
  if (byte >= text_.size()) return code_points_;
  if (ascii_) return byte;
  const auto it = std::upper_bound(byte_at_.begin(), byte_at_.end(), static_cast<std::uint32_t>(byte));
  const std::size_t block = static_cast<std::size_t>(it - byte_at_.begin()) - 1;
  std::size_t cp = block * kStride;
  std::size_t b = byte_at_[block];
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  while (b < byte) {
    const std::size_t next = b + seq_len(p[b]);
    if (next > byte) break;  // byte is inside this sequence
    b = next;
    ++cp;
  }

  return cp;
}

std::size_t IndexedText::cp_of_utf16(std::size_t unit) const {
  if (unit >= utf16_units_) return code_points_;
  if (ascii_) return unit;
  const auto it = std::upper_bound(u16_at_.begin(), u16_at_.end(), static_cast<std::uint32_t>(unit));
  const std::size_t block = static_cast<std::size_t>(it - u16_at_.begin()) - 1;
  std::size_t cp = block * kStride;
  std::size_t b = byte_at_[block];
  std::size_t u = u16_at_[block];
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  while (u < unit) {
    const std::size_t len = seq_len(p[b]);
    const std::size_t next_u = u + (len == 4 ? 2 : 1);
    if (next_u > unit) break;  // between the halves of a surrogate pair
    u = next_u;
    b += len;
    ++cp;
  }
  return cp;
}

std::string_view IndexedText::slice(std::size_t cp_begin, std::size_t cp_end) const {
  const std::size_t b = byte_of(cp_begin);
  const std::size_t e = byte_of(std::max(cp_begin, cp_end));
  return std::string_view(text_).substr(b, e - b);
}

}  // namespace glossa::text
