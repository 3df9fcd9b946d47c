#include "core/suggest/headline_names.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "core/suggest/lexicon.h"
#include "core/suggest/name_runs.h"

namespace glossa::suggest {

namespace {

// A word that is part of a name even in a headline: a title, the head word of an organisation or a place
// ("Committee", "Union", "Island"), which the text may well have in lower case; an initial ("A." of "A.
// Dale") or the name after one ("P. Such", "N. Speak").
bool name_word_anyway(const Doc& d, std::size_t t) {
  const std::string w = strip_possessive(d.low(t));
  return !d.word(t) || title_word(w) || org_head(w) || place_head(w) || initial_token(d, t) ||
         (t >= 2 && d.is(t - 1, ".") && initial_token(d, t - 2));
}

// Small words that do join names: "Bank of America", "Center for American Progress", "Charles de Gaulle",
// "Banc One Capital Corporation".
bool small_name_word(const std::string& w) {
  static const char* const kWords[] = {"of", "the", "and", "for", "on", "at", "in", "a", "an", "de", "du", "la", "le",
                                       "van", "von", "del", "one", "two", "three"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// A verb, an adverb, a pronoun or a small word names are not made with: what shows that a run of capitals
// in a headline is a sentence, not one long name ("Banc One Capital Corporation", "Board of Education" are
// names; "Mike Pence Calls for", "Graphic To Portray Black People As Murderers" are not).
bool headline_verb_at(const Doc& d, std::size_t t) {
  if (name_word_anyway(d, t)) return false;
  const std::string w = strip_possessive(d.low(t));
  static const char* const kPronouns[] = {"he", "she", "his", "her", "him", "himself", "herself", "they", "their", "them",
                                          "it", "its", "i", "you", "we", "our", "my", "your", "somebody", "someone",
                                          "something", "everyone", "everybody", "everything", "nobody", "nothing", "anyone",
                                          "anything", "too", "very", "more", "less", "than", "no", "not"};
  if (std::find(std::begin(kPronouns), std::end(kPronouns), w) != std::end(kPronouns)) return true;
  if (stop_capital(w)) return !small_name_word(w);
  // A participle the story's text has in lower case ("Wearing", "Spotted"); not a name that ends so
  // ("Manning", "Reed"), which the text has capitalised.
  const auto ends = [&](const char* e) { const std::size_t n = std::strlen(e); return w.size() > n + 2 && w.compare(w.size() - n, n, e) == 0; };
  if ((ends("ing") || ends("ed")) && d.seen_lower(w)) return true;
  return stance_verb(w) || headline_verb(w);
}

// A word of a title-case headline that no name is made of: the text has it in lower case ("Finally",
// "Already"), or it reports, praises or attacks ("Says", "Praises", "Blasts", "Denies"), or it is a
// pronoun, an article or a preposition ("He", "The", "Against"); but in an organisation not the small
// words that join its name ("Board of Education").
bool headline_break(const Doc& d, std::size_t t, Tag tag) {
  if (name_word_anyway(d, t)) return false;
  const std::string w = strip_possessive(d.low(t));
  if (tag == Tag::ORG && small_name_word(w)) return false;
  return d.seen_lower(w) || stop_capital(w) || headline_verb_at(d, t);
}

// A line in title case: a headline ("Poll Shows Minor Bump For Clinton"), or the article's title, which may
// keep a few small words in lower case ("Mike Pence Calls for Special Prosecutor after …"). Not one in
// capitals ("RUGBY UNION - ENGLISH RESULTS"): Reuters' datelines and sports headings, which the tagger
// learned as they are.
bool title_case_line(const Doc& d, std::size_t t) {
  const std::uint32_t u = d.unit(t);
  if (d.capitals(u)) return false;
  return d.headline(u) || (d.has_title() && d.tok(t).end <= d.blocks()[0].end);
}

// People the story names in full ("Hillary Clinton", "Ted Cruz"), marked wherever a title-case line has the
// same words: there the tagger often sees only "Clinton", or "Ted" as a place, or nothing. A name of the line
// that overlaps one of them gives way to it.
std::vector<TaggedName> known_people_in_headlines(const Doc& d, std::vector<TaggedName> names) {
  struct Person {
    std::vector<std::string> words;
    double confidence;
  };
  std::unordered_map<std::string, std::vector<Person>> by_first;  // first word -> the full names it starts
  for (const TaggedName& n : names) {
    if (title_case_line(d, n.first)) continue;
    std::size_t words = 0;
    for (std::size_t k = n.first; k <= n.last; ++k) words += d.word(k) ? 1 : 0;
    if (n.tag != Tag::PER || words < 2 || words > 3 || words != n.last - n.first + 1 || n.confidence < 0.3) continue;
    Person p{{}, n.confidence};
    for (std::size_t k = n.first; k <= n.last; ++k) p.words.push_back(strip_possessive(d.low(k)));
    auto& same_first = by_first[p.words[0]];
    const auto it = std::find_if(same_first.begin(), same_first.end(), [&](const Person& o) { return o.words == p.words; });
    if (it == same_first.end()) same_first.push_back(std::move(p));
    else it->confidence = std::max(it->confidence, p.confidence);
  }
  if (by_first.empty()) return names;
  std::vector<TaggedName> found;
  for (std::size_t t = 0; t < d.size(); ++t) {
    if (!d.cap(t) || !title_case_line(d, t)) continue;
    const auto it = by_first.find(strip_possessive(d.low(t)));
    if (it == by_first.end()) continue;
    for (const Person& p : it->second) {
      std::size_t i = 1;
      while (i < p.words.size() && t + i < d.size() && d.unit(t + i) == d.unit(t) && strip_possessive(d.low(t + i)) == p.words[i]) ++i;
      if (i < p.words.size()) continue;
      found.push_back(TaggedName{t, t + i - 1, Tag::PER, p.confidence});
      t += i - 1;
      break;
    }
  }
  // Inside a longer person's name the line has ("Gert Jan Van Doorn" holds "Van Doorn"): that one stands.
  const auto inside_person = [&](const TaggedName& f) {
    return std::any_of(names.begin(), names.end(), [&](const TaggedName& n) {
      return n.tag == Tag::PER && n.first <= f.first && f.last <= n.last && n.last - n.first > f.last - f.first;
    });
  };
  found.erase(std::remove_if(found.begin(), found.end(), inside_person), found.end());
  if (found.empty()) return names;
  const auto overlaps = [&](const TaggedName& n) {
    return std::any_of(found.begin(), found.end(), [&](const TaggedName& f) { return n.first <= f.last && f.first <= n.last; });
  };
  names.erase(std::remove_if(names.begin(), names.end(), overlaps), names.end());
  names.insert(names.end(), found.begin(), found.end());
  std::sort(names.begin(), names.end(), [](const TaggedName& a, const TaggedName& b) { return a.first < b.first; });
  return names;
}

}  // namespace

// In a title-case headline the tagger runs on through the verbs ("Donald Trump Praises Breitbart", "Tim
// Kaine Fully Embraced"): its names there that hold a verb, an adverb or a pronoun are cut at the words no
// name is made of. A piece of two words or more is kept when it is a name the story's text has too, one
// the lists know, a person of two or three words ("Kim Kardashian" in "Megyn Kelly Is No Different Than
// Kim Kardashian") or an organisation with its head word; a one-word piece is left to the rules, which read
// a headline word by word.
std::vector<TaggedName> cut_headline_names(const Doc& d, std::vector<TaggedName> names, const std::vector<float>& confidence) {
  std::unordered_set<std::string> in_text;  // the names outside title-case lines, filled when first needed
  bool filled = false;
  std::vector<TaggedName> out;
  out.reserve(names.size());
  for (const TaggedName& n : names) {
    bool sentence = false;
    if (n.first < n.last && title_case_line(d, n.first))
      for (std::size_t t = n.first; t <= n.last && !sentence; ++t) sentence = headline_verb_at(d, t);
    if (!sentence) {
      out.push_back(n);
      continue;
    }
    if (!filled) {
      for (const TaggedName& o : names)
        if (!title_case_line(d, o.first)) in_text.insert(name_key(d, o.first, o.last));
      filled = true;
    }
    std::size_t b = n.first;
    for (std::size_t t = n.first; t <= n.last + 1; ++t) {
      if (t <= n.last && !headline_break(d, t, n.tag)) continue;
      std::size_t words = 0;
      for (std::size_t k = b; k < t; ++k) words += d.word(k) ? 1 : 0;
      if (words >= 2) {
        const std::string key = name_key(d, b, t - 1);
        // A person of two or three words the title alone names ("Kim Kardashian") is kept too, as is an
        // organisation with its head word ("Marion County Board of Education").
        const bool person = n.tag == Tag::PER && words <= 3;
        bool headed = false;
        for (std::size_t k = b; k < t && n.tag == Tag::ORG && !headed; ++k) headed = org_head(strip_possessive(d.low(k)));
        if (person || headed || in_text.count(key) || known_org(key) || *place_type(key)) {
          float sure = 1;  // the least sure of the piece's own tokens, as tagged_names counts it
          for (std::size_t k = b; k < t; ++k) sure = std::min(sure, confidence[k]);
          out.push_back(TaggedName{b, t - 1, n.tag, sure});
        }
      }
      b = t + 1;
    }
  }
  return known_people_in_headlines(d, std::move(out));
}

}  // namespace glossa::suggest
