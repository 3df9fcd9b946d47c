#include "core/text/chars.h"

namespace glossa::text {

namespace {
// Ranges where upper and lower case alternate (upper on even code points).
bool alternating(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }
}  // namespace

bool is_upper_wide(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (alternating(c, 0x100, 0x17F)) {
    if (c == 0x138 || c == 0x149 || c == 0x17F) return false;  // ĸ ŉ ſ have no upper case
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return (c % 2 == 0) != odd_upper;
  }
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (alternating(c, 0x460, 0x481) || alternating(c, 0x48A, 0x4BF) || alternating(c, 0x4D0, 0x52F)) return c % 2 == 0;
  if (c == 0x4C0) return true;
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1;
  return false;
}

bool is_lower_wide(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c == 0xB5 || c == 0x138 || c == 0x149 || c == 0x17F) return true;
  if (alternating(c, 0x100, 0x17F)) return !is_upper(c);
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (alternating(c, 0x460, 0x481) || alternating(c, 0x48A, 0x4BF) || alternating(c, 0x4D0, 0x52F)) return c % 2 == 1;
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 0;
  if (c == 0x4CF) return true;
  return false;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_opening_quote(char32_t c) {
  return c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A || c == 0x2039 || c == 0x201F;
}
bool is_closing_quote(char32_t c) { return c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A; }
bool is_quote_wide(char32_t c) { return c == '"' || c == '\'' || is_opening_quote(c) || is_closing_quote(c); }
bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015); }

char32_t to_lower(char32_t c) {
  if (!is_upper(c)) return c;
  if (c < 0x80 || (c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c == 0x4C0) return 0x4CF;
  if (c == 0x178) return 0xFF;  // Ÿ -> ÿ, not the next code point
  return c + 1;  // alternating ranges
}

char32_t fold_case(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  switch (c) {
    case 0x178: return 0xFF;    // Ÿ
    case 0x130: return 'i';     // İ
    case 0x17F: return 's';     // ſ
    case 0xB5: return 0x3BC;    // µ
    case 0x3C2: return 0x3C3;   // ς
    case 0x386: return 0x3AC;   // Ά
    case 0x38C: return 0x3CC;   // Ό
    case 0x38E: return 0x3CD;   // Ύ
    case 0x38F: return 0x3CE;   // Ώ
    case 0x1E9E: return 0xDF;   // ẞ
    case 0x212A: return 'k';    // Kelvin sign
    case 0x212B: return 0xE5;   // Ångström sign
    default: break;
  }
  if (c >= 0x388 && c <= 0x38A) return c + 0x25;  // Έ Ή Ί
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c % 2 == 0 ? c + 1 : c;  // Latin Extended Additional
  return to_lower(c);
}

}  // namespace glossa::text
