#include <doctest/doctest.h>

#include "core/text/utf8.h"

using namespace glossa::text;

TEST_CASE("valid UTF-8 is accepted and counted in code points") {
  CHECK(check_utf8("").valid);
  CHECK(check_utf8("plain ascii").code_points == 11);
  const auto c = check_utf8("10 января 2022 “quoted” — …");
  CHECK(c.valid);
  CHECK(c.code_points == 27);
  CHECK(check_utf8("emoji \xF0\x9F\x98\x80!").code_points == 8);
  CHECK(count_code_points("января") == 6);
}

TEST_CASE("invalid UTF-8 reports the offset of the first bad byte") {
  struct Case {
    std::string bytes;
    std::size_t bad;
  };
  const Case cases[] = {
      {"ab\xFF", 2},                  // never valid
      {"ab\xC0\xAF", 2},              // overlong '/'
      {"a\xE0\x80\xAF", 1},           // overlong 3-byte
      {"\xED\xA0\x80", 0},            // UTF-16 surrogate
      {"xy\xF4\x90\x80\x80", 2},      // above U+10FFFF
      {"я\xD1", 2},                   // truncated at the end
      {"ok \x80 cont", 3},            // lone continuation byte
      {"Windows-1251: \xCF\xF0\xE8", 14},
  };
  for (const auto& c : cases) {
    const auto r = check_utf8(c.bytes);
    CHECK_FALSE(r.valid);
    CHECK(r.first_bad_byte == c.bad);
  }
}

TEST_CASE("decode and encode round-trip every length") {
  for (char32_t cp : {U'A', U'я', U'“', U'€', U'\U0001F600', U'\u0301'}) {
    std::string s;
    append_utf8(s, cp);
    CHECK(check_utf8(s).valid);
    std::size_t i = 0;
    CHECK(decode_utf8(s, i) == cp);
    CHECK(i == s.size());
  }
}
