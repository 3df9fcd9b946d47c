#include "core/suggest/quotes.h"

#include <algorithm>

#include "core/suggest/lexicon.h"
#include "core/text/chars.h"

namespace glossa::suggest {

namespace {

using annotate::QuoteKind;

// Quotes of this many words or fewer are scare quotes, titles or nicknames unless a cue and a speaker say
// otherwise ("he was “very concerned”").
constexpr std::size_t kShortQuote = 3;
// Quotes of this many words or fewer in title case are titles.
constexpr std::size_t kTitleWords = 6;
// How far before a quote the "that" of a reported clause may be ("charged that Mrs. Clinton “hid”").
constexpr std::size_t kReportedClause = 12;
// How far before a quote someone's words may be named ("Trump's offer to make an “exception”").
constexpr std::size_t kOwnedSpeech = 8;
// How far before a noun its naming verb may be ("called the H1-B program “…”").
constexpr std::size_t kCalledNoun = 4;
// How many words may stand between "what" and a naming verb ("what multiple lawmakers called").
constexpr std::size_t kWhatSubject = 4;
// How many words may stand between a verb of chanting and the comma before its quote ("chanted back at
// him, “…”").
constexpr std::size_t kVoicedGap = 4;

// "the term", "the phrase", "the slogan": what follows is words someone used, not the name of a thing.
bool words_noun(const std::string& w) {
  return w == "term" || w == "terms" || w == "phrase" || w == "word" || w == "words" || w == "slogan" || w == "slogans";
}

// "he called", "Mr. Hedge called", "which he described": a person right before a naming verb (past
// fillers such as "has", "also") makes the phrase that person's words.
bool person_names_it(const Doc& d, std::size_t verb) {
  std::size_t t = verb;
  while (t > 0 && d.unit(t - 1) == d.unit(verb) && cue_filler(d.low(t - 1))) --t;
  if (t == 0 || d.unit(t - 1) != d.unit(verb)) return false;
  const std::string& w = d.low(t - 1);
  if (pronoun_gender(w) || w == "they" || w == "i" || w == "we" || w == "it" || (d.cap(t - 1) && !d.sentence_start(t - 1) && !stop_capital(w)))
    return true;
  // "what multiple lawmakers called “fraud”", "what the council called …": a relative clause's subject.
  for (std::size_t k = t - 1, n = 0; k > 0 && n < kWhatSubject && d.word(k) && d.unit(k - 1) == d.unit(verb); --k, ++n)
    if (d.is(k - 1, "what")) return true;
  return false;
}

// The naming words that are nouns ("the show", "a campaign"), not verbs or "so-called".
bool naming_noun(const std::string& w) { return w.size() < 3 || (w.compare(w.size() - 2, 2, "ed") != 0 && w != "so-called"); }

// A naming verb a few words before the noun, said by a person: "Huckabee called the H1-B program “…”".
bool someone_called(const Doc& d, const Speakers& s, std::size_t noun) {
  for (std::size_t v = noun; v > 0 && noun - v < kCalledNoun && d.unit(v - 1) == d.unit(noun);) {
    if (d.cue(--v) != Cue::Weak) continue;
    if (person_names_it(d, v)) return true;
    const auto sp = s.subject_of(v);
    return sp && sp->kind == Speaker::Kind::Name;
  }
  return false;
}

// "the song “…”" names a title; "Paul Song “…”" is a name before the quote. After a noun ("the show",
// "a program"), a phrase not in title case is no title when it is long ("called the show “the conservative
// news show of record.”", "The Central American Minors program “is gaining …,”") or when someone called
// the thing that ("Huckabee called the H1-B program “worse than amnesty.”").
bool naming_word_before(const Doc& d, const Speakers& s, std::size_t open, bool titled, std::size_t words) {
  const std::string& w = d.low(open - 1);
  if (!naming_word(w) || words_noun(w) || (d.cap(open - 1) && !d.sentence_start(open - 1))) return false;
  if (titled || d.cue(open - 1) != Cue::None || !naming_noun(w)) return true;
  return words <= kShortQuote && !someone_called(d, s, open - 1);
}

// titled: the quote is in title case (“Yuge!: 30 Years of Doonesbury”): after "called" that is a name even
// when a person comes before the verb ("a collection by Garry Trudeau called ''Yuge!…''").
bool naming_before(const Doc& d, const Speakers& s, std::size_t open, bool titled, std::size_t words) {
  if (open == 0 || d.unit(open - 1) != d.unit(open)) return false;
  const std::string& w = d.low(open - 1);
  if (!titled && d.cue(open - 1) == Cue::Weak && person_names_it(d, open - 1)) return false;  // "which he called “an evil act”"
  // "Mitt Romney, the last nominee, called ''our No.1 geopolitical foe.''": a named subject past an apposition.
  if (!titled && d.cue(open - 1) == Cue::Weak && d.is(open - 2, ",")) {
    if (auto sp = s.subject_of(open - 1); sp && sp->kind == Speaker::Kind::Name) return false;
  }
  if (naming_word_before(d, s, open, titled, words)) return true;
  // "In his 2002 book, ''Make Your Kid a Millionaire,''": a title after the work it names and a comma.
  if (titled && w == "," && open >= 2 && d.unit(open - 2) == d.unit(open) && naming_word(d.low(open - 2)) &&
      naming_noun(d.low(open - 2)))
    return true;
  // Markup, not speech: attribute="value".
  if (d.tok(open).begin > 0 && d.cps()[d.tok(open).begin - 1] == '=') return true;
  // "known as", "referred to as", "described as"
  if (!titled && w == "as" && open >= 2 && (d.is(open - 2, "described") || d.is(open - 2, "branded")) && person_names_it(d, open - 2)) return false;
  // "Mr. Trump is seen as ''a bully, as a person who despises …''", "what the writers described as “missed
  // opportunities to …”": a clause, not a name.
  if (!titled && w == "as" && open >= 2 && (d.is(open - 2, "seen") || d.is(open - 2, "described")) && words > kShortQuote) return false;
  return w == "as" && open >= 2 &&
         (d.is(open - 2, "known") || d.is(open - 2, "to") || d.is(open - 2, "described") || d.is(open - 2, "billed") ||
          d.is(open - 2, "branded") || d.is(open - 2, "seen"));
}

// Titles follow an owner or a preposition: NBC's “Meet the Press”, on “Fox and Friends”, told “Fox News”.
bool after_name(const Doc& d, std::size_t open) {
  if (open == 0 || d.unit(open - 1) != d.unit(open)) return false;
  const std::string& w = d.low(open - 1);
  const bool possessive = w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0 || (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0));
  if (w == "of" && open >= 2) {  // the author of “Destiny and Power”, the hosts of “Morning Joe”
    static const char* const kMakers[] = {"author", "co-author", "editor", "co-editor", "host", "hosts", "star", "creator",
                                          "director", "producer", "publisher", "writer", "episode", "edition", "cover",
                                          "broadcast", "premiere", "finale", "season"};
    if (std::find(std::begin(kMakers), std::end(kMakers), d.low(open - 2)) != std::end(kMakers)) return true;
  }
  if (w == "with" && open >= 2 && d.is(open - 2, "interview")) return true;  // an interview with “Fox News Sunday”
  return (possessive && d.cap(open - 1)) || w == "on" || w == "told" || w == "in" || w == "to";
}

// The quote is in a title or a line in title case.
bool in_headline(const Doc& d, Span quote) {
  const std::size_t t = d.token_from(quote.begin);
  return (t < d.size() && d.headline(d.unit(t))) || (d.has_title() && quote.begin < d.blocks()[0].end);
}

// A headline that names its speaker before a colon ("Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A
// Presidential Campaign.’"): every word is capitalised, so title case says nothing there, and its quotes
// are the words of the one it names.
bool speaker_headline(const Doc& d, std::size_t open, Span quote) {
  if (!in_headline(d, quote)) return false;
  for (std::size_t t = open; t > 0 && d.unit(t - 1) == d.unit(open);)
    if (d.is(--t, ":")) return true;
  return false;
}

// A verb of saying or judging between the quote's subject and the quote: "Cruz blamed the law on “…”".
bool stance_between(const Doc& d, const Speaker& s, std::size_t open) {
  for (std::size_t t = s.last + 1; t < open; ++t)
    if (stance_verb(d.low(t))) return true;
  return false;
}

// Nouns that report what someone said: "his assertion that", "the criticism that".
bool speech_noun(const std::string& w) {
  static const char* const kWords[] = {"statement", "remark", "remarks", "comment", "comments", "claim", "claims", "assertion",
                                       "suggestion", "criticism", "admission", "accusation", "accusations", "allegation",
                                       "allegations", "charge", "charges", "argument", "contention", "insistence", "warning",
                                       "promise", "pledge", "vow", "complaint", "declaration", "announcement", "boast",
                                       "prediction", "assurance", "message", "tweet", "post", "dictum", "words", "view"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Verbs that report a charge or a hint rather than speech as such: "charged that", "implied that".
bool charge_verb(const std::string& w) {
  static const char* const kWords[] = {"charged", "charges", "alleged", "alleges", "implied", "implies", "intimated",
                                       "hinted", "hints", "maintained", "maintains"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Words of a time between a speech noun and its "that" ("his statement on Wednesday that").
bool time_word(const std::string& w) { return weekday(w) || month(w) || w == "on" || w == "last" || w == "earlier" || w == "this" || w == "week"; }

// The quote stands in a clause that reports someone's words: "his assertion that “thousands” …", "Fitton
// charged that Mrs. Clinton “hid” …". Scare quotes seldom sit in such a clause.
bool reported_that(const Doc& d, std::size_t open) {
  for (std::size_t t = open; t > 1 && open - t < kReportedClause && d.unit(t - 1) == d.unit(open);) {
    --t;
    if (text::is_quote(d.cps()[d.tok(t).begin])) return false;  // another quote's clause
    if (!d.is(t, "that")) continue;
    // "his statement on Wednesday that …": past a time.
    std::size_t k = t - 1;
    while (k > 0 && t - k <= 3 && d.unit(k - 1) == d.unit(t) && time_word(d.low(k))) --k;
    return speech_noun(d.low(k)) || stance_verb(d.low(k)) || charge_verb(d.low(k));
  }
  return false;
}

// "his", "her", "their", "Clinton's".
bool possessive(const std::string& w) {
  return w == "his" || w == "her" || w == "their" || (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
         (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0);
}

// Nouns for what someone said or urged, owned by them: "his call for", "Clinton’s broadside against".
bool owned_speech_noun(const std::string& w) {
  static const char* const kWords[] = {"call", "calls", "attack", "attacks", "broadside", "offer", "embrace", "proposal", "pitch",
                                       "rhetoric", "denunciation", "defense", "praise", "plea", "demand", "vow", "pledge", "promise"};
  return speech_noun(w) || std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Someone's words named just before the quote ("Trump's offer to make an “exception”", "his call for a
// federal “deportation force”", "by her own admission was a “mistake.”"): the phrase is theirs.
bool owned_speech(const Doc& d, std::size_t open) {
  for (std::size_t t = open; t > 1 && open - t < kOwnedSpeech && d.unit(t - 1) == d.unit(open);) {
    --t;
    if (text::is_quote(d.cps()[d.tok(t).begin])) return false;
    if (!owned_speech_noun(d.low(t))) continue;
    for (std::size_t k = t; k > 0 && t - k < 3 && d.unit(k - 1) == d.unit(t);)
      if (possessive(d.low(--k))) return true;
  }
  return false;
}

// After "as" ("refers to the governor as “Chris”"; not "such as", which gives examples) or a words noun
// ("using the term “superpredator”").
bool after_as(const Doc& d, std::size_t open) {
  if (open == 0 || d.unit(open - 1) != d.unit(open)) return false;
  if (d.is(open - 1, "as")) return !(open >= 2 && d.is(open - 2, "such"));
  return words_noun(d.low(open - 1));
}

// Right after a verb of chanting or shouting, or "chants of": the words were voiced.
bool voiced(const Doc& d, std::size_t open) {
  std::size_t t = open;
  if (t > 0 && d.unit(t - 1) == d.unit(open) && (d.is(t - 1, ",") || d.is(t - 1, ":"))) --t;
  if (t == 0 || d.unit(t - 1) != d.unit(open)) return false;
  static const char* const kVerbs[] = {"chant", "chants", "chanted", "chanting", "shout", "shouts", "shouted", "shouting",
                                       "yell", "yells", "yelled", "yelling", "scream", "screams", "screamed", "screaming",
                                       "mouthing", "mouthed"};
  const auto verb = [&](std::size_t k) { return std::find(std::begin(kVerbs), std::end(kVerbs), d.low(k)) != std::end(kVerbs); };
  if (verb(t - 1)) return true;
  if (d.is(t - 1, "of") && t >= 2 && verb(t - 2)) return true;  // "chants of"
  // "chanted back at him, “…”": the verb a few words before the comma.
  if (t == open || !d.is(t, ",")) return false;
  for (std::size_t k = t; k > 0 && t - k < kVoicedGap && d.unit(k - 1) == d.unit(open) && d.word(k - 1);)
    if (verb(--k)) return true;
  return false;
}

// A quote that begins its sentence or follows a colon, a dash or a cue is a whole utterance (direct);
// one inside a clause ("said that Kazakhstan “actively used …”") is mixed.
bool starts_clause(const Doc& d, const Speakers& s, std::size_t open) {
  if (open == 0 || d.unit(open - 1) != d.unit(open)) return true;
  const std::string& w = d.low(open - 1);
  if (w == ":" || w == "(" || w == "\u2014" || w == "\u2013" || w == "-" || w == "\u2026") return true;
  // After a cue only when a sentence starts inside: "He said, “We are ready.”", not "promised “every spring”".
  const bool cue = s.cue_at(open - 1, false) || (w == "," && open >= 2 && s.cue_at(open - 2, false));
  return cue && d.cap(open + 1);
}

// “Pravda”, “State of the Union”: every word but the small ones capitalised, a title or a name.
bool title_case(const Doc& d, Span s) {
  static const char* const kSmall[] = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "by", "with"};
  for (std::size_t t = d.token_from(s.begin); t < d.size() && d.tok(t).end <= s.end; ++t)
    if (d.word(t) && !d.cap(t) && !text::is_digit(d.cps()[d.tok(t).begin]) && std::find(std::begin(kSmall), std::end(kSmall), d.low(t)) == std::end(kSmall)) return false;
  return true;
}

double confidence(const Attribution& a, bool mixed) {
  const bool named = a.speaker && a.speaker->entity >= 0;
  if (a.cue && named) return mixed ? 0.85 : 0.95;
  if (a.cue && a.speaker) return mixed ? 0.75 : 0.8;
  if (a.cue) return mixed ? 0.6 : 0.7;
  return mixed ? 0.55 : 0.6;
}

// The last character inside the marks: "!" of “You lie!”, "," of “We are ready,”.
char32_t last_inside(const Doc& d, Span quote) {
  std::size_t e = quote.end;
  while (e > quote.begin && text::is_quote(d.cps()[e - 1])) --e;
  return e > quote.begin ? d.cps()[e - 1] : 0;
}

std::size_t block_of(const Doc& d, std::size_t pos) {
  const auto& b = d.blocks();
  return static_cast<std::size_t>(std::upper_bound(b.begin(), b.end(), pos, [](std::size_t p, const Span& s) { return p < s.begin; }) -
                                  b.begin());
}

// The sentence before, in the same paragraph, reports someone's words ("…,” the paper's editorial board
// wrote. The piece goes on to slam Sanders’ “political revolution”): a phrase quoted next is likely theirs
// or their subject's, not a scare quote.
bool speech_before(const Doc& d, const Speakers& s, std::size_t open) {
  std::size_t b = open;
  while (b > 0 && d.unit(b - 1) == d.unit(open)) --b;
  if (b == 0 || block_of(d, d.tok(b - 1).begin) != block_of(d, d.tok(open).begin)) return false;
  std::size_t pb = b - 1;
  while (pb > 0 && d.unit(pb - 1) == d.unit(b - 1)) --pb;
  for (std::size_t t = pb; t < b; ++t)
    if (s.cue_at(t, false) && s.subject_of(t)) return true;
  return false;
}

// "by" right after the quote.
bool by_author(const Doc& d, Span quote) {
  const std::size_t after = d.token_from(quote.end);
  return after < d.size() && d.unit(after) == d.unit(after - 1) && d.is(after, "by");
}

// A paragraph that is nothing but a quote in single marks ('A fight from start to finish.'): a subhead
// that borrows words from the story, not a quote of its own.
bool single_mark_subhead(const Doc& d, Span quote) {
  const std::u32string& t = d.cps();
  const bool single = t[quote.begin] == 0x2018 || (t[quote.begin] == '\'' && !(quote.begin + 1 < t.size() && t[quote.begin + 1] == '\''));
  if (!single) return false;
  const std::size_t k = block_of(d, quote.begin);
  if (k == 0) return false;
  const Span b = d.blocks()[k - 1];
  std::size_t e = b.end;
  while (e > quote.end && (text::is_space(t[e - 1]) || t[e - 1] == '.')) --e;
  return b.begin == quote.begin && e == quote.end;
}

// Only list punctuation and "and"/"or" between two quotes of one sentence: “incredibly ugly,” “a huge
// shock” and “a fight from start to finish.”
bool listed_together(const Doc& d, Span first, Span second) {
  const std::size_t from = d.token_from(first.end), to = d.token_from(second.begin);
  if (from >= d.size() || to >= d.size() || d.unit(from - 1) != d.unit(to)) return false;
  for (std::size_t t = from; t < to; ++t)
    if (!(d.is(t, ",") || d.is(t, "and") || d.is(t, "or") || d.is(t, ";"))) return false;
  return true;
}

// Quotes listed together are one speaker's words: a weak one (a phrase that might be a scare quote) next
// to one that is shown takes its confidence and speaker.
void share_with_listed(const Doc& d, std::vector<FoundQuote>& out) {
  const auto share = [](const FoundQuote& from, FoundQuote& to) {
    if (to.confidence >= 0.5 || from.confidence < 0.5) return;
    to.confidence = 0.55;
    if (!to.speaker) to.speaker = from.speaker, to.entity = from.entity;
  };
  for (std::size_t i = 0; i + 1 < out.size(); ++i)
    if (listed_together(d, out[i].span, out[i + 1].span)) share(out[i], out[i + 1]);
  for (std::size_t i = out.size(); i-- > 1;)
    if (listed_together(d, out[i - 1].span, out[i].span)) share(out[i], out[i - 1]);
}

// The quote before is shown, attributed and direct, and its sentence is the one just before this quote.
bool continues_speech(const Doc& d, const std::vector<FoundQuote>& out, Span quote) {
  if (out.empty()) return false;
  const FoundQuote& p = out.back();
  const std::size_t open = d.token_from(quote.begin), close = d.token_from(p.span.end) - 1;
  return p.confidence >= 0.5 && p.kind == QuoteKind::Direct && (p.speaker || p.entity >= 0) && open > 0 &&
         d.unit(open - 1) == d.unit(close);
}

}  // namespace

std::size_t words_in(const Doc& d, Span s) {
  std::size_t n = 0;
  for (std::size_t t = d.token_from(s.begin); t < d.size() && d.tok(t).end <= s.end; ++t) n += d.word(t) ? 1 : 0;
  return n;
}

std::vector<FoundQuote> marked_quotes(const Doc& d, const std::vector<MarkedQuote>& marks, const Speakers& s) {
  std::vector<FoundQuote> out;
  for (const MarkedQuote& m : marks) {
    if (m.depth > 0) continue;  // a quote within a quote belongs to its speaker's words
    // No word inside: marks and nothing else (one a token of its own, or inside a run of marks).
    const std::size_t words = words_in(d, m.span);
    if (words == 0) continue;
    const std::size_t open = d.token_from(m.span.begin);
    // In a headline every word is capitalised: neither title case nor a capital says it is a name
    // ("Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’").
    const bool headline_case = in_headline(d, m.span);
    const bool titled = !headline_case && title_case(d, m.span);
    if (naming_before(d, s, open, titled, words) || single_mark_subhead(d, m.span)) continue;
    // “Chris”, “rapists” after "as" (not "known as", a name no one speaks), “superpredator” after "the
    // term": what someone called a person or a thing is their word for it ("Trump refers to the governor as
    // “Chris”"), even when it reads as a name.
    const bool as_named = after_as(d, open);
    // A crowd's chant or shout is said, whatever its case (chanting “Dump Trump.”).
    const bool chanted = voiced(d, open);
    const bool mixed = !starts_clause(d, s, open);
    // “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a work and its author.
    if (!mixed && last_inside(d, m.span) == ',' && by_author(d, m.span)) continue;
    const Attribution a = s.direct(m.span, mixed);
    const bool capital = !headline_case && d.cap(open + 1);
    const bool headline = speaker_headline(d, open, m.span);
    // “You lie!”, “Mr. D’Souza?”: an exclamation or a question is said by someone, whatever its case.
    const char32_t last = last_inside(d, m.span);
    const bool exclaimed = last == '!' || last == '?';
    // Titles and names in marks (“Pravda”, “State of the Union”), unless a cue says someone spoke them; a
    // longer one in title case after an owner or a maker is a title too (the author of “Those Guys Have All
    // the Fun: Inside the World of ESPN”).
    const bool owned = after_name(d, open);
    // A sentence in marks right after someone's quote (“…,” the president added. “We're America.”):
    // more of their words, whatever its case.
    const bool goes_on = !mixed && last == '.' && continues_speech(d, out, m.span);
    if (!headline && !exclaimed && !as_named && !chanted && !goes_on && titled && (words <= kTitleWords ? (!a.cue || owned) && (capital || words <= kShortQuote) : owned && capital)) continue;
    // “That is unacceptable.” opening its sentence: a short utterance, not a name.
    const bool utterance = exclaimed || chanted || goes_on || (capital && !mixed && !titled && words >= 2 && (last == '.' || last == ','));
    FoundQuote q{m.span, mixed ? QuoteKind::Mixed : QuoteKind::Direct, a.cue, a.speaker,
                 a.speaker ? a.speaker->entity : -1, confidence(a, mixed)};
    if (words <= kShortQuote) {
      // A phrase quoted inside a sentence (“very concerned”) is someone's words when a cue is near
      // ("called it “divisive”"); without one it may be a scare quote: kept, weak (hidden by default). A
      // short capitalised one without a cue is more often a name.
      const bool reported = reported_that(d, open) || owned_speech(d, open);
      // Listed right after a quote that is shown (chanting “We are Orlando” and “Disarm hate.”): not a name.
      const bool listed = !out.empty() && out.back().confidence >= 0.5 && listed_together(d, out.back().span, m.span);
      if (!a.cue && capital && !headline && !utterance && !as_named && !reported && !listed) continue;
      q.confidence = a.cue && a.speaker ? (mixed ? 0.6 : 0.7) : a.cue ? 0.55 : 0.45;
      // Said by someone all the same: in a headline that names its speaker, a chant, after "as", or in a
      // clause that reports someone's words ("his assertion that “thousands” …").
      if (headline || utterance || as_named || reported) q.confidence = std::max(q.confidence, 0.55);
    }
    // No cue of its own (“…,” he said. “…”): the speaker of the quote before, when it is in this
    // paragraph or the last one.
    if (!q.speaker && q.kind == QuoteKind::Direct && !out.empty() && (out.back().speaker || out.back().entity >= 0) &&
        block_of(d, m.span.begin) - block_of(d, out.back().span.begin) <= 1) {
      q.speaker = out.back().speaker;
      q.entity = out.back().entity;
      q.confidence = 0.6;
    }
    // Still nobody: the subject of the quote's sentence, weakly ("Carson calls the plan “rotten”"); a
    // short phrase it blamed, decried or called something is theirs ("blamed it on “knuckleheads”", and
    // with a pronoun subject too: "She also called for more “flexibility”"), as is one right after a
    // sentence that reports speech.
    if (!q.speaker) {
      if (auto sp = s.sentence_subject(m.span)) {
        q.speaker = sp;
        q.entity = sp->entity;
        if (q.confidence < 0.5 && (stance_between(d, *sp, open) || speech_before(d, s, open))) q.confidence = 0.55;
      }
    }
    out.push_back(std::move(q));
  }
  share_with_listed(d, out);
  return out;
}

}  // namespace glossa::suggest
