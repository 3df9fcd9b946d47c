#include "core/suggest/speakers.h"

#include <algorithm>
#include <iterator>

#include "core/suggest/lexicon.h"
#include "core/text/chars.h"

namespace glossa::suggest {

namespace {

// How many tokens around a quote are searched for its cue.
constexpr std::size_t kAfter = 12, kBefore = 40;
// How long an apposition between a speaker and the cue may be.
constexpr std::size_t kApposition = 14;
// How many words a noun phrase speaker may have ("the presumptive Republican presidential nominee"), and
// how far after an inverted cue a name may start ("said Republican party boss Reince Priebus").
constexpr std::size_t kPhraseWords = 6, kLooseWords = 5;
// How far before a participle cue ("adding") the cue it follows may be ("Spicer said, adding").
constexpr std::size_t kParticipleReach = 4;
// Tokens of a sentence that only attributes the quote before it ("Sanders replied.").
constexpr std::size_t kShortAttribution = 8;
// Tokens before a colon that may be nothing but a speaker ("Cecile Richards:", "HUFFPOLLSTER:").
constexpr std::size_t kShortLeadIn = 4;

bool determiner(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" ||
         w == "this" || w == "that" || w == "no";
}

// Words that start a noun phrase: "the statement", "one person", "some voters".
bool phrase_start(const std::string& w) {
  static const char* const kWords[] = {"the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "many",
                                       "several", "these", "those", "each", "every", "another", "both", "most"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool participle(const std::string& w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }

// Pronouns that speak for no one the rules can name: "I said", "they say", "it reads".
bool plain_pronoun(const std::string& w) { return w == "i" || w == "we" || w == "they" || w == "it"; }

bool preposition(const std::string& w) {
  static const char* const kWords[] = {"in", "on", "at", "from", "with", "to", "of", "by", "for", "about", "against", "over",
                                       "under", "after", "before", "during", "than", "like", "as", "into", "via", "per",
                                       "among", "between", "behind", "toward", "towards", "through", "without"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool sentence_end(const Doc& d, std::size_t t) {
  const std::string& w = d.low(t);
  if (w == "!" || w == "?" || w == ";" || w == "\u2026") return true;
  return w == "." && !(t > 0 && abbreviation(d.low(t - 1)));
}

// Words that open a reported clause after a cue ("said it was", "said that", "said the plan", "said Trump
// would"), as against what only tells how or when it was said ("said on Monday", "said Tuesday", "said as").
bool clause_start(const Doc& d, std::size_t t) {
  static const char* const kWords[] = {"that", "it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "his",
                                       "her", "their", "its", "our", "my", "there", "these", "those", "if", "whether"};
  const std::string& w = d.low(t);
  if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) return true;
  return d.cap(t) && !weekday(w) && !month(w);
}

// A verb that ends a noun phrase: "The billionaire businessman began", "a source involved in".
bool verb_like(const std::string& w) {
  static const char* const kWords[] = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
                                       "may", "might", "should", "must", "did", "does", "do", "began", "begins", "begin",
                                       "went", "goes", "took", "takes", "made", "makes", "came", "comes", "got", "gets"};
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return true;
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool passive_be(const std::string& w) {
  return w == "been" || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "being";
}

bool ends_with(const std::string& w, const char* e) {
  const std::size_t n = std::char_traits<char>::length(e);
  return w.size() > n && w.compare(w.size() - n, n, e) == 0;
}

bool quote_token(const Doc& d, std::size_t t) {
  const std::string& w = d.low(t);
  return w.find('"') != std::string::npos || w == "''" || w.find("\u201C") != std::string::npos || w.find("\u201D") != std::string::npos ||
         w.find("\u00AB") != std::string::npos || w.find("\u00BB") != std::string::npos || w.find("\u201E") != std::string::npos;
}

// "signs that said", "a memo that warned": after "that" a verb in the past or the present, not a noun
// ("that statement").
bool relative_verb(const Doc& d, std::size_t t) {
  if (!d.is(t - 1, "that")) return false;
  const std::string& w = d.low(t);
  return ends_with(w, "ed") || w == "said" || w == "says" || w == "told" || w == "tells" || w == "wrote" || w == "writes";
}

}  // namespace

std::size_t Speakers::cue_at(std::size_t t, bool weak) const {
  if (t >= d_.size()) return 0;
  const std::string& w = d_.low(t);
  if (d_.is(t, "according") && d_.is(t + 1, "to")) return 2;
  const Cue c = d_.cue(t);
  if (c == Cue::None || (c == Cue::Weak && !weak)) return 0;
  // "the report", "United States", "called for calm": nouns, names and other senses.
  if (t > 0 && determiner(d_.low(t - 1)) && !relative_verb(d_, t)) return 0;
  // "for terms containing …": after a preposition a weak cue is a noun (not "to call", "by calling").
  if (c == Cue::Weak && t > 0 && d_.unit(t - 1) == d_.unit(t) && preposition(d_.low(t - 1)) && !d_.is(t - 1, "to") && !ends_with(w, "ing"))
    return 0;
  if (d_.cap(t) && t > 0 && d_.unit(t - 1) == d_.unit(t) && d_.word(t - 1)) return 0;
  if (w.compare(0, 5, "point") == 0) return d_.is(t + 1, "out") ? 2 : 0;
  // "his home state of Vermont": "state" is a verb only before what it states.
  if ((d_.is(t, "state") || d_.is(t, "states")) && !(d_.is(t + 1, "that") || d_.is(t + 1, ":") || d_.is(t + 1, ",") || quote_token(d_, t + 1))) return 0;
  if (c == Cue::Weak && (d_.is(t + 1, "for") || d_.is(t + 1, "on") || d_.is(t + 1, "off"))) return 0;
  return 1;
}

int Speakers::pronoun(std::size_t t, char gender) const {
  // "Trump, whom he called a “con artist”": "he" is not who "whom" stands for.
  int other = -1;
  if (t >= 2 && (d_.is(t - 1, "whom") || d_.is(t - 1, "who")) && d_.unit(t - 2) == d_.unit(t)) {
    std::size_t k = t - 2;
    if (d_.is(k, ",") && k > 0) --k;
    if (const Mention* x = m_.at(k); x && x->type == "PERSON") other = x->entity;
  }
  return p_.pronoun(d_.tok(t).begin, gender, other);
}

std::optional<Speaker> Speakers::role(const Nominal& n) const {
  const Span span{d_.tok(n.first).begin, d_.tok(n.last).end};
  return Speaker{span, n.last, p_.nominal(span.begin, n), Speaker::Kind::Role};
}

std::optional<Speaker> Speakers::speaker_from(std::size_t t, bool loose) const {
  if (t >= d_.size()) return std::nullopt;
  if (const char g = pronoun_gender(d_.low(t)))
    return Speaker{d_.tok(t), t, pronoun(t, g), Speaker::Kind::Pronoun};
  // Titles and demonyms before a name are not part of the mention: "Russian President Vladimir Putin".
  std::size_t k = t;
  if (d_.is(k, "the") && (m_.at(k + 1) || (d_.cap(k + 1) && title_word(d_.low(k + 1))))) ++k;  // "the Kremlin", "the Rev."
  while (k < d_.size() && !m_.at(k) && d_.cap(k) && (title_word(d_.low(k)) || title_modifier(d_.low(k)) || demonym(d_.low(k)))) {
    ++k;
    if (d_.is(k, ".")) ++k;
  }
  const Mention* head = m_.at(k);
  // An owner ("the Plain Dealer’s editor, Mark Stone", "Putin’s spokesman Dmitry Peskov") is not the one
  // who speaks, but what follows it.
  const bool owner = head && head->first == k && head->span.end < d_.tok(head->last).end && head->last + 1 < d_.size() &&
                     d_.unit(head->last + 1) == d_.unit(k) && d_.word(head->last + 1) && d_.cue(head->last + 1) == Cue::None &&
                     !preposition(d_.low(head->last + 1));
  if (head && head->first == k && head->type == "PERSON" && !owner) return Speaker{head->span, head->last, head->entity, Speaker::Kind::Name};
  if (head && head->first == k && (head->type == "ORG" || owner)) {
    // "the Kremlin spokesman Dmitry Peskov", "Ohio State University professor Paul Beck": the person; "the
    // Kremlin spokesman": the role.
    std::size_t r = head->last + 1;
    while (r < d_.size() && d_.unit(r) == d_.unit(k) &&
           (role_word(d_.low(r)) || title_modifier(d_.low(r)) || title_word(d_.low(r)) ||
            (owner && r - head->last <= kPhraseWords && d_.word(r) && !d_.cap(r) && d_.cue(r) == Cue::None && !preposition(d_.low(r)))))
      ++r;
    if (r == head->last + 1) return Speaker{head->span, head->last, head->entity, Speaker::Kind::Name};
    if (const Mention* y = m_.at(r); y && y->first == r && y->type == "PERSON")
      return Speaker{y->span, y->last, y->entity, Speaker::Kind::Name};
    if (const Mention* y = m_.at(r + 1); y && y->first == r + 1 && y->type == "PERSON" && d_.is(r, ",") && d_.unit(r + 1) == d_.unit(k))
      return Speaker{y->span, y->last, y->entity, Speaker::Kind::Name};
    return Speaker{Span{d_.tok(t).begin, d_.tok(r - 1).end}, r - 1, -1, Speaker::Kind::Role};
  }
  if (auto n = nominal_from(d_, t)) {
    // "the Russian president Vladimir Putin said": the name is the speaker; so is one set off by a comma
    // after the role ("said the coach, Mark Evans").
    std::size_t after = n->last + 1;
    if (d_.is(after, ",") && d_.unit(after) == d_.unit(t)) ++after;
    if (const Mention* x = m_.at(after); x && x->first == after && x->type == "PERSON")
      return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
    return role(*n);
  }
  if (!loose) return std::nullopt;
  // "said Senate minority leader Harry Reid", "said Virginia delegate Beau Correll": a name a few words on,
  // before any punctuation or preposition ("a spokesman for President Obama" is the spokesman).
  for (std::size_t n = t, words = 0; n < d_.size() && words < kLooseWords && d_.unit(n) == d_.unit(t); ++n) {
    if (n > t && d_.is(n, ".") && abbreviation(d_.low(n - 1))) continue;  // "said former Wisconsin Gov. Jim Doyle"
    if (!d_.word(n) || preposition(d_.low(n))) break;
    if (const Mention* x = m_.at(n); x && x->first == n && x->type == "PERSON") return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
    ++words;
  }
  // "said the 46-year-old", "says a source involved in ...": the noun phrase.
  if (phrase_start(d_.low(t))) {
    std::size_t e = t;
    while (e + 1 < d_.size() && e - t < kPhraseWords && d_.unit(e + 1) == d_.unit(t) && d_.word(e + 1) && !stop_capital(d_.low(e + 1)) &&
           d_.cue(e + 1) == Cue::None && !verb_like(d_.low(e + 1)))
      ++e;
    if (e > t) {
      if (d_.is(e + 1, ",") && d_.unit(e + 1) == d_.unit(t)) {  // "said the coach, Mark Evans"
        if (const Mention* x = m_.at(e + 2); x && x->first == e + 2 && x->type == "PERSON")
          return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
      }
      return Speaker{Span{d_.tok(t).begin, d_.tok(e).end}, e, -1, Speaker::Kind::Role};
    }
  }
  // "according to HuffPo", "said Politifact": capitalised words the rules did not take for a name.
  if (d_.cap(t) && !stop_capital(d_.low(t)) && d_.cue(t) == Cue::None && !weekday(d_.low(t)) && !month(d_.low(t))) {
    std::size_t e = t;
    while (e + 1 < d_.size() && e + 1 - t < kPhraseWords && d_.unit(e + 1) == d_.unit(t) && d_.cap(e + 1) && d_.cue(e + 1) == Cue::None)
      ++e;
    return Speaker{Span{d_.tok(t).begin, d_.tok(e).end}, e, -1, Speaker::Kind::Role};
  }
  return std::nullopt;
}

// A noun phrase that ends right before a cue: "the statement said", "one person tweeted", "Sanders
// protesters interrupted", "it reads". Someone the rules cannot name, but the one who speaks.
std::optional<Speaker> Speakers::phrase_to(std::size_t last) const {
  if (last >= d_.size() || !d_.word(last)) return std::nullopt;
  const std::string& w = d_.low(last);
  if (plain_pronoun(w)) return Speaker{d_.tok(last), last, -1, Speaker::Kind::Pronoun};
  if (stop_capital(w) || cue_filler(w) || d_.cue(last) != Cue::None) return std::nullopt;
  std::size_t b = last;
  for (std::size_t n = 0; n < kPhraseWords && b > 0 && d_.unit(b - 1) == d_.unit(last); ++n) {
    const std::string& x = d_.low(b - 1);
    if (phrase_start(x)) {
      --b;
      break;
    }
    if (!d_.word(b - 1) || stop_capital(x) || d_.cue(b - 1) != Cue::None) break;
    --b;
  }
  // "Trump at the time said": the object of a preposition is not the subject.
  if (b > 0 && d_.unit(b - 1) == d_.unit(last) && preposition(d_.low(b - 1))) return std::nullopt;
  if (phrase_start(d_.low(b)) || d_.cap(b) || d_.sentence_start(b))
    return Speaker{Span{d_.tok(b).begin, d_.tok(last).end}, last, -1, Speaker::Kind::Role};
  return std::nullopt;
}

// The first speaker of tokens [from, to) that is no preposition's object: the subject of a clause
// ("Clinton's right-hand woman rallied supporters, saying: …", not "on MSNBC").
std::optional<Speaker> Speakers::clause_subject(std::size_t from, std::size_t to) const {
  bool quoted = false;
  for (std::size_t t = from; t < to; ++t) {
    if (quote_token(d_, t)) quoted = !quoted;
    if (quoted || !d_.word(t) || (t > from && preposition(d_.low(t - 1)))) continue;
    // "Holding signs calling Christie “…”", "Bush calling Reagan’s policies “…”", "told Smith": a verb's
    // object. Not after a reporting verb that inverts ("“…,” said Skelly", "Said Dorothy Poynter, …").
    const bool object =
        t > from + 1 && (listener_cue(d_.low(t - 1)) || (stance_verb(d_.low(t - 1)) && d_.cue(t - 1) != Cue::Strong));
    // The noun phrase that opens the clause is its subject ("The billionaire businessman began …, saying").
    auto sp = speaker_from(t, t == from && d_.sentence_start(t) && phrase_start(d_.low(t)));
    if (sp) {
      // An object that owns the quote is its speaker all the same ("slam Sanders’ “political revolution”").
      const bool apostrophe = d_.is(sp->last + 1, "\u2019") || d_.is(sp->last + 1, "'");  // "Sanders’ “…”"
      const bool owner = (sp->span.end < d_.tok(sp->last).end && sp->last + 1 == to) || (apostrophe && sp->last + 2 == to);
      if (object && !owner) continue;
      // An owner named in an apposition ("Lavrov’s deputy, Sergei Ryabkov, was more cautious"): the name
      // after the comma. An owner alone ("Trump’s campaign said") stays, as the annotators mark it.
      if (sp->span.end < d_.tok(sp->last).end) {
        std::size_t c = sp->last + 1;
        while (c < to && c - sp->last <= kPhraseWords && d_.word(c) && !d_.cap(c)) ++c;
        if (c + 1 < to && d_.is(c, ",")) {
          if (auto named = speaker_from(c + 1); named && named->kind == Speaker::Kind::Name) return named;
        }
      }
      if (sp->kind == Speaker::Kind::Name && sp->entity >= 0 && m_.entities[static_cast<std::size_t>(sp->entity)].type != "PERSON" &&
          m_.entities[static_cast<std::size_t>(sp->entity)].type != "ORG")
        continue;  // a place or a date
      return sp;
    }
  }
  return std::nullopt;
}

std::optional<Speaker> Speakers::speaker_to(std::size_t last) const {
  if (last >= d_.size()) return std::nullopt;
  if (const char g = pronoun_gender(d_.low(last)))
    return Speaker{d_.tok(last), last, pronoun(last, g), Speaker::Kind::Pronoun};
  if (const Mention* x = m_.at(last); x && x->last == last && (x->type == "PERSON" || x->type == "ORG"))
    return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
  if (auto n = nominal_to(d_, last)) return role(*n);
  // "(the) Kremlin spokesman said": a role of an organisation.
  std::size_t r = last;
  while (r > 0 && (role_word(d_.low(r)) || title_modifier(d_.low(r))) && d_.unit(r) == d_.unit(last)) --r;
  if (r < last && role_word(d_.low(last))) {
    if (const Mention* x = m_.at(r); x && x->last == r && x->type == "ORG") {
      const std::size_t first = d_.is(x->first - 1, "the") ? x->first - 1 : x->first;
      return Speaker{Span{d_.tok(first).begin, d_.tok(last).end}, last, -1, Speaker::Kind::Role};
    }
  }
  return std::nullopt;
}

std::optional<Speaker> Speakers::subject_of(std::size_t cue) const {
  // "the barriers had been promised", "he was told": in the passive the subject is not who speaks.
  if (cue > 0 && d_.unit(cue - 1) == d_.unit(cue) && passive_be(d_.low(cue - 1)) && !ends_with(d_.low(cue), "ing"))
    return std::nullopt;
  std::size_t t = cue;
  for (int skip = 0; skip <= 2 && t > 0 && d_.unit(t - 1) == d_.unit(cue); ++skip) {
    if (auto s = speaker_to(t - 1)) return s;
    if (!cue_filler(d_.low(t - 1))) break;
    --t;
  }
  // "Indiana Gov. Mike Pence, who called their son “…”": who "who" stands for.
  if (t >= 3 && d_.is(t - 1, "who") && d_.is(t - 2, ",") && d_.unit(t - 3) == d_.unit(cue)) {
    if (auto s = speaker_to(t - 3); s && s->kind == Speaker::Kind::Name) return s;
  }
  // An apposition between the speaker and the cue: "Jean-Marc Ayrault, the foreign minister, said".
  if (t > 0 && (d_.is(t - 1, ",") || d_.is(t - 1, ")"))) {
    const char* open = d_.is(t - 1, ",") ? "," : "(";
    for (std::size_t k = t - 1; k > 0 && t - k < kApposition && d_.unit(k - 1) == d_.unit(cue);) {
      --k;
      if (quote_token(d_, k) || sentence_end(d_, k)) break;
      if (d_.is(k, open)) {
        // "the assailant, John McGraw, told", "the minister, Olga Petrova, said": the name set off by the
        // commas, rather than the role it names.
        const auto named = speaker_from(k + 1);
        const bool apposed_name = named && named->kind == Speaker::Kind::Name && named->last + 1 == t - 1;
        const auto s = k > 0 ? speaker_to(k - 1) : std::nullopt;
        if (s && !(s->kind == Speaker::Kind::Role && apposed_name)) return s;
        if (apposed_name) return named;
        break;
      }
    }
  }
  // "…, saying", "Holding signs calling Christie …": the subject of the clause the participle hangs on.
  if (participle(d_.low(cue))) {
    std::size_t b = cue;
    while (b > 0 && d_.unit(b - 1) == d_.unit(cue)) --b;
    // "…, Spicer said, adding, “…”", "Fiorina said, adding that …": the cue it follows has the subject.
    for (std::size_t c = cue; c > b && cue - c < kParticipleReach;) {
      --c;
      if (cue_at(c, false) && !participle(d_.low(c))) {
        if (auto s = subject_of(c)) return s;
        break;
      }
    }
    return clause_subject(b, cue);
  }
  return t > 0 ? phrase_to(t - 1) : std::nullopt;
}

Attribution Speakers::after(Span quote) const {
  const std::size_t close = d_.token_from(quote.end) - 1;  // the closing mark
  std::size_t k = close + 1;
  // Where the attribution may be: the quote's sentence, or the one right after it on the same line
  // ("“… missing.” Trump said.", where the full stop inside the marks ended the sentence). A longer one
  // there must open with the attribution ("“…!” Senator Jeff Sessions said as he launched the process."):
  // a cue further on, or a name with no cue, is that sentence's own business.
  std::uint32_t u = d_.unit(close);
  bool loose = true;  // any cue further on, or a name alone after a quote that runs on, may attribute it
  if (k < d_.size() && d_.unit(k) != u) {
    bool same_line = true;
    for (std::size_t c = quote.end; c < d_.tok(k).begin; ++c) same_line = same_line && d_.cps()[c] != '\n';
    if (same_line) {
      u = d_.unit(k);
      loose = d_.token_from(d_.unit_span(u).end) - k <= kShortAttribution;
    }
  }
  const auto inside = [&](std::size_t t) { return t < d_.size() && t - close <= kAfter && d_.unit(t) == u; };
  // In the sentence after the quote, a cue that goes on to words of its own reports those ("“…” Omar Zahed
  // said it was the work of terrorists", "… Omar Zahed said: “…”"), not the quote before it; "said as he
  // launched the process", "said on Monday", "said quietly" still attribute it.
  const bool next_sentence = u != d_.unit(close);
  const auto looks_back = [&](std::size_t cue, std::size_t n) {
    const std::size_t a = cue + n;
    if (!next_sentence || a >= d_.size() || d_.unit(a) != u || sentence_end(d_, a) || d_.is(a, ",")) return true;
    if (listener_cue(d_.low(cue))) return true;  // "He told an invited crowd": the listener comes first
    if (d_.is(a, ":") || quote_token(d_, a)) return false;
    return !clause_start(d_, a);
  };
  while (inside(k) && !d_.word(k) && !sentence_end(d_, k) && !quote_token(d_, k)) ++k;  // , — –
  if (!inside(k) || !d_.word(k)) return {};
  if (const std::size_t n = cue_at(k, false)) {  // inverted: "said Vladimir Putin", "according to him"
    const Span cue{d_.tok(k).begin, d_.tok(k + n - 1).end};
    // A listener cue right after the quote is inverted too when nothing follows the name but the end of
    // the sentence or what describes the name ("“…?” asked Mr. Manafort, referring to …", "warned
    // Clinton."); "told Putin that …" names the listener.
    auto s = speaker_from(k + n, true);
    if (s && listener_cue(d_.low(k))) {
      const std::size_t a = s->last + 1;
      const bool closes = a >= d_.size() || d_.unit(a) != d_.unit(k) || sentence_end(d_, a) || d_.is(a, ",") ||
                          d_.is(a, "(") || d_.is(a, "of") || d_.is(a, "who");
      if (!closes) s.reset();
    }
    return {cue, s};
  }
  const auto s = speaker_from(k);
  if (s) {
    std::size_t c = s->last + 1;
    for (int skip = 0; skip < 2 && inside(c) && cue_filler(d_.low(c)); ++skip) ++c;
    if (inside(c)) {
      if (const std::size_t n = cue_at(c, false)) {
        if (!looks_back(c, n)) return {};
        return {Span{d_.tok(c).begin, d_.tok(c + n - 1).end}, s};
      }
      // "Mr. Morgan of the Sierra Club said", "Ayrault, the foreign minister of France, said".
      if (d_.is(c, ",") || d_.is(c, "(") || d_.is(c, "of") || d_.is(c, "from") || d_.is(c, "at")) {
        for (std::size_t e = c + 1; e < d_.size() && e - c < kApposition && d_.unit(e) == u; ++e) {
          if (quote_token(d_, e) || sentence_end(d_, e)) break;
          if (const std::size_t n = cue_at(e, false)) {
            if (!looks_back(e, n)) return {};
            return {Span{d_.tok(e).begin, d_.tok(e + n - 1).end}, s};
          }
        }
      }
    }
  }
  // A cue further on, its subject between the quote and it: "“…,” Senate minority leader Harry Reid told
  // reporters", "“…,” the dawn of the movement, Bozell says".
  // In a longer sentence after the quote, only a subject that opens it, a few words in at most ("“…!” US
  // Senator Jeff Sessions said as he launched the process").
  const auto opens_sentence = [&](const Speaker& subject) {
    const std::size_t first = d_.token_from(subject.span.begin);
    if (first - k > kLooseWords) return false;
    for (std::size_t t = k; t < first; ++t)  // "US", "Texas delegate", "former state senator"
      if (!d_.word(t) || !(d_.cap(t) || title_word(d_.low(t)) || title_modifier(d_.low(t)) || role_word(d_.low(t)))) return false;
    return true;
  };
  for (std::size_t e = k; inside(e) && !quote_token(d_, e) && !sentence_end(d_, e); ++e) {
    const std::size_t n = cue_at(e, false);
    if (!n) continue;
    const auto subject = subject_of(e);
    if (subject && subject->span.begin >= quote.end && (loose || opens_sentence(*subject)) && looks_back(e, n))
      return {Span{d_.tok(e).begin, d_.tok(e + n - 1).end}, subject};
    break;
  }
  // "“Go back to Univision,” Trump barked": a quote that ends on a comma, a question or an exclamation
  // mark runs on into its attribution, whatever the verb.
  if (s && loose && runs_on(quote)) return {std::nullopt, s};
  return {};
}

bool Speakers::runs_on(Span quote) const {
  std::size_t e = quote.end;
  while (e > quote.begin && text::is_quote(d_.cps()[e - 1])) --e;
  if (e == quote.begin) return false;
  const char32_t c = d_.cps()[e - 1];
  return c == ',' || c == '?' || c == '!';
}

Attribution Speakers::before(Span quote, bool weak) const {
  // The nearest cue; when it has no subject ("Sanders said, suggesting …, “…”"), an earlier cue of the
  // sentence that has one.
  const std::size_t open = d_.token_from(quote.begin);
  Attribution nearest;
  for (std::size_t t = open; t > 0 && open - t < kBefore && d_.unit(t - 1) == d_.unit(open);) {
    --t;
    const std::size_t n = cue_at(t, weak);
    if (!n) continue;
    const Span cue{d_.tok(t).begin, d_.tok(t + n - 1).end};
    Attribution a{cue, d_.is(t, "according") ? speaker_from(t + 2, true) : subject_of(t)};
    if (!nearest.cue) nearest.cue = cue;
    if (a.speaker) return nearest.cue == cue ? a : Attribution{nearest.cue, a.speaker};
  }
  return nearest;
}

// A quote that opens its paragraph after one that ends with a colon ("Cruz continued:", "Reporter Jomana
// Karadsheh says:", "He then listed the qualities necessary:"): that sentence's cue and subject.
Attribution Speakers::introduced(std::size_t open) const {
  if (open < 2 || d_.unit(open - 1) == d_.unit(open) || !d_.is(open - 1, ":")) return {};
  const std::size_t colon = open - 1;
  std::size_t b = colon;
  while (b > 0 && d_.unit(b - 1) == d_.unit(colon)) --b;
  for (std::size_t t = colon; t > b;) {
    --t;
    const std::size_t n = cue_at(t, true);
    if (!n) continue;
    const Span cue{d_.tok(t).begin, d_.tok(t + n - 1).end};
    if (auto s = d_.is(t, "according") ? speaker_from(t + 2, true) : subject_of(t)) return {cue, s};
    break;
  }
  return {std::nullopt, clause_subject(b, colon)};
}

Attribution Speakers::direct(Span quote, bool mixed) const {
  const Attribution first = mixed ? before(quote, true) : after(quote);
  if (first.speaker) return first;
  const Attribution second = mixed ? after(quote) : before(quote, false);
  if (second.speaker) return second;
  if (!mixed) {
    const std::size_t open = d_.token_from(quote.begin);
    const Attribution third = introduced(open);
    if (third.speaker) return third;
    // "Cecile Richards: ‘I’m Sick Of …’", "Politico reveals a few relevant facts: “…”": who speaks before
    // the colon, in a short lead-in.
    if (open >= 2 && d_.is(open - 1, ":") && d_.unit(open - 1) == d_.unit(open)) {
      std::size_t b = open - 1;
      while (b > 0 && d_.unit(b - 1) == d_.unit(open)) --b;
      if (auto s = speaker_to(open - 2)) return {first.cue ? first.cue : second.cue, s};
      if (open - 1 - b <= kShortLeadIn) {
        if (auto s = phrase_to(open - 2)) return {first.cue ? first.cue : second.cue, s};
      }
      if (auto s = clause_subject(b, open - 1)) return {first.cue ? first.cue : second.cue, s};
    }
  }
  return first.cue ? first : second;
}

std::optional<Speaker> Speakers::sentence_subject(Span quote) const {
  // The first person, organisation, role or pronoun of the sentence before the quote, outside other
  // quotes: "The BLM group is calling on Hillary Clinton to “stop …”" -> "the BLM group" would need a
  // head noun; "Carson, asked about it, replied “…”" -> "Carson".
  const std::size_t open = d_.token_from(quote.begin);
  std::size_t b = open;
  while (b > 0 && d_.unit(b - 1) == d_.unit(open)) --b;
  return clause_subject(b, open);
}

}  // namespace glossa::suggest
