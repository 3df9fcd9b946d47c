#pragma once
// Little-endian bytes for handing data between two instances of the same build (the page's wasm module
// and a worker's): article_binary.h and suggest/suggestion_wire.h. Not a file format.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"

namespace glossa::article::codec {

class Writer {
 public:
  void u64(std::uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);  // little-endian everywhere
    out.append(b, 8);
  }
  void f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void str(std::string_view s) {
    u64(s.size());
    out.append(s);
  }
  void span(const Span& s) {
    u64(s.begin);
    u64(s.end);
  }
  void spans(const std::vector<Span>& v) {
    u64(v.size());
    for (const Span& s : v) span(s);
  }
  void strs(const std::vector<std::string>& v) {
    u64(v.size());
    for (const auto& s : v) str(s);
  }
  void magic(const char (&m)[8]) { out.append(m, 8); }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  std::uint64_t u64() {
    if (!ok_ || in_.size() - at_ < 8) return fail();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
    at_ += 8;
    return v;
  }
  double f64() {
    const std::uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string str() {
    const std::uint64_t n = u64();
    if (!ok_ || in_.size() - at_ < n) return fail(), std::string();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  // A count of items each at least `least` bytes long: never more than the bytes left could hold, so a
  // damaged count cannot ask for a huge allocation.
  std::size_t count(std::size_t least) {
    const std::uint64_t n = u64();
    if (!ok_ || n > (in_.size() - at_) / least) return fail(), 0;
    return static_cast<std::size_t>(n);
  }
  Span span() {
    Span s;
    s.begin = u64();
    s.end = u64();
    return s;
  }
  std::vector<Span> spans() {
    std::vector<Span> v(count(16));
    for (Span& s : v) s = span();
    return v;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count(8));
    for (auto& s : v) s = str();
    return v;
  }
  bool magic(const char (&m)[8]) {
    if (in_.size() < 8 || std::memcmp(in_.data(), m, 8) != 0) return fail(), false;
    at_ = 8;
    return true;
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    return 0;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace glossa::article::codec
