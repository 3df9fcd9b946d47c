// Dates: "10 January 2022", "January 10, 2022", "Jan. 10", "January 2022", weekdays. "May" needs a day
// or a year next to it; abbreviations need their capital.
#include <algorithm>
#include <iterator>

#include "core/suggest/lexicon.h"
#include "core/suggest/mentions.h"

namespace glossa::suggest {

namespace {

bool number(const Doc& d, std::size_t t, std::size_t min_len, std::size_t max_len) {
  if (t >= d.size() || d.tok(t).size() < min_len || d.tok(t).size() > max_len) return false;
  for (char c : d.low(t))
    if (c < '0' || c > '9') return false;
  return true;
}
bool day(const Doc& d, std::size_t t) { return number(d, t, 1, 2); }
bool year(const Doc& d, std::size_t t) { return number(d, t, 4, 4); }

}  // namespace

void add_dates(const Doc& d, Mentions& m) {
  std::vector<Mention> found;
  std::vector<bool> taken(d.size(), false);
  for (const Mention& x : m.list)
    for (std::size_t t = x.first; t <= x.last; ++t) taken[t] = true;
  for (std::size_t t = 0; t < d.size(); ++t) {
    if (taken[t] || !d.cap(t)) continue;
    std::size_t b = t, e = t;  // inclusive
    if (month(d.low(t))) {
      const bool full = d.low(t) == "may" || d.low(t) == "june" || d.low(t) == "july";
      if (d.is(e + 1, ".") && d.low(t).size() <= 4 && !full) ++e;  // "Jan."
      if (t > 0 && day(d, t - 1)) b = t - 1;                // "10 January"
      else if (day(d, e + 1)) ++e;                          // "January 10"
      if (d.is(e + 1, ",") && year(d, e + 2)) e += 2;       // "January 10, 2022"
      else if (year(d, e + 1)) ++e;                         // "10 January 2022", "January 2022"
      if (b == t && e == t && (d.low(t) == "may" || d.low(t).size() <= 4)) continue;
    } else if (!weekday(d.low(t))) {
      continue;
    }
    const Span span{d.tok(b).begin, d.tok(e).end};
    m.entities.push_back(Entity{d.text(span), "DATE", {}, {}, 0});
    found.push_back(Mention{span, b, e, "DATE", static_cast<int>(m.entities.size() - 1), 0.8});
    t = e;
  }
  const auto by_begin = [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; };
  std::vector<Mention> merged;
  std::merge(m.list.begin(), m.list.end(), found.begin(), found.end(), std::back_inserter(merged), by_begin);
  m.list = std::move(merged);
}

}  // namespace glossa::suggest
