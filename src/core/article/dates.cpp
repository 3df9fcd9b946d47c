#include "core/article/dates.h"

#include <cstdio>
#include <vector>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

std::string lower_utf8(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) text::append_utf8(out, text::to_lower(text::decode_utf8(s, i)));
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Value of a run of ASCII digits; -1 when empty or longer than 6 digits (no overflow, no exceptions).
int num(std::string_view digits) {
  if (digits.empty() || digits.size() > 6) return -1;
  int v = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

struct Token {
  enum Kind { Number, Word, Time, Other } kind;
  std::string text;
  int value = 0;                // Number
  int h = -1, min = -1, s = -1;  // Time
};

// Splits into numbers, words and times (h:mm[:ss]); everything else separates.
std::vector<Token> tokenize(std::string_view raw) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < raw.size()) {
    std::size_t j = i;
    const char32_t c = text::decode_utf8(raw, j);
    if (text::is_digit(c)) {
      std::size_t k = i;
      while (k < raw.size() && raw[k] >= '0' && raw[k] <= '9') ++k;
      const std::string digits(raw.substr(i, k - i));
      if (digits.size() <= 2 && k + 1 < raw.size() && raw[k] == ':' && raw[k + 1] >= '0' && raw[k + 1] <= '9') {
        Token t{Token::Time, "", 0};
        t.h = num(digits);
        std::size_t m = k + 1, me = m;
        while (me < raw.size() && raw[me] >= '0' && raw[me] <= '9') ++me;
        t.min = num(raw.substr(m, me - m));
        k = me;
        if (k + 1 < raw.size() && raw[k] == ':' && raw[k + 1] >= '0' && raw[k + 1] <= '9') {
          std::size_t se = k + 1;
          while (se < raw.size() && raw[se] >= '0' && raw[se] <= '9') ++se;
          t.s = num(raw.substr(k + 1, se - k - 1));
          k = se;
        }
        out.push_back(t);
      } else {
        Token t{Token::Number, digits, num(digits)};
        out.push_back(t);
      }
      i = k;
    } else if (text::is_letter(c)) {
      std::size_t k = i;
      while (k < raw.size()) {
        std::size_t n = k;
        const char32_t d = text::decode_utf8(raw, n);
        if (!text::is_letter(d)) break;
        k = n;
      }
      // "a.m." / "p.m." and abbreviations with dots: keep the dot-joined letters together.
      std::string word = lower_utf8(raw.substr(i, k - i));
      while (k + 1 < raw.size() && raw[k] == '.' && ((raw[k + 1] >= 'a' && raw[k + 1] <= 'z') || (raw[k + 1] >= 'A' && raw[k + 1] <= 'Z')) &&
             (k + 2 >= raw.size() || !((raw[k + 2] >= 'a' && raw[k + 2] <= 'z') || (raw[k + 2] >= 'A' && raw[k + 2] <= 'Z')))) {
        word += static_cast<char>(raw[k + 1] | 0x20);
        k += 2;
      }
      out.push_back(Token{Token::Word, word, 0});
      i = k;
    } else {
      if (c == '.' || c == '/' || c == '-') out.push_back(Token{Token::Other, std::string(1, static_cast<char>(c)), 0});
      i = j;
    }
  }
  return out;
}

std::string format_iso(int y, int m, int d, int h, int min, int s, const std::string& zone) {
  char buf[64];
  if (h < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else if (s < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", y, m, d, h, min);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, h, min, s);
  }
  return std::string(buf) + zone;
}

bool is_digits(std::string_view s, std::size_t n) {
  if (s.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// 2022-01-10, 2022-01-10T13:42, 2022-01-10 13:42:05, 2022-01-10T13:42:05.123+03:00, ...Z
std::optional<std::string> parse_iso(std::string_view r) {
  while (!r.empty() && r.front() == ' ') r.remove_prefix(1);
  while (!r.empty() && r.back() == ' ') r.remove_suffix(1);
  if (!is_digits(r, 4) || r.size() < 10 || r[4] != '-' || !is_digits(r.substr(5), 2) || r[7] != '-' ||
      !is_digits(r.substr(8), 2))
    return std::nullopt;
  const int y = num(r.substr(0, 4)), m = num(r.substr(5, 2)), d = num(r.substr(8, 2));
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  r.remove_prefix(10);
  if (r.empty()) return format_iso(y, m, d, -1, -1, -1, "");
  if ((r[0] != 'T' && r[0] != ' ') || !is_digits(r.substr(1), 2) || r.size() < 6 || r[3] != ':' || !is_digits(r.substr(4), 2))
    return std::nullopt;
  const int h = num(r.substr(1, 2)), mi = num(r.substr(4, 2));
  int s = -1;
  r.remove_prefix(6);
  if (!r.empty() && r[0] == ':' && is_digits(r.substr(1), 2)) {
    s = num(r.substr(1, 2));
    r.remove_prefix(3);
    if (!r.empty() && r[0] == '.') {  // fractional seconds: dropped
      r.remove_prefix(1);
      while (!r.empty() && r[0] >= '0' && r[0] <= '9') r.remove_prefix(1);
    }
  }
  std::string zone;
  if (r == "Z" || r == "z") {
    zone = "Z";
  } else if (r.size() == 6 && (r[0] == '+' || r[0] == '-') && is_digits(r.substr(1), 2) && r[3] == ':' && is_digits(r.substr(4), 2)) {
    zone = std::string(r);
  } else if (r.size() == 5 && (r[0] == '+' || r[0] == '-') && is_digits(r.substr(1), 4)) {
    zone = std::string(r.substr(0, 3)) + ":" + std::string(r.substr(3, 2));
  } else if (!r.empty()) {
    return std::nullopt;
  }
  if (h > 23 || mi > 59 || s > 59) return std::nullopt;
  return format_iso(y, m, d, h, mi, s, zone);
}

}  // namespace

int month_from_name(std::string_view word_in) {
  const std::string w = lower_utf8(word_in);
  static const char* const en[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char* const en_full[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (w == en[m] || w == en_full[m] || (m == 8 && w == "sept")) return m + 1;
  }
  // Russian: stems cover every case (января, январе, январь, январём ...) and the usual abbreviations.
  static const char* const ru_stems[] = {"январ", "феврал", "март", "апрел", "", "июн", "июл", "август",
                                         "сентябр", "октябр", "ноябр", "декабр"};
  static const char* const ru_abbr[] = {"янв", "фев", "мар", "апр", "", "", "", "авг", "сен", "окт", "ноя", "дек"};
  for (int m = 0; m < 12; ++m) {
    if (*ru_stems[m] && starts_with(w, ru_stems[m])) return m + 1;
    if (*ru_abbr[m] && (w == ru_abbr[m] || (m == 1 && w == "февр") || (m == 8 && w == "сент") || (m == 10 && w == "нояб")))
      return m + 1;
  }
  if (w == "май" || w == "мая" || w == "мае" || w == "маю" || w == "маем") return 5;
  return 0;
}

std::optional<std::string> parse_date_iso(std::string_view raw) {
  std::string_view lead = raw;
  while (!lead.empty() && lead.front() == ' ') lead.remove_prefix(1);
  if (is_digits(lead, 4) && lead.size() > 4 && lead[4] == '-') return parse_iso(lead);  // ISO form: no second guess
  const std::vector<Token> toks = tokenize(raw);
  int year = -1, month = -1, day = -1, h = -1, mi = -1, s = -1;
  std::vector<int> loose;  // numbers not yet placed
  std::vector<std::string> seps;
  bool pm = false, am = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind == Token::Time) {
      if (h >= 0) return std::nullopt;
      h = t.h, mi = t.min, s = t.s;
      if (h < 0 || mi < 0 || (s < 0 && t.s != -1)) return std::nullopt;
    } else if (t.kind == Token::Word) {
      if (const int m = month_from_name(t.text)) {
        if (month >= 0) return std::nullopt;
        month = m;
      } else if (t.text == "pm" || t.text == "p" || t.text == "пп") {
        pm = true;
      } else if (t.text == "am" || t.text == "a") {
        am = true;
      }
      // Other words (weekdays, "года", "at", "Posted") carry no date.
    } else if (t.kind == Token::Number) {
      if (t.text.size() == 4) {
        if (year >= 0) return std::nullopt;
        year = t.value;
      } else if (t.text.size() <= 2) {
        loose.push_back(t.value);
      } else {
        return std::nullopt;
      }
    } else {
      seps.push_back(t.text);
    }
  }
  if (month < 0) {
    // Numeric: day-first "10.01.2022"; with slashes only when unambiguous.
    if (loose.size() != 2 || year < 0) return std::nullopt;
    const bool slash = !seps.empty() && seps[0] == "/";
    if (slash) {
      if (loose[0] > 12 && loose[1] <= 12) day = loose[0], month = loose[1];
      else if (loose[1] > 12 && loose[0] <= 12) month = loose[0], day = loose[1];
      else return std::nullopt;
    } else {
      day = loose[0], month = loose[1];
    }
  } else {
    if (loose.size() != 1) return std::nullopt;
    day = loose[0];
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  if (h >= 0) {
    if (pm || am) {
      if (h < 1 || h > 12) return std::nullopt;
      if (pm && h != 12) h += 12;
      if (am && h == 12) h = 0;
    }
    if (h > 23 || mi > 59 || s > 59) return std::nullopt;
  }
  return format_iso(year, month, day, h, mi, s, "");
}

}  // namespace glossa::article
