// Typing name pieces and joining them into entities. Full person names are seen first so that a short
// mention ("Putin") anywhere in the text, even before the full name, joins the right person.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/suggest/headline_names.h"
#include "core/suggest/lexicon.h"
#include "core/text/chars.h"
#include "core/suggest/mentions.h"
#include "core/suggest/name_runs.h"
#include "core/suggest/tagger.h"

namespace glossa::suggest {

namespace {

// Longer words in capitals are shouting or datelines ("CHARLOTTE, N.C."), not acronyms.
constexpr std::size_t kAcronymLetters = 6;
// A name the rules found and the tagger did not has its confidence scaled by this: one with a title or from
// the gazetteer (0.9) stays shown, the rest are kept weak (on CoNLL-2003 held out, hiding them all scores
// the same; in other news the rules know names the tagger's newswire never had). An organisation joined over
// lower-case words or known by its name of several words keeps its own.
constexpr double kRuleAlone = 0.6;
// A known city's name where the words around it say it is the place (city_context): as sure as a name
// from the gazetteer.
constexpr double kCityHere = 0.9;

class Joiner {
 public:
  Joiner(const Doc& d, Mentions& m) : d_(d), m_(m) {}

  void person(const NamePiece& p, double confidence, int entity = -1) {
    const std::string key = name_key(d_, p.first, p.last);
    if (entity < 0) entity = find_person(key);
    if (entity < 0) {
      entity = new_entity(d_.text(name_span(d_, p.first, p.last)), "PERSON");
      persons_[key] = entity;
      const auto sp = key.rfind(' ');
      if (sp != std::string::npos) last_names_.emplace(key.substr(sp + 1), entity);
    }
    Entity& e = m_.entities[static_cast<std::size_t>(entity)];
    const std::string text = d_.text(name_span(d_, p.first, p.last));
    if (words(text) > words(e.name)) e.name = text;
    for (const auto& t : p.titles)
      if (std::find(e.titles.begin(), e.titles.end(), t) == e.titles.end()) e.titles.push_back(t);
    for (const auto& x : p.demonyms)
      if (std::find(e.demonyms.begin(), e.demonyms.end(), x) == e.demonyms.end()) e.demonyms.push_back(x);
    if (p.gender) e.gender = p.gender;
    add(p, "PERSON", entity, confidence);
  }

  void other(const NamePiece& p, const std::string& type, double confidence) {
    const std::string key = type + ":" + name_key(d_, p.first, p.last);
    auto it = others_.find(key);
    if (it == others_.end()) it = others_.emplace(key, new_entity(d_.text(name_span(d_, p.first, p.last)), type)).first;
    add(p, type, it->second, confidence);
    // "Collective Security Treaty Organization (CSTO)": the acronym names the same organisation.
    const std::size_t a = p.last + 2;
    if (type == "ORG" && d_.is(p.last + 1, "(") && d_.acronym(a) && d_.is(a + 1, ")"))
      others_.emplace("ORG:" + d_.low(a), it->second);
  }

  int find_person(const std::string& key) const {
    auto it = persons_.find(key);
    if (it != persons_.end()) return it->second;
    if (key.find(' ') == std::string::npos) {
      auto l = last_names_.find(key);
      if (l != last_names_.end()) return l->second;
    } else {  // "Vladimir V. Putin" is "Vladimir Putin": same first and last word
      const std::string ends = key.substr(0, key.find(' ')) + " " + key.substr(key.rfind(' ') + 1);
      it = persons_.find(ends);
      if (it != persons_.end()) return it->second;
    }
    return -1;
  }

 private:
  static std::size_t words(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

  int new_entity(std::string name, std::string type) {
    m_.entities.push_back(Entity{std::move(name), std::move(type), {}, {}, 0});
    return static_cast<int>(m_.entities.size() - 1);
  }

  void add(const NamePiece& p, const std::string& type, int entity, double confidence) {
    m_.list.push_back(Mention{name_span(d_, p.first, p.last), p.first, p.last, type, entity, confidence});
  }

  const Doc& d_;
  Mentions& m_;
  std::unordered_map<std::string, int> persons_, last_names_, others_;
};

std::size_t word_count(const Doc& d, const NamePiece& p) {
  std::size_t n = 0;
  for (std::size_t t = p.first; t <= p.last; ++t) n += d.word(t) ? 1 : 0;
  return n;
}

// Capitalised words, none an acronym or a day or month ("Late Sunday" is a date; "Theresa May" a name).
bool plain_words(const Doc& d, const NamePiece& p) {
  for (std::size_t t = p.first; t <= p.last; ++t) {
    if (!d.word(t)) continue;
    const std::string& w = d.low(t);
    if (d.acronym(t) || !d.cap(t) || weekday(w) || (month(w) && w.size() > 4 && w != "august")) return false;
  }
  return true;
}

// A reporting verb right after a name ("Smith said", "Smith also said") or right before it ("said Smith").
bool speaks(const Doc& d, const NamePiece& p) {
  const std::string& w = d.low(p.first);
  if (p.first == p.last && d.seen_lower(w)) return false;  // a common word ("City said")
  // "Officials said", "Witnesses said": a plural noun that starts the sentence names no one.
  if (d.sentence_start(p.first) && p.first == p.last && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return false;
  std::size_t t = p.last + 1;
  for (int skip = 0; skip < 2 && cue_filler(d.low(t)); ++skip) ++t;
  if (d.cue(t) == Cue::Strong) return true;
  const std::string& before = p.first > 0 ? d.low(p.first - 1) : d.low(d.size());
  return (p.first > 0 && d.cue(p.first - 1) == Cue::Strong) && !listener_cue(before);  // "said Smith", not "told Smith"
}

bool quote_mark(const Doc& d, std::size_t t) {
  return t < d.size() && !d.word(t) && text::is_quote(d.cps()[d.tok(t).begin]);
}

// "MSNBC's “Morning Joe”": a name that is all of a quoted phrase is a title of something.
bool quoted_title(const Doc& d, const NamePiece& p) {
  std::size_t after = p.last + 1;
  if (d.is(after, ",") || d.is(after, ".")) ++after;
  return p.first > 0 && quote_mark(d, p.first - 1) && quote_mark(d, after);
}

// "South African", "Bosnian", "Sri Lankan", "Pakistani": a nationality (a place's name with its
// ending), which names no person.
bool nationality(const Doc& d, const NamePiece& p) {
  const std::string key = name_key(d, p.first, p.last);
  const std::string w = key.substr(key.rfind(' ') + 1);
  if (demonym(w)) return true;
  const std::string head = key.substr(0, key.size() - w.size());
  for (const char* ending : {"n", "an", "ian", "i", "ese", "ans", "ians", "is"}) {
    const std::string e(ending);
    if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) {
      const std::string stem = w.substr(0, w.size() - e.size());
      if (*place_type(head + stem) || *place_type(head + stem + "a") || *place_type(stem)) return true;
    }
  }
  return false;
}

void index_tokens(const Doc& d, Mentions& m) {
  std::sort(m.list.begin(), m.list.end(), [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  m.at_token.assign(d.size(), -1);
  for (std::size_t i = 0; i < m.list.size(); ++i)
    for (std::size_t t = m.list[i].first; t <= m.list[i].last; ++t) m.at_token[t] = static_cast<int>(i);
}

// A name to join: its tokens (with what the rules knew of the person: titles, demonyms, gender), its
// type and how sure the suggestion is.
struct Candidate {
  NamePiece piece;
  std::string type;
  double confidence = 0;
};

NamePiece piece_of(const Mentions& rules, const Mention& r) {
  NamePiece p;
  p.first = r.first;
  p.last = r.last;
  if (r.entity >= 0) {
    const Entity& e = rules.entities[static_cast<std::size_t>(r.entity)];
    if (e.type == "PERSON") p.titles = e.titles, p.demonyms = e.demonyms, p.gender = e.gender;
  }
  return p;
}

bool same_kind(Tag tag, const std::string& type) {
  return (tag == Tag::PER && type == "PERSON") || (tag == Tag::ORG && type == "ORG") || (tag == Tag::LOC && (type == "GPE" || type == "LOC"));
}

// An organisation the rules joined over lower-case words or marks ("Centers for Disease Control and
// Prevention", "Bureau of Alcohol, Tobacco, Firearms and Explosives"): the tagger, which reads a few words
// either side, sees pieces of it.
bool connected_org(const Doc& d, const Mention& r) {
  if (r.type != "ORG") return false;
  for (std::size_t t = r.first + 1; t < r.last; ++t)
    if (!d.cap(t)) return true;
  return false;
}

// Whether the tagger's name n spans every lower-case word or mark of the rules' r: then it saw how r's
// words join, and where it ends is its call ("Marion County Board of Education" before "ST").
bool joins_all(const Doc& d, const Mention& r, const TaggedName& n) {
  for (std::size_t t = r.first + 1; t < r.last; ++t)
    if (!d.cap(t) && (t < n.first || t > n.last)) return false;
  return true;
}

// The lower-case words and marks that join an organisation's name ("of", "for", "on", "and", "&", "the").
bool connector(const Doc& d, std::size_t t) {
  return !d.cap(t) && (d.is(t, "of") || d.is(t, "for") || d.is(t, "on") || d.is(t, "and") || d.is(t, "&") || d.is(t, "the"));
}

// Whether the tagger's name n holds an abbreviated title with its full stop ("Sen.", "Mr.", "Gov.").
bool abbreviated_title_in(const Doc& d, const TaggedName& n) {
  for (std::size_t t = n.first; t <= n.last; ++t)
    if (d.cap(t) && d.is(t + 1, ".") && abbreviation(d.low(t)) && title_word(d.low(t))) return true;
  return false;
}

// The first word of a day's name: "Super Tuesday", "Black Friday", "Cyber Monday", "Good Friday".
bool day_name_word(const std::string& w) {
  return w == "super" || w == "black" || w == "cyber" || w == "good" || w == "ash" || w == "holy" || w == "maundy";
}

// Whether the tagger's name n is left to the rules (they have the mentions there, or none).
bool left_to_rules(const Doc& d, const TaggedName& n, const Mention* org) {
  // A connected organisation of the rules ("Centers for Disease Control and Prevention") stands unless the
  // tagger's name spans how its words join.
  if (org && !joins_all(d, *org, n)) return true;
  // A group of people ("Muslim", "Latinos"), one capital letter ("Q:" of an interview) or the first word of a
  // day's name ("Super Tuesday", "Black Friday") is no name.
  if (n.first == n.last && (group_word(d.low(n.first)) || (d.tok(n.first).size() == 1 && !d.is(n.first + 1, ".")) ||
                            (day_name_word(d.low(n.first)) && weekday(d.low(n.first + 1)))))
    return true;
  if (n.tag == Tag::PER) return false;
  // An abbreviated title is no part of a place or an organisation ("Vermont Sen.", "Texas Sen. Ted Cruz",
  // "Mr."): the tagger learned from newswire that writes "Senator"; the rules, which know the title, decide.
  // Nor is a title before a name ("Chief Justice William Rehnquist", "Justice Scalia's", "Senate Majority
  // Leader Mitch McConnell").
  const std::string& last = d.low(n.last);
  return abbreviated_title_in(d, n) || ((title_word(last) || title_modifier(last)) && d.cap(n.last + 1) && d.word(n.last + 1));
}

// Whether the rules' type for their mention r stands where the tagger says otherwise. Before a possessive
// the tagger, which learned from Reuters' "Germany 's" and "Commission 's", leans to organisations: a
// person or a place the rules know there stays one ("Trump’s", "London’s"). An organisation the word lists
// know by name ("Amazon", "Twitter") is that organisation; a building that stands for one ("the Kremlin",
// "the White House") may be either, and newswire makes it a place.
bool rules_type_stands(const Doc& d, const Mention& r) {
  if (r.span.end < d.tok(r.last).end && (r.type == "PERSON" || r.type == "GPE")) return true;
  if (r.type != "ORG") return false;
  const std::string key = name_key(d, r.first, r.last);
  return known_org(key) && key != "kremlin" && key != "pentagon" && key != "white house" && key != "downing street" &&
         key != "wall street" && key != "scotland yard";
}

// Where a city the tagger made an organisation or a person is the place (it learned cities as Reuters'
// sports teams; "Las Vegas" and "Orlando" read as people's names): after a preposition of place ("in
// Cleveland", "at Cleveland", which CoNLL-2003 counts as places too; not "to" before a person's name, "talked
// to Austin"), between an article and a lower-case word ("the Orlando attack"), before a comma and a state
// ("Cleveland, Ohio"), or opening a dateline ("Cleveland (AFP) –", "PHILADELPHIA ―").
bool city_context(const Doc& d, std::size_t first, std::size_t last, Tag tag) {
  const std::size_t after = last + 1;
  const bool has_after = after < d.size() && d.unit(after) == d.unit(last);
  // A capital next is more of a longer name the tagger cut ("at Jackson State University"), unless it is a
  // day ("in Cleveland Tuesday").
  if (has_after && d.cap(after) && !weekday(d.low(after)) && !month(d.low(after))) return false;
  if (first > 0 && d.unit(first - 1) == d.unit(first)) {
    static const char* const kBefore[] = {"in", "at", "from", "near", "outside", "across", "throughout", "around", "to", "into"};
    const auto end = tag == Tag::PER ? std::end(kBefore) - 2 : std::end(kBefore);
    if (std::find(std::begin(kBefore), end, d.low(first - 1)) != end) return true;
    // "the Orlando attack", not "a Lincoln and a Reagan".
    static const char* const kNotNoun[] = {"and", "or", "nor", "but", "of", "to", "in", "who", "that", "which", "is", "was", "has", "had", "said"};
    const bool article = d.is(first - 1, "the") || d.is(first - 1, "a") || d.is(first - 1, "an");
    if (article && has_after && d.word(after) && text::is_lower(d.cps()[d.tok(after).begin]) &&
        std::find(std::begin(kNotNoun), std::end(kNotNoun), d.low(after)) == std::end(kNotNoun))
      return true;
  }
  if (!has_after) return false;
  if (d.is(after, ",") && after + 1 < d.size() && d.unit(after + 1) == d.unit(last)) {
    const std::size_t state = after + 1;
    if (*place_type(d.low(state)) || (state + 1 < d.size() && d.unit(state + 1) == d.unit(last) && *place_type(name_key(d, state, state + 1))))
      return true;
  }
  return d.sentence_start(first) && (d.is(after, "(") || text::is_dash(d.cps()[d.tok(after).begin]));
}

// A name typed an organisation or a person that is a city the word lists know, here the place. A city of
// several words ("Las Vegas", "Des Moines") is no one's name.
bool city_here(const Doc& d, std::size_t first, std::size_t last, Tag tag) {
  // The context first: it reads a few tokens, the name's key is a string to build.
  return ((tag == Tag::PER && last > first) || city_context(d, first, last, tag)) && team_city(name_key(d, first, last));
}

// "(R-Texas)", "(D-N.Y.)", ", R-Texas,": a lawmaker's party and state after the name, no organisation.
bool party_label(const Doc& d, const NamePiece& p) {
  const std::size_t t = p.first;
  if (t == 0 || !(d.is(t - 1, "(") || d.is(t - 1, ","))) return false;
  const Span s = d.tok(t);
  const std::u32string& c = d.cps();
  return s.end - s.begin >= 3 && (c[s.begin] == 'R' || c[s.begin] == 'D' || c[s.begin] == 'I') && c[s.begin + 1] == '-' &&
         text::is_upper(c[s.begin + 2]);
}

// An organisation of several words the rules found by its known name ("Planned Parenthood").
bool known_org_mention(const Doc& d, const Mention& r) {
  return r.type == "ORG" && r.first < r.last && known_org(name_key(d, r.first, r.last));
}

// Whether the tagger's name n is a part of an organisation the rules found by its known name ("Parenthood"
// of "Planned Parenthood sued", where the tagger took "Planned" for the sentence's verb).
bool inside_known_org(const Doc& d, const Mentions& rules, const TaggedName& n) {
  const Mention* r = rules.at(n.first);
  return r && r->first <= n.first && n.last <= r->last && (r->first < n.first || n.last < r->last) && known_org_mention(d, *r);
}

// A name of several words that ends with a building's or a square's head word ("Trump Tower", "Times
// Square"), which no person's name ends with (unlike "Park" or "Hall"): a place where the tagger saw a
// person. Decided here, after tagging: as a word list of the rules it would change what the tagger reads
// and remembers of the words ("Trump" after "Trump Tower" became a place).
bool building(const Doc& d, std::size_t first, std::size_t last) {
  static const char* const kHeads[] = {"tower", "towers", "plaza", "mall", "arena", "square", "avenue", "airport", "stadium"};
  const std::string head = strip_possessive(d.low(last));
  return first < last && std::find(std::begin(kHeads), std::end(kHeads), head) != std::end(kHeads);
}

// The rules' connected organisation that the tagger's name n lies in, a stop word before it counted ("The
// Party of Democratic Action"); null when none.
const Mention* connected_org_at(const Doc& d, const Mentions& rules, const TaggedName& n) {
  const Mention* r = rules.at(n.first);
  if (!r && n.first < n.last && stop_capital(d.low(n.first))) r = rules.at(n.first + 1);
  return r && n.last <= r->last && connected_org(d, *r) ? r : nullptr;
}

// One word typed an organisation that is the last name of a person named in full in this text ("Trump,
// meanwhile, …" after "Donald Trump", "the Trump campaign"): that person. The tagger learned such words as
// companies and teams, and it remembers the type a word had earlier in the text ("Trump University").
// Not a known organisation's name, nor the first word of a longer one.
void surname_orgs_to_people(const Doc& d, std::vector<Candidate>& found) {
  std::unordered_set<std::string> surnames;
  for (const Candidate& c : found)
    // Two or three words: a longer "person" is more likely a headline the runs took in whole ("Donald
    // Trump Finally Endorses House"), whose last word is no one's name.
    if (c.type == "PERSON" && word_count(d, c.piece) >= 2 && word_count(d, c.piece) <= 3) surnames.insert(strip_possessive(d.low(c.piece.last)));
  if (surnames.empty()) return;
  for (Candidate& c : found) {
    if (c.type != "ORG" || c.piece.first != c.piece.last || d.acronym(c.piece.first)) continue;
    const std::string key = strip_possessive(d.low(c.piece.first));
    const std::size_t after = c.piece.last + 1;
    if (!surnames.count(key) || known_org(key) || org_head(key) || (after < d.size() && d.unit(after) == d.unit(c.piece.last) && d.cap(after))) continue;
    c.type = "PERSON";
  }
}

// The tagger's names, typed and made surer where the rules found the same; the rules' names where the
// tagger saw none (a tagged MISC counts: it says the words are no person, organisation or place), or
// where it saw only pieces of a connected organisation.
Mentions merge(const Doc& d, const Mentions& rules, const std::vector<TaggedName>& names) {
  std::vector<Candidate> found;
  found.reserve(names.size() + rules.list.size());
  std::vector<bool> tagged(d.size(), false);
  for (const TaggedName& n : names) {
    // A "The" the tagger put before a connected organisation of the rules is no part of it.
    const Mention* org = connected_org_at(d, rules, n);
    if (left_to_rules(d, n, org) || inside_known_org(d, rules, n)) continue;
    const std::size_t first = org && org->first == n.first + 1 ? org->first : n.first;
    for (std::size_t t = n.first; t <= n.last; ++t) tagged[t] = true;
    if (n.tag == Tag::MISC) continue;
    // A name ends with a name's word, not a connector the tagger ran on into ("Kia Motor Corp of").
    std::size_t last = n.last;
    while (last > first && connector(d, last)) --last;
    Candidate c{NamePiece{}, "", n.confidence};
    c.piece.first = first;
    c.piece.last = last;
    // A person's title is not their name ("Mayor Eric Adams" is Eric Adams, the mayor), as the rules have it.
    if (n.tag == Tag::PER) {
      NamePiece titled;
      const std::size_t f = read_titles(d, first, last, titled);
      if (f > first && d.cap(f)) {
        titled.first = f;
        titled.last = last;
        c.piece = std::move(titled);
      }
    }
    const Mention* r = rules.at(c.piece.first);
    // The rules' name goes on past the tagger's when the tagger stopped before an initial's last word ("George
    // H.W." of "George H.W. Bush") or before a possessive it does not know ("New" of "New Jersey’s").
    if (r && r->first == c.piece.first && r->last > c.piece.last && same_kind(n.tag, r->type) &&
        (initial_token(d, c.piece.last) || (r->last == c.piece.last + 1 && r->span.end < d.tok(r->last).end))) {
      for (std::size_t t = c.piece.last + 1; t <= r->last; ++t) tagged[t] = true;
      c.piece.last = r->last;
    }
    // The tagger sees no lower-case head: "Набережная" of the rules' "Набережная улица" is that place.
    if (r && r->first == c.piece.first && r->last == n.last + 1 && russian_place_head(d.low(r->last)) && same_kind(n.tag, r->type)) {
      c.piece.last = r->last;
      tagged[r->last] = true;
    }
    const bool same_span = r && r->first == c.piece.first && r->last == c.piece.last;
    if (same_span) c.piece = piece_of(rules, *r);
    if (n.tag == Tag::PER && building(d, c.piece.first, c.piece.last)) {
      c.type = "LOC";
    } else if (same_span && (same_kind(n.tag, r->type) || rules_type_stands(d, *r))) {
      c.type = r->type;
      c.confidence = same_kind(n.tag, r->type) ? std::max(c.confidence, r->confidence) : r->confidence;
    } else if (n.tag == Tag::PER) {
      c.type = "PERSON";
    } else if (n.tag == Tag::ORG) {
      c.type = "ORG";
    } else {
      const std::string key = name_key(d, c.piece.first, c.piece.last);
      const char* place = place_type(key);
      c.type = *place ? place : team_city(key) ? "GPE" : "LOC";
    }
    found.push_back(std::move(c));
  }
  for (const Mention& r : rules.list) {
    bool seen = false;
    for (std::size_t t = r.first; t <= r.last && !seen; ++t) seen = tagged[t];
    if (!seen) found.push_back(Candidate{piece_of(rules, r), r.type, r.confidence * (connected_org(d, r) || known_org_mention(d, r) ? 1 : kRuleAlone)});
  }
  found.erase(std::remove_if(found.begin(), found.end(), [&](const Candidate& c) { return party_label(d, c.piece); }), found.end());
  for (Candidate& c : found)
    if ((c.type == "PERSON" || c.type == "ORG" || c.type == "GPE") && city_here(d, c.piece.first, c.piece.last, c.type == "PERSON" ? Tag::PER : Tag::ORG)) {
      c.type = "GPE";
      c.confidence = std::max(c.confidence, kCityHere);  // the tagger was unsure of its place, team or person
    }
  surname_orgs_to_people(d, found);
  // Full person names first, so that a short mention anywhere joins the right person.
  Mentions m;
  Joiner join(d, m);
  const auto full = [&](const Candidate& c) { return c.type == "PERSON" && word_count(d, c.piece) >= 2; };
  for (const Candidate& c : found)
    if (full(c)) join.person(c.piece, c.confidence);
  for (const Candidate& c : found) {
    if (full(c)) continue;
    if (c.type == "PERSON") join.person(c.piece, c.confidence);
    else join.other(c.piece, c.type, c.confidence);
  }
  return m;
}

}  // namespace

Mentions find_mentions(const Doc& d) { return find_mentions(d, TaggerModel::embedded()); }

Mentions find_mentions(const Doc& d, const TaggerModel& model) {
  Mentions m = rule_mentions(d);
  if (!model.empty()) {
    std::vector<float> confidence;
    const std::vector<Tag> tags = tag_tokens(d, m, model, &confidence);
    m = merge(d, m, cut_headline_names(d, tagged_names(d, tags, confidence), confidence));
    index_tokens(d, m);
  }
  add_dates(d, m);
  index_tokens(d, m);
  return m;
}

Mentions rule_mentions(const Doc& d) {
  Mentions m;
  const std::vector<NamePiece> pieces = name_pieces(d);
  Joiner join(d, m);
  std::vector<bool> done(pieces.size(), false);
  // Full names first: they define the people that short mentions join.
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const NamePiece& p = pieces[i];
    const std::string key = name_key(d, p.first, p.last);
    if (!p.type.empty() || known_org(key) || *place_type(key)) continue;
    if (quoted_title(d, p) || (p.titles.empty() && nationality(d, p))) {
      done[i] = true;
    } else if (word_count(d, p) >= 2 && (plain_words(d, p) || !p.titles.empty())) {
      join.person(p, p.titles.empty() ? 0.75 : 0.9);
      done[i] = true;
    }
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (done[i]) continue;
    const NamePiece& p = pieces[i];
    const std::string key = name_key(d, p.first, p.last);
    if (p.first == p.last && group_word(key)) continue;  // "Christian", "Latinos": a group, no one's name
    if (!p.type.empty()) {
      join.other(p, p.type, p.type == "ORG" ? 0.8 : 0.9);
    } else if (known_org(key)) {
      join.other(p, "ORG", 0.85);
    } else if (*place_type(key)) {
      join.other(p, place_type(key), 0.9);
    } else if (word_count(d, p) == 1 && d.acronym(p.first) && d.tok(p.first).size() <= kAcronymLetters + 2) {
      join.other(p, "ORG", 0.7);
    } else if (join.find_person(key) >= 0) {
      join.person(p, 0.85);
    } else if (!p.titles.empty() && !d.seen_lower(key)) {  // not "the Queen City"
      join.person(p, 0.9);
    } else if (speaks(d, p) && plain_words(d, p)) {
      join.person(p, 0.6);
    }
  }
  index_tokens(d, m);
  return m;
}

}  // namespace glossa::suggest
