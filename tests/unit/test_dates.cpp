#include <doctest/doctest.h>

#include "core/article/dates.h"

using glossa::article::month_from_name;
using glossa::article::parse_date_iso;

TEST_CASE("Russian dates in any grammatical case, with the seed's punctuation") {
  CHECK(parse_date_iso("10 января 2022,, 13:42") == "2022-01-10T13:42");
  CHECK(parse_date_iso("24 декабря 2022,, 22:37") == "2022-12-24T22:37");
  CHECK(parse_date_iso("10 января 2022, 13:42") == "2022-01-10T13:42");
  CHECK(parse_date_iso("1 мая 2021 г.") == "2021-05-01");
  CHECK(parse_date_iso("май 3, 2021") == "2021-05-03");
  CHECK(parse_date_iso("Понедельник, 3 Марта 2025 года, 09:05") == "2025-03-03T09:05");
  CHECK(parse_date_iso("15 сент. 2020") == "2020-09-15");
  for (const char* m : {"январь", "января", "январе", "январём", "янв", "ЯНВАРЯ"}) CHECK(month_from_name(m) == 1);
  for (const char* m : {"март", "марта", "марте"}) CHECK(month_from_name(m) == 3);
  CHECK(month_from_name("маем") == 5);
  CHECK(month_from_name("мамонт") == 0);
}

TEST_CASE("English dates, 12- and 24-hour times") {
  CHECK(parse_date_iso("January 10, 2022") == "2022-01-10");
  CHECK(parse_date_iso("Jan. 10, 2022 1:42 PM") == "2022-01-10T13:42");
  CHECK(parse_date_iso("10 Jan 2022 12:05 a.m.") == "2022-01-10T00:05");
  CHECK(parse_date_iso("Monday, 10 January 2022 at 12:30 pm") == "2022-01-10T12:30");
  CHECK(parse_date_iso("Sept 9, 2019, 08:15:30") == "2019-09-09T08:15:30");
}

TEST_CASE("ISO and numeric dates") {
  CHECK(parse_date_iso("2022-01-10") == "2022-01-10");
  CHECK(parse_date_iso("2022-01-10T13:42:05Z") == "2022-01-10T13:42:05Z");
  CHECK(parse_date_iso("2022-01-10T13:42:05.123+0300") == "2022-01-10T13:42:05+03:00");
  CHECK(parse_date_iso("2022-01-10 13:42") == "2022-01-10T13:42");
  CHECK(parse_date_iso("10.01.2022 13:42") == "2022-01-10T13:42");
  CHECK(parse_date_iso("25/12/2021") == "2021-12-25");
  CHECK(parse_date_iso("12/25/2021") == "2021-12-25");
}

TEST_CASE("impossible or ambiguous dates give no ISO value") {
  CHECK_FALSE(parse_date_iso("03/04/2022"));  // March 4 or 3 April?
  CHECK_FALSE(parse_date_iso("31 февраля 2022"));
  CHECK_FALSE(parse_date_iso("2022-13-01"));
  CHECK_FALSE(parse_date_iso("10 января 2022, 25:00"));
  CHECK_FALSE(parse_date_iso("by the editors"));
  CHECK_FALSE(parse_date_iso(""));
  CHECK_FALSE(parse_date_iso("10 января 2022, 13:4222222222222"));
  CHECK_FALSE(parse_date_iso("99999999999999 января 2022"));
  CHECK(parse_date_iso("29 февраля 2024") == "2024-02-29");
}
