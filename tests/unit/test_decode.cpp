#include <doctest/doctest.h>

#include <string>

#include "core/text/decode.h"

using glossa::text::decode_text;
using namespace std::string_literals;

TEST_CASE("UTF-8 passes through, BOM and line ends are normalized and recorded") {
  const auto d = decode_text("\xEF\xBB\xBF" "A\r\nB\rC\n");
  REQUIRE(d.ok);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.text == "A\nB\nC\n");
  REQUIRE(d.notes.size() == 3);
  CHECK(d.notes[0] == "removed UTF-8 byte order mark");
  CHECK(d.notes[1] == "line ends CRLF -> LF (1)");
  CHECK(d.notes[2] == "line ends CR -> LF (1)");
  CHECK(decode_text("no changes").notes.empty());
}

TEST_CASE("Windows-1251 Cyrillic is detected and converted") {
  const auto d = decode_text(
      "\xC7\xE0\xE3\xEE\xEB\xEE\xE2\xEE\xEA\x0A\x0A\xAB\xCF\xF3\xF2\xE8\xED \xE7\xE0\xFF\xE2\xE8\xEB\xBB, \x97 \xF1\xEA"
      "\xE0\xE7\xE0\xEB \xEE\xED. \xA8\xE6\xE8\xEA \xE2 \xF2\xF3\xEC\xE0\xED\xE5\x85\x0A");
  REQUIRE(d.ok);
  CHECK(d.encoding == "windows-1251");
  CHECK(d.text == "Заголовок\n\n«Путин заявил», — сказал он. Ёжик в тумане…\n");
  CHECK(d.notes.at(0) == "converted from windows-1251 (detected: Cyrillic text)");
}

TEST_CASE("KOI8-R Cyrillic is detected and converted") {
  const auto d = decode_text(
      "\xFA\xC1\xC7\xCF\xCC\xCF\xD7\xCF\xCB\x0A\x0A\"\xF0\xD5\xD4\xC9\xCE \xDA\xC1\xD1\xD7\xC9\xCC\", - \xD3\xCB\xC1"
      "\xDA\xC1\xCC \xCF\xCE. \xB3\xD6\xC9\xCB \xD7 \xD4\xD5\xCD\xC1\xCE\xC5.\x0A");
  REQUIRE(d.ok);
  CHECK(d.encoding == "KOI8-R");
  CHECK(d.text == "Заголовок\n\n\"Путин заявил\", - сказал он. Ёжик в тумане.\n");
}

TEST_CASE("UTF-16 with a byte order mark is converted") {
  const auto d = decode_text("\xFF\xFE\x14\x04" "0\x04\x0D\x00\x0A\x00o\x00k\x00"s);
  REQUIRE(d.ok);
  CHECK(d.encoding == "UTF-16LE");
  CHECK(d.text == "Да\nok");
}

TEST_CASE("bytes that are neither UTF-8 nor Cyrillic are refused, not mangled") {
  // Latin-1 "café résumé": not UTF-8, and the high bytes do not read as Cyrillic text.
  const auto d = decode_text("caf\xE9 r\xE9sum\xE9 na\xEFve \xA9 \xB6\xB6");
  CHECK_FALSE(d.ok);
  CHECK(d.error.rfind("not valid UTF-8 (first bad byte at offset 3, line 1), and not recognizable", 0) == 0);
  CHECK(d.text.empty());
}

TEST_CASE("binary data is refused with what it is") {
  CHECK(decode_text("%PDF-1.7\n...").error == "this is a PDF document, not a text file");
  CHECK(decode_text("\x89PNG\r\n\x1a\n").error == "this is a PNG image, not a text file");
  CHECK(decode_text("PK\x03\x04rest").error == "this is a ZIP archive (or a .docx/.odt document), not a text file");
  CHECK(decode_text("text\0more"s).error == "binary data, not text (a NUL byte at offset 4)");
  std::string controls(200, '\x01');
  CHECK(decode_text(controls).error.rfind("binary data, not text (200 control characters", 0) == 0);
}
