#include <doctest/doctest.h>

#include "core/text/offset_index.h"
#include "core/text/utf8.h"

using glossa::text::IndexedText;

namespace {
// Reference conversions by a straight scan, to check the index against.
struct Ref {
  std::vector<std::size_t> byte, u16;
  explicit Ref(const std::string& s) {
    std::size_t u = 0;
    for (std::size_t i = 0; i < s.size();) {
      byte.push_back(i);
      u16.push_back(u);
      std::size_t j = i;
      const char32_t cp = glossa::text::decode_utf8(s, j);
      u += cp >= 0x10000 ? 2 : 1;
      i = j;
    }
    byte.push_back(s.size());
    u16.push_back(u);
  }
};

void check_all(const std::string& s) {
  const IndexedText t(s);
  const Ref ref(s);
  REQUIRE(t.code_points() + 1 == ref.byte.size());
  CHECK(t.utf16_units() == ref.u16.back());
  for (std::size_t cp = 0; cp <= t.code_points(); ++cp) {
    CHECK(t.byte_of(cp) == ref.byte[cp]);
    CHECK(t.utf16_of(cp) == ref.u16[cp]);
    CHECK(t.cp_of_byte(ref.byte[cp]) == cp);
    CHECK(t.cp_of_utf16(ref.u16[cp]) == cp);
  }
}
}  // namespace

TEST_CASE("offset index: ASCII is the identity") {
  const IndexedText t("Putin said that.");
  CHECK(t.ascii());
  CHECK(t.byte_of(6) == 6);
  CHECK(t.utf16_of(6) == 6);
  CHECK(t.cp_of_byte(100) == t.code_points());
  check_all("Putin said that.");
}

TEST_CASE("offset index: Cyrillic, curly quotes, emoji and combining marks") {
  const std::string s = "10 января — “Да,” сказал он 😀 e\u0301 ок";
  const IndexedText t(s);
  CHECK_FALSE(t.ascii());
  CHECK(t.slice(3, 9) == "января");
  CHECK(t.slice(12, 17) == "“Да,”");
  // The emoji is one code point, two UTF-16 units, four bytes.
  const std::size_t emoji = 28;
  CHECK(t.slice(emoji, emoji + 1) == "😀");
  CHECK(t.utf16_of(emoji + 1) - t.utf16_of(emoji) == 2);
  CHECK(t.byte_of(emoji + 1) - t.byte_of(emoji) == 4);
  // A combining acute accent is its own code point.
  CHECK(t.slice(30, 32) == "e\u0301");
  // Inside a sequence: the containing code point.
  CHECK(t.cp_of_byte(t.byte_of(3) + 1) == 3);
  CHECK(t.cp_of_utf16(t.utf16_of(emoji) + 1) == emoji);
  check_all(s);
}

TEST_CASE("offset index: long mixed text crosses many checkpoints") {
  std::string s;
  for (int i = 0; i < 500; ++i) s += (i % 3 == 0) ? "Путин “сказал” 😀 " : (i % 3 == 1 ? "plain words " : "e\u0301—…");
  check_all(s);
}

TEST_CASE("offset index: empty text") {
  const IndexedText t("");
  CHECK(t.code_points() == 0);
  CHECK(t.byte_of(0) == 0);
  CHECK(t.cp_of_utf16(5) == 0);
}
