#include "core/suggest/name_runs.h"

#include <string_view>

#include "core/suggest/lexicon.h"
#include "core/suggest/word_map.h"
#include "core/text/chars.h"

namespace glossa::suggest {

namespace {

bool ends(std::string_view w, std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; }

// "Sen." is a senator, so that "the senator" finds them.
std::string full_title(const std::string& w) {
  static const char* const kShort[][2] = {{"sen", "senator"}, {"gov", "governor"}, {"rep", "representative"},
                                          {"gen", "general"},  {"col", "colonel"},   {"lt", "lieutenant"},
                                          {"capt", "captain"}, {"sgt", "sergeant"},  {"prof", "professor"}};
  for (const auto& s : kShort)
    if (w == s[0]) return s[1];
  return w;
}

// Tokens of a title at k in the run [k, e): "President", "Prime Minister", "Gov." (with its stop); 0 when
// there is none, or when nothing follows it (a run that ends with one is a role: "the Russian President").
std::size_t title_len(const Doc& d, std::size_t k, std::size_t e) {
  if (k >= e) return 0;
  std::size_t n = 0;
  if (k + 1 < e && title_modifier(d.low(k)) && title_word(d.low(k + 1)))
    n = 2;
  else if (title_word(d.low(k)))
    n = 1;
  if (n && k + n < e && d.is(k + n, ".")) ++n;
  return k + n < e ? n : 0;
}

// An organisation's last word, singular or plural ("Institutes", "Centers").
bool org_head_word(const std::string& w) {
  return org_head(w) || (w.size() > 3 && w.back() == 's' && org_head(w.substr(0, w.size() - 1)));
}

// Whether the lower-case word w after an organisation's head h goes on with its name: "Bank of England",
// "Center for American Progress", "Council on Foreign Relations".
// A company's last word is not such a head: "Kia Motor Corp of South Korea", "Bessemer Venture Partners of
// Menlo Park" say where it is.
bool org_connector(const std::string& h, const std::string& w) {
  static const std::string_view kCompany[] = {"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company",
                                              "partners", "holdings", "industries", "airlines", "airways"};
  if (w == "of") {
    for (const std::string_view c : kCompany)
      if (h == c) return false;
    return org_head_word(h);
  }
  return (w == "for" && org_head_for(h)) || (w == "on" && org_head_on(h));
}

// Tokens of the longest known_org_names name at k in its unit, 0 when none: its words in order, commas
// between them passed over ("Alcohol, Tobacco, Firearms and Explosives"), "&" for "and"; its words
// capitalised but for the small ones.
std::size_t known_name_len(const Doc& d, std::size_t k) {
  if (!d.cap(k)) return 0;
  for (const auto& name : known_org_names(d.low(k))) {
    std::size_t t = k, i = 0;
    for (; i < name.size(); ++i, ++t) {
      if (i > 0 && d.is(t, ",")) ++t;
      if (t >= d.size() || d.unit(t) != d.unit(k)) break;
      const bool small = name[i] == "and" || name[i] == "of" || name[i] == "for" || name[i] == "the" ||
                         name[i] == "without" || name[i] == "on";
      if (name[i] == "and" && d.is(t, "&")) continue;
      if (d.low(t) != name[i] || (!small && !d.cap(t))) break;
    }
    if (i == name.size()) return t - k;
  }
  return 0;
}

class Cutter {
 public:
  Cutter(const Doc& d, std::vector<NamePiece>& out) : d_(d), out_(out) {}

  // A known organisation's name (known_name_len).
  void known(std::size_t b, std::size_t e) { add(b, e, "ORG"); }

  // The run [b, e); org when it holds an organisation's connector ("Bank of England"): then it is one.
  void cut(std::size_t b, std::size_t e, bool org = false) {
    std::size_t k = b;
    while (k < e && ((stop_capital(d_.low(k)) && !initial(k)) || !d_.word(k) || (k == b && !org && common_start(k)) ||
                     (org && (month(d_.low(k)) || weekday(d_.low(k))))))  // "the August National Association of ..."
      ++k;
    // A title inside the run starts a new piece: "Like President Obama", "Moscow Mayor Sergei Sobyanin",
    // "Bank of England Governor Mark Carney".
    for (std::size_t j = k + 1; j < e; ++j) {
      if (title_len(j, e) == 0 || title_len(j - 1, e) > 0) continue;
      std::size_t start = j;
      while (start > k && demonym(d_.low(start - 1))) --start;
      if (start > k) {
        cut(k, start, org);
        k = start;
        org = false;
      }
      break;
    }
    if (org && k < e) return add(k, e, "ORG");
    while (k < e) {
      const std::string head = strip_possessive(d_.low(e - 1));
      if (e - k >= 2 && org_head(head)) return add(k, e, "ORG");
      // A geographic head word makes a place; the gazetteer says which kind ("Rhode Island" is a state).
      if (e - k >= 2 && place_head(head)) {
        const char* known = place_type(name_key(d_, k, e - 1));
        return add(k, e, *known ? known : "LOC");
      }
      if (e - k >= 2 && other_head(head)) return;  // "Affordable Care Act": not a kind suggested here
      if (known_org(name_key(d_, k, e - 1))) return add(k, e, "ORG");
      // A known organisation's product or service ("Apple Music", "Google Maps"): the organisation, and no
      // person made of the rest.
      if (e - k == 2 && known_org(strip_possessive(d_.low(k))) && !d_.acronym(k)) return add(k, k + 1, "ORG");
      if (std::size_t n = place_len(k, e)) {
        add(k, k + n, place_type(name_key(d_, k, k + n - 1)));
        k += n;
        continue;
      }
      NamePiece p;
      while (k < e && (demonym(d_.low(k)) || (demonym_like(d_.low(k)) && title_len(k + 1, e) > 0))) p.demonyms.push_back(d_.low(k++));
      k = read_titles(d_, k, e - 1, p);
      if (k < e) {
        p.first = k;
        p.last = e - 1;
        out_.push_back(std::move(p));
      }
      return;
    }
  }

  // A unit in capitals: only places and known organisations, longest first; a dateline's words before
  // its date ("BONN 1996-08-22", "LONDON 1996-08-30") are a place.
  void capitals(std::size_t b, std::size_t e) {
    std::size_t words = 0, date = e;
    for (std::size_t k = b; k < e; ++k) {
      if (d_.word(k) && text_digit(k)) {
        date = k;
        break;
      }
      if (!d_.word(k)) break;
      ++words;
    }
    if (date < e && words >= 1 && words <= 3 && date == b + words && !known_org(name_key(d_, b, date - 1)))
      return add(b, date, "GPE");
    for (std::size_t k = b; k < e;) {
      const char* type = "";
      const std::size_t n = known_len(k, e, 1, type);
      if (n) {
        add(k, k + n, type);
        k += n;
      } else {
        ++k;
      }
    }
  }

  // Tokens of the longest place or known organisation (at least `least` words, at most four) at k in [k, e),
  // with its type; 0 when none.
  std::size_t known_len(std::size_t k, std::size_t e, std::size_t least, const char*& type) const {
    for (std::size_t m = std::min<std::size_t>(4, e - k); m >= least && m > 0; --m) {
      bool all_words = true;
      for (std::size_t i = k; i < k + m; ++i) all_words = all_words && d_.word(i);
      if (!all_words) continue;
      const std::string key = name_key(d_, k, k + m - 1);
      if (*place_type(key)) return type = place_type(key), m;
      if (known_org(key)) return type = "ORG", m;
    }
    return 0;
  }

  // In a headline every word is its own run, but a place or an organisation of several words the lists know
  // ("European Union", "New Hampshire") is one when no other name word follows it ("New York Energy Desk"
  // may be a name of its own): returns its tokens at k (0 when none).
  std::size_t headline_name(std::size_t k, std::size_t e) {
    const char* type = "";
    const std::size_t n = known_len(k, e, 2, type);
    const std::size_t after = k + n;
    if (!n || (after < e && d_.word(after) && d_.cap(after) && !stop_capital(d_.low(after)))) return 0;
    add(k, after, type);
    return n;
  }

 private:
  bool text_digit(std::size_t k) const {
    const char32_t c = d_.cps()[d_.tok(k).begin];
    return c >= '0' && c <= '9';
  }

  // "A." of "A. Giles": a capital letter and its full stop, not the article "A".
  bool initial(std::size_t k) const { return d_.tok(k).size() == 1 && d_.is(k + 1, ".") && d_.tok(k + 1).begin == d_.tok(k).end; }

  void add(std::size_t b, std::size_t e, const char* type) {
    NamePiece p;
    p.first = b;
    p.last = e - 1;
    p.type = type;
    out_.push_back(std::move(p));
  }

  // A sentence's first word that the text also uses in lower case ("Like", "Thank"), but not a title
  // ("Mayor Anna Petrova") or a demonym.
  bool common_start(std::size_t k) const {
    const std::string& w = d_.low(k);
    return d_.sentence_start(k) && d_.seen_lower(w) && !title_word(w) && !title_modifier(w) && !demonym(w);
  }

  // Tokens of the longest place name at k, if it ends the run or a title or demonym follows it.
  std::size_t place_len(std::size_t k, std::size_t e) const {
    for (std::size_t n = std::min<std::size_t>(4, e - k); n > 0; --n) {
      if (*place_type(name_key(d_, k, k + n - 1)) == '\0') continue;
      if (k + n == e || title_len(k + n, e) > 0 || demonym(d_.low(k + n))) return n;
    }
    return 0;
  }

  // Tokens of a title at k ("President", "Prime Minister", "Mr."), or 0.
  std::size_t title_len(std::size_t k, std::size_t e) const { return suggest::title_len(d_, k, e); }

  const Doc& d_;
  std::vector<NamePiece>& out_;
};

}  // namespace

std::size_t possessive(const std::string& w) {
  // Called for every word of every capitalised run: most end in none of s, ' or ’ (0x99).
  if (w.empty() || (w.back() != 's' && w.back() != '\'' && static_cast<unsigned char>(w.back()) != 0x99)) return 0;
  if (ends(w, "'s") || ends(w, "\u2019s")) return 2;
  if (ends(w, "s'") || ends(w, "s\u2019")) return 1;
  return 0;
}

std::string strip_possessive(std::string w) {
  for (const char* e : {"'s", "\u2019s", "'", "\u2019"})
    if (possessive(w) && ends(w, e)) {
      w.resize(w.size() - std::string_view(e).size());
      break;
    }
  return w;
}

std::size_t read_titles(const Doc& d, std::size_t first, std::size_t last, NamePiece& p) {
  std::size_t k = first;
  while (std::size_t n = title_len(d, k, last + 1)) {
    std::string t;
    for (std::size_t i = k; i < k + n; ++i)
      if (d.word(i)) {
        char g = 0;
        if (title_word(d.low(i), &g) && g) p.gender = g;
        t += (t.empty() ? "" : " ") + full_title(d.low(i));
      }
    p.titles.push_back(t);
    k += n;
  }
  return k;
}

bool particle(const std::string& w) {
  // Asked of the word after every capitalised one: a table, not a dozen string comparisons.
  static const WordSet s = [] {
    WordSet set;
    for (const char* p : {"de", "von", "van", "der", "al", "bin", "da", "di", "la", "le", "del", "ibn"}) set.insert(p);
    return set;
  }();
  return w.size() <= 3 && s.contains(w);
}

bool initial_token(const Doc& d, std::size_t t) {
  const std::u32string& cps = d.cps();
  const Span s = d.tok(t);
  if (s.size() == 1) return text::is_upper(cps[s.begin]);
  for (std::size_t k = s.begin; k < s.end; k += 2)
    if (!text::is_upper(cps[k]) || k + 1 >= s.end || cps[k + 1] != '.') return false;
  return true;
}

std::string name_key(const Doc& d, std::size_t first, std::size_t last) {
  std::string k;
  for (std::size_t t = first; t <= last; ++t) {
    if (!d.word(t)) continue;
    if (!k.empty()) k += ' ';
    k += t == last ? strip_possessive(d.low(t)) : d.low(t);
  }
  return k;
}

Span name_span(const Doc& d, std::size_t first, std::size_t last) {
  return Span{d.tok(first).begin, d.tok(last).end - possessive(d.low(last))};
}

std::vector<NamePiece> name_pieces(const Doc& d) {
  std::vector<NamePiece> out;
  Cutter cutter(d, out);
  const std::size_t n = d.size();
  const auto same = [&](std::size_t a, std::size_t b) { return b < n && d.unit(a) == d.unit(b); };
  for (std::size_t t = 0; t < n;) {
    if (d.capitals(d.unit(t))) {
      std::size_t e = t;
      while (same(t, e)) ++e;
      cutter.capitals(t, e);
      t = e;
      continue;
    }
    if (!d.word(t) || !d.cap(t)) {
      ++t;
      continue;
    }
    if (const std::size_t known = known_name_len(d, t)) {
      cutter.known(t, t + known);
      t += known;
      continue;
    }
    if (d.headline(d.unit(t))) {
      std::size_t end = t;
      while (same(t, end)) ++end;
      if (const std::size_t known = cutter.headline_name(t, end)) {
        t += known;
        continue;
      }
    }
    std::size_t e = t + 1;
    bool joined = false;  // by an organisation's connector: "of", "for", "on", then "and"
    // In a headline every word is its own run: known names and places are still found one by one.
    while (!d.headline(d.unit(t)) && same(t, e) && possessive(d.low(e - 1)) == 0) {
      if (const std::size_t known = d.word(e) && d.cap(e) ? known_name_len(d, e) : 0) {
        e += known;  // "U.S. Food and Drug Administration"
        joined = true;
        continue;
      }
      if (d.word(e) && d.cap(e)) {
        ++e;
      } else if (d.is(e, ".") && abbreviation(d.low(e - 1)) && same(t, e + 1) && d.cap(e + 1)) {
        e += 2;  // "Mr. Smith", "J. K. Rowling"
      } else if (particle(d.low(e))) {
        std::size_t p = e;  // "Ursula von der Leyen"
        while (same(t, p) && particle(d.low(p))) ++p;
        if (!same(t, p) || !d.cap(p)) break;
        e = p + 1;
      } else if (same(t, e + 1) && d.word(e + 1) && d.cap(e + 1) && org_connector(d.low(e - 1), d.low(e)) &&
                 !weekday(d.low(e + 1)) && !month(d.low(e + 1))) {
        e += 2;  // "Ministry of Defence", "National Institutes of Health", "Center for American Progress"
        joined = true;
      } else if (joined && (d.is(e, "and") || d.is(e, "&"))) {
        // "Department of Health and Human Services": the words after "and" end with a head as well.
        std::size_t p = e + 1;
        while (same(t, p) && d.word(p) && d.cap(p) && possessive(d.low(p)) == 0) ++p;
        if (p == e + 1 || !org_head_word(d.low(p - 1))) break;
        e = p;
      } else {
        break;
      }
    }
    // A Russian street or region name ends with its head in lower case: "Набережная улица".
    if (same(t, e) && e - t <= 3 && russian_place_head(d.low(e))) ++e;
    cutter.cut(t, e, joined);
    t = e;
  }
  return out;
}

}  // namespace glossa::suggest
