#include "core/text/decode.h"

#include <iconv.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <mutex>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::text {

namespace {

using Table = std::array<char32_t, 128>;  // bytes 0x80..0xFF -> code point (0 = undefined)

// Built once per encoding with the C library's iconv (glibc natively, musl under Emscripten).
Table build_table(const char* iconv_name) {
  Table t{};
  iconv_t cd = iconv_open("UTF-32LE", iconv_name);
  if (cd == reinterpret_cast<iconv_t>(-1)) return t;
  for (int b = 0x80; b <= 0xFF; ++b) {
    char in = static_cast<char>(b);
    unsigned char out[8] = {};
    char* ip = &in;
    char* op = reinterpret_cast<char*>(out);
    std::size_t il = 1, ol = sizeof out;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    if (iconv(cd, &ip, &il, &op, &ol) != static_cast<std::size_t>(-1) && ol == sizeof out - 4)
      t[b - 0x80] = out[0] | (out[1] << 8) | (out[2] << 16) | (static_cast<char32_t>(out[3]) << 24);
  }
  iconv_close(cd);
  return t;
}

const Table& table_for(const std::string& encoding) {
  static std::once_flag once;
  static Table cp1251, koi8r;
  std::call_once(once, [] {
    cp1251 = build_table("CP1251");
    koi8r = build_table("KOI8-R");
  });
  return encoding == "KOI8-R" ? koi8r : cp1251;
}

struct Score {
  std::size_t high = 0, cyr_lower = 0, cyr_upper = 0, plausible = 0;
  std::size_t mixed = 0;  // a Cyrillic letter touching a Latin letter: "cafй" is Latin-1 read wrongly
};

// How Cyrillic text looks when bytes are read in this encoding: running text is mostly lower case, and
// the high bytes are letters or typographic punctuation, not box-drawing signs.
Score score(std::string_view bytes, const Table& t) {
  Score s;
  const auto latin = [&](std::size_t i) {
    return i < bytes.size() && std::isalpha(static_cast<unsigned char>(bytes[i])) && static_cast<unsigned char>(bytes[i]) < 0x80;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) continue;
    ++s.high;
    const char32_t c = t[b - 0x80];
    if (is_cyrillic(c)) {
      if ((i > 0 && latin(i - 1)) || latin(i + 1)) ++s.mixed;
      (is_lower(c) ? s.cyr_lower : s.cyr_upper) += 1;
      ++s.plausible;
    } else if (c == 0xAB || c == 0xBB || c == 0xA0 || (c >= 0x2013 && c <= 0x2026) || c == 0x2116 || c == 0xA9 ||
               c == 0xB0 || c == 0xA7) {
      ++s.plausible;  // « » nbsp – — ‘ ’ “ ” „ … № © ° §
    }
  }
  return s;
}

std::string_view magic_name(std::string_view b) {
  const auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("%PDF-")) return "a PDF document";
  if (starts("\x89PNG")) return "a PNG image";
  if (starts("\xFF\xD8\xFF")) return "a JPEG image";
  if (starts("GIF8")) return "a GIF image";
  if (starts("PK\x03\x04")) return "a ZIP archive (or a .docx/.odt document)";
  if (starts("\x1F\x8B")) return "a gzip archive";
  if (starts("\x7F" "ELF")) return "an executable program";
  if (starts("\xD0\xCF\x11\xE0")) return "an old Microsoft Office document";
  return {};
}

std::string decode_utf16(std::string_view b, bool le, std::string& error) {
  std::string out;
  out.reserve(b.size());
  const auto unit = [&](std::size_t i) -> char32_t {
    const auto lo = static_cast<unsigned char>(b[le ? i : i + 1]), hi = static_cast<unsigned char>(b[le ? i + 1 : i]);
    return static_cast<char32_t>(lo | (hi << 8));
  };
  if (b.size() % 2) {
    error = "UTF-16 text with an odd number of bytes (truncated?)";
    return {};
  }
  for (std::size_t i = 0; i < b.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < b.size()) {
      const char32_t c2 = unit(i + 2);
      if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
        i += 2;
      }
    }
    if ((c >= 0xD800 && c <= 0xDFFF) || c == 0) {
      error = "invalid UTF-16 at byte offset " + std::to_string(i);
      return {};
    }
    append_utf8(out, c);
  }
  return out;
}

// CRLF and CR -> LF; U+2028/U+2029 -> LF. Appends what was done to notes.
std::string normalize_line_ends(std::string s, std::vector<std::string>& notes) {
  std::size_t crlf = 0, cr = 0, sep = 0;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        ++cr;
      }
      out.push_back('\n');
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      ++sep;
      i += 2;
      out.push_back('\n');
    } else {
      out.push_back(c);
    }
  }
  if (crlf) notes.push_back("line ends CRLF -> LF (" + std::to_string(crlf) + ")");
  if (cr) notes.push_back("line ends CR -> LF (" + std::to_string(cr) + ")");
  if (sep) notes.push_back("Unicode line/paragraph separators -> LF (" + std::to_string(sep) + ")");
  return out;
}

}  // namespace

std::size_t line_of_offset(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) line += bytes[i] == '\n';
  return line;
}

std::string decode_single_byte(std::string_view bytes, const std::string& encoding) {
  const Table& t = table_for(encoding);
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
    } else {
      append_utf8(out, t[b - 0x80] ? t[b - 0x80] : 0xFFFD);
    }
  }
  return out;
}

Decoded decode_text(std::string_view bytes) {
  Decoded d;
  // UTF-16 with a byte order mark (Windows "Unicode" text).
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const bool le = bytes[0] == '\xFF';
    d.encoding = le ? "UTF-16LE" : "UTF-16BE";
    std::string err;
    std::string utf8 = decode_utf16(bytes.substr(2), le, err);
    if (!err.empty()) {
      d.error = err;
      return d;
    }
    d.notes.push_back("converted from " + d.encoding + " (byte order mark removed)");
    d.text = normalize_line_ends(std::move(utf8), d.notes);
    d.ok = true;
    return d;
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    d.notes.push_back("removed UTF-8 byte order mark");
  }
  if (const std::string_view what = magic_name(bytes); !what.empty()) {
    d.error = "this is " + std::string(what) + ", not a text file";
    return d;
  }
  // Binary: a NUL byte, or many control characters, in the first 64 KiB.
  const std::string_view head = bytes.substr(0, 65536);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    if (c == 0) {
      d.error = "binary data, not text (a NUL byte at offset " + std::to_string(i) + ")";
      return d;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ++controls;
  }
  if (controls * 100 > head.size() + 100) {
    d.error = "binary data, not text (" + std::to_string(controls) + " control characters in the first " +
              std::to_string(head.size()) + " bytes)";
    return d;
  }

  const Utf8Check check = check_utf8(bytes);
  if (check.valid) {
    d.encoding = "UTF-8";
    d.text = normalize_line_ends(std::string(bytes), d.notes);
    d.ok = true;
    return d;
  }

  // Not UTF-8: is it Cyrillic in a legacy single-byte encoding? The two candidates put lower and upper
  // case letters in swapped halves, so the case balance tells them apart.
  const Score w = score(bytes, table_for("windows-1251"));
  const Score k = score(bytes, table_for("KOI8-R"));
  // Enough evidence: some words' worth of letters, nearly all high bytes plausible, mostly lower case,
  // and hardly any word mixing scripts.
  const auto good = [](const Score& s) {
    const std::size_t letters = s.cyr_lower + s.cyr_upper;
    return letters >= 8 && s.plausible * 10 >= s.high * 9 && s.cyr_lower * 10 >= letters * 6 && s.mixed * 20 <= letters;
  };
  const bool w_ok = good(w), k_ok = good(k);
  if (w_ok || k_ok) {
    d.encoding = (w_ok && (!k_ok || w.cyr_lower >= k.cyr_lower)) ? "windows-1251" : "KOI8-R";
    d.notes.push_back("converted from " + d.encoding + " (detected: Cyrillic text)");
    d.text = normalize_line_ends(decode_single_byte(bytes, d.encoding), d.notes);
    d.ok = true;
    return d;
  }
  d.error = "not valid UTF-8 (first bad byte at offset " + std::to_string(check.first_bad_byte) + ", line " +
            std::to_string(line_of_offset(bytes, check.first_bad_byte)) +
            "), and not recognizable as Windows-1251 or KOI8-R Cyrillic; save the file as UTF-8 and open it again";
  return d;
}

}  // namespace glossa::text
