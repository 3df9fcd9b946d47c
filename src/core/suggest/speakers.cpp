#include "core/suggest/speakers.h"

#include "core/suggest/lexicon.h"

namespace glossa::suggest {

namespace {

// How many tokens around a quote are searched for its cue.
constexpr std::size_t kAfter = 12, kBefore = 40;
// How long an apposition between a speaker and the cue may be.
constexpr std::size_t kApposition = 14;

bool determiner(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" ||
         w == "this" || w == "that" || w == "no";
}

bool sentence_end(const Doc& d, std::size_t t) {
  const std::string& w = d.low(t);
  if (w == "!" || w == "?" || w == ";" || w == "\u2026") return true;
  return w == "." && !(t > 0 && abbreviation(d.low(t - 1)));
}

bool quote_token(const Doc& d, std::size_t t) {
  const std::string& w = d.low(t);
  return w.find('"') != std::string::npos || w == "''" || w.find("\u201C") != std::string::npos || w.find("\u201D") != std::string::npos ||
         w.find("\u00AB") != std::string::npos || w.find("\u00BB") != std::string::npos || w.find("\u201E") != std::string::npos;
}

}  // namespace

std::size_t Speakers::cue_at(std::size_t t, bool weak) const {
  if (t >= d_.size()) return 0;
  const std::string& w = d_.low(t);
  if (w == "according" && d_.is(t + 1, "to")) return 2;
  const Cue c = cue_word(w);
  if (c == Cue::None || (c == Cue::Weak && !weak)) return 0;
  // "the report", "United States", "called for calm": nouns, names and other senses.
  if (t > 0 && determiner(d_.low(t - 1))) return 0;
  if (d_.cap(t) && t > 0 && d_.unit(t - 1) == d_.unit(t) && d_.word(t - 1)) return 0;
  if (w.compare(0, 5, "point") == 0) return d_.is(t + 1, "out") ? 2 : 0;
  if (c == Cue::Weak && (d_.is(t + 1, "for") || d_.is(t + 1, "on") || d_.is(t + 1, "off"))) return 0;
  return 1;
}

std::optional<Speaker> Speakers::role(const Nominal& n) const {
  const Span span{d_.tok(n.first).begin, d_.tok(n.last).end};
  return Speaker{span, n.last, p_.nominal(span.begin, n), Speaker::Kind::Role};
}

std::optional<Speaker> Speakers::speaker_from(std::size_t t) const {
  if (t >= d_.size()) return std::nullopt;
  if (const char g = pronoun_gender(d_.low(t)))
    return Speaker{d_.tok(t), t, p_.pronoun(d_.tok(t).begin, g), Speaker::Kind::Pronoun};
  // Titles and demonyms before a name are not part of the mention: "Russian President Vladimir Putin".
  std::size_t k = t;
  if (d_.is(k, "the") && (m_.at(k + 1) || (d_.cap(k + 1) && title_word(d_.low(k + 1))))) ++k;  // "the Kremlin", "the Rev."
  while (k < d_.size() && !m_.at(k) && d_.cap(k) && (title_word(d_.low(k)) || title_modifier(d_.low(k)) || demonym(d_.low(k)))) {
    ++k;
    if (d_.is(k, ".")) ++k;
  }
  if (const Mention* x = m_.at(k); x && x->first == k && x->type == "PERSON")
    return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
  if (const Mention* x = m_.at(k); x && x->first == k && x->type == "ORG") {
    // "the Kremlin spokesman Dmitry Peskov": the person; "the Kremlin spokesman": the role.
    std::size_t r = x->last + 1;
    while (r < d_.size() && (role_word(d_.low(r)) || title_modifier(d_.low(r)))) ++r;
    if (r == x->last + 1) return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
    if (const Mention* y = m_.at(r); y && y->first == r && y->type == "PERSON")
      return Speaker{y->span, y->last, y->entity, Speaker::Kind::Name};
    return Speaker{Span{d_.tok(t).begin, d_.tok(r - 1).end}, r - 1, -1, Speaker::Kind::Role};
  }
  if (auto n = nominal_from(d_, t)) {
    // "the Russian president Vladimir Putin said": the name is the speaker.
    if (const Mention* x = m_.at(n->last + 1); x && x->first == n->last + 1 && x->type == "PERSON")
      return Speaker{x->span, x->last, x->entity, Speaker::Kind::Name};
    return role(*n);
  }
  return std::nullopt;
}

std::optional<Speaker> Speakers::speaker_to(std::size_t last) const {
  if (last >= d_.size()) return std::nullopt;
  if (const char g = pronoun_gender(d_.low(last)))
    return Speaker{d_.tok(last), last, p_.pronoun(d_.tok(last).begin, g), Speaker::Kind::Pronoun};
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
  std::size_t t = cue;
  for (int skip = 0; skip <= 2 && t > 0 && d_.unit(t - 1) == d_.unit(cue); ++skip) {
    if (auto s = speaker_to(t - 1)) return s;
    if (!cue_filler(d_.low(t - 1))) break;
    --t;
  }
  // An apposition between the speaker and the cue: "Jean-Marc Ayrault, the foreign minister, said".
  if (t > 0 && (d_.is(t - 1, ",") || d_.is(t - 1, ")"))) {
    const char* open = d_.is(t - 1, ",") ? "," : "(";
    for (std::size_t k = t - 1; k > 0 && t - k < kApposition && d_.unit(k - 1) == d_.unit(cue);) {
      --k;
      if (quote_token(d_, k) || sentence_end(d_, k)) break;
      if (d_.is(k, open)) return k > 0 ? speaker_to(k - 1) : std::nullopt;
    }
  }
  return std::nullopt;
}

Attribution Speakers::after(Span quote) const {
  const std::size_t close = d_.token_from(quote.end) - 1;  // the closing mark
  std::size_t k = close + 1;
  const auto inside = [&](std::size_t t) { return t < d_.size() && t - close <= kAfter && d_.unit(t) == d_.unit(close); };
  while (inside(k) && !d_.word(k) && !sentence_end(d_, k) && !quote_token(d_, k)) ++k;  // , — –
  if (!inside(k) || !d_.word(k)) return {};
  if (const std::size_t n = cue_at(k, false)) {  // inverted: "said Vladimir Putin", "according to him"
    const Span cue{d_.tok(k).begin, d_.tok(k + n - 1).end};
    return {cue, listener_cue(d_.low(k)) ? std::nullopt : speaker_from(k + n)};
  }
  const auto s = speaker_from(k);
  if (!s) return {};
  std::size_t c = s->last + 1;
  for (int skip = 0; skip < 2 && inside(c) && cue_filler(d_.low(c)); ++skip) ++c;
  if (!inside(c)) return {};
  if (const std::size_t n = cue_at(c, false)) return {Span{d_.tok(c).begin, d_.tok(c + n - 1).end}, s};
  // "Mr. Morgan of the Sierra Club said", "Ayrault, the foreign minister of France, said".
  if (d_.is(c, ",") || d_.is(c, "(") || d_.is(c, "of") || d_.is(c, "from") || d_.is(c, "at")) {
    for (std::size_t e = c + 1; e < d_.size() && e - c < kApposition && d_.unit(e) == d_.unit(close); ++e) {
      if (quote_token(d_, e) || sentence_end(d_, e)) break;
      if (const std::size_t n = cue_at(e, false)) return {Span{d_.tok(e).begin, d_.tok(e + n - 1).end}, s};
    }
  }
  return {};
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
    Attribution a{cue, d_.is(t, "according") ? speaker_from(t + 2) : subject_of(t)};
    if (!nearest.cue) nearest.cue = cue;
    if (a.speaker) return nearest.cue == cue ? a : Attribution{nearest.cue, a.speaker};
  }
  return nearest;
}

Attribution Speakers::direct(Span quote, bool mixed) const {
  const Attribution first = mixed ? before(quote, true) : after(quote);
  if (first.speaker) return first;
  const Attribution second = mixed ? after(quote) : before(quote, false);
  if (second.speaker) return second;
  return first.cue ? first : second;
}

std::optional<Speaker> Speakers::sentence_subject(Span quote) const {
  // The first person, organisation, role or pronoun of the sentence before the quote, outside other
  // quotes: "The BLM group is calling on Hillary Clinton to “stop …”" -> "the BLM group" would need a
  // head noun; "Carson, asked about it, replied “…”" -> "Carson".
  const std::size_t open = d_.token_from(quote.begin);
  std::size_t b = open;
  while (b > 0 && d_.unit(b - 1) == d_.unit(open)) --b;
  bool quoted = false;
  for (std::size_t t = b; t < open; ++t) {
    if (quote_token(d_, t)) quoted = !quoted;
    if (quoted || !d_.word(t)) continue;
    if (auto sp = speaker_from(t)) {
      if (sp->kind == Speaker::Kind::Name && sp->entity >= 0 && m_.entities[static_cast<std::size_t>(sp->entity)].type != "PERSON" &&
          m_.entities[static_cast<std::size_t>(sp->entity)].type != "ORG")
        continue;  // a place or a date
      return sp;
    }
  }
  return std::nullopt;
}

}  // namespace glossa::suggest
