#include "core/suggest/references.h"

#include <algorithm>
#include <string_view>

#include "core/suggest/lexicon.h"

namespace glossa::suggest {

namespace {

// How far back a reference looks (in earlier person references), to keep resolution linear.
constexpr std::size_t kLookBack = 200;

// Words between "the" and the role: "the Russian leader", "the former prime minister", "the new head".
bool modifier(const Doc& d, std::size_t t) {
  const std::string& w = d.low(t);
  static const std::string_view kMods[] = {"former", "new", "top", "senior", "then", "current", "outgoing", "incoming",
                                           "late", "country's", "nation's", "state", "regional", "local"};
  if (demonym(w) || title_modifier(w) || (d.cap(t) && !role_word(w) && !stop_capital(w))) return true;  // "the Vermont senator"
  return std::find(std::begin(kMods), std::end(kMods), w) != std::end(kMods);
}

Nominal make(const Doc& d, std::size_t first, std::size_t last) {
  Nominal n{first, last, d.low(last), {}};
  if (last > first && title_modifier(d.low(last - 1)) && d.low(last) == "minister") n.role = d.low(last - 1) + " minister";
  for (std::size_t t = first + 1; t < last; ++t)
    if (demonym(d.low(t))) n.demonyms.push_back(d.low(t));
  return n;
}

}  // namespace

std::optional<Nominal> nominal_from(const Doc& d, std::size_t first) {
  if (!d.is(first, "the")) return std::nullopt;
  std::size_t t = first + 1;
  while (t < d.size() && modifier(d, t) && !role_word(d.low(t))) ++t;
  if (t >= d.size() || !role_word(d.low(t)) || d.unit(t) != d.unit(first)) return std::nullopt;
  // "the prime minister": "prime" modifies; "the chief executive": take the last role word.
  while (role_word(d.low(t + 1)) && d.unit(t + 1) == d.unit(first)) ++t;
  return make(d, first, t);
}

std::optional<Nominal> nominal_to(const Doc& d, std::size_t last) {
  if (last >= d.size() || !role_word(d.low(last))) return std::nullopt;
  std::size_t t = last;
  while (t > 0 && (modifier(d, t - 1) || role_word(d.low(t - 1))) && d.unit(t - 1) == d.unit(last)) --t;
  if (t == 0 || !d.is(t - 1, "the") || d.unit(t - 1) != d.unit(last)) return std::nullopt;
  return make(d, t - 1, last);
}

People::People(const Doc& d, const Mentions& m, const std::vector<Span>& quoted) : m_(m) {
  for (const Entity& e : m.entities) gender_.push_back(e.gender);
  std::vector<std::pair<std::size_t, char>> pronouns;
  std::size_t q = 0;
  for (std::size_t t = 0; t < d.size(); ++t) {
    const std::size_t pos = d.tok(t).begin;
    while (q < quoted.size() && quoted[q].end <= pos) ++q;
    if (q < quoted.size() && quoted[q].begin <= pos) continue;
    if (const Mention* x = m.at(t); x && x->first == t && x->type == "PERSON") {
      refs_.emplace_back(pos, x->entity);
    } else if (auto n = nominal_from(d, t)) {
      const int e = nominal(pos, *n);
      if (e >= 0) refs_.emplace_back(pos, e);
      t = n->last;
    } else if (const char g = pronoun_gender(d.low(t))) {
      pronouns.emplace_back(pos, g);
    }
  }
  // Genders nobody's title gave: what most of the pronouns that fall on each person say, so that a
  // "she" skips a man the narrative calls "he".
  std::vector<std::pair<int, int>> votes(m.entities.size());  // he, she
  for (const auto& [pos, g] : pronouns)
    if (const int e = pronoun(pos, g); e >= 0) (g == 'm' ? votes[static_cast<std::size_t>(e)].first : votes[static_cast<std::size_t>(e)].second)++;
  for (std::size_t e = 0; e < votes.size(); ++e)
    if (gender_[e] == 0 && votes[e].first != votes[e].second) gender_[e] = votes[e].first > votes[e].second ? 'm' : 'f';
}

template <class Fit>
int People::latest(std::size_t pos, Fit fit) const {
  auto it = std::lower_bound(refs_.begin(), refs_.end(), std::make_pair(pos, -1));
  for (std::size_t seen = 0; it != refs_.begin() && seen < kLookBack; ++seen) {
    --it;
    if (fit(it->second)) return it->second;
  }
  return -1;
}

int People::pronoun(std::size_t pos, char gender, int other) const {
  return latest(pos, [&](int e) {
    const char g = gender_[static_cast<std::size_t>(e)];
    return e != other && (g == 0 || gender == 0 || g == gender);
  });
}

int People::nominal(std::size_t pos, const Nominal& n) const {
  return latest(pos, [&](int e) { return fits(e, n); });
}

bool People::fits(int entity, const Nominal& n) const {
  const Entity& e = m_.entities[static_cast<std::size_t>(entity)];
  if (e.type != "PERSON") return false;
  for (const auto& x : n.demonyms)
    if (!e.demonyms.empty() && std::find(e.demonyms.begin(), e.demonyms.end(), x) == e.demonyms.end()) return false;
  const auto last_word = [](const std::string& s) { return s.substr(s.rfind(' ') + 1); };
  if (generic_role(n.role)) {
    if (e.titles.empty()) return true;
    return std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& t) { return leader_title(last_word(t)); });
  }
  // "the president" is someone introduced as President; "the minister" fits a Foreign Minister.
  return std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& t) {
    return t == n.role || last_word(t) == last_word(n.role);
  });
}

}  // namespace glossa::suggest
