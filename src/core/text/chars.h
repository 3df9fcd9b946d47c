#pragma once
// Character classes the readers and suggesters need, for the scripts Glossa's articles use (Latin,
// Greek, Cyrillic) and the typographic punctuation of news text. Not a full Unicode database.
namespace glossa::text {

// Letter case; ASCII, nearly every character of an English text, answered inline.
bool is_upper_wide(char32_t c);
bool is_lower_wide(char32_t c);
inline bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_wide(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : is_lower_wide(c); }
inline bool is_letter(char32_t c) { return is_upper(c) || is_lower(c) || (c >= 0x3040 && c < 0xA000); }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char32_t c) { return is_letter(c) || is_digit(c); }
bool is_space(char32_t c);  // includes no-break and thin spaces
inline bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x52F; }

// Quotation marks: “ ” „ « » ‘ ’ ‚ ‹ › " ' and the like (ASCII answered inline: the quote pairing asks of
// every character).
bool is_quote_wide(char32_t c);
inline bool is_quote(char32_t c) { return c < 0x80 ? c == '"' || c == '\'' : is_quote_wide(c); }
bool is_opening_quote(char32_t c);  // “ „ « ‘ ‚ ‹ (" and ' are ambiguous: neither opening nor closing)
bool is_closing_quote(char32_t c);  // ” » ’ ›
bool is_dash(char32_t c);           // - ‐ ‑ ‒ – — ―

char32_t to_lower(char32_t c);

// Simple case folding (one code point to one, so offsets keep their meaning) for case-insensitive
// matching: to_lower, plus the letters it leaves out or maps elsewhere (Ÿ -> ÿ, İ -> i, final ς -> σ,
// Greek capitals with tonos, ẞ -> ß, µ -> μ, ſ -> s, the Kelvin and Ångström signs).
char32_t fold_case(char32_t c);

}  // namespace glossa::text
