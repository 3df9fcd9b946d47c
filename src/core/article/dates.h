#pragma once
// Dates as news sites print them -> ISO 8601. English and Russian month names in any grammatical case
// ("10 января 2022", "January 10, 2022", "10 Jan. 2022"), 12- and 24-hour times, odd punctuation
// ("10 января 2022,, 13:42"), ISO input, and day-first numeric dates. Ambiguous input (03/04/2022) gives
// no ISO value rather than a guess.
#include <optional>
#include <string>
#include <string_view>

namespace glossa::article {

// "2022-01-10T13:42" (seconds and a zone only when given), "2022-01-10" without a time.
std::optional<std::string> parse_date_iso(std::string_view raw);

// 1..12 for an English or Russian month name or abbreviation in any case form, else 0.
int month_from_name(std::string_view word);

}  // namespace glossa::article
