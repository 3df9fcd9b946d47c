#pragma once
// Speaker attribution: the cue next to a quote (before it, after it, or inverted: "said Vladimir Putin"),
// the speaker mention by the cue (a name, title + name, "the Russian leader", "he"), and the entity it
// refers to.
#include <cstddef>
#include <optional>

#include "core/suggest/references.h"

namespace glossa::suggest {

struct Speaker {
  enum class Kind { Name, Role, Pronoun };
  Span span;
  std::size_t last = 0;  // its last token
  int entity = -1;       // index into Mentions::entities, or -1
  Kind kind = Kind::Name;
};

struct Attribution {
  std::optional<Span> cue;
  std::optional<Speaker> speaker;
};

class Speakers {
 public:
  Speakers(const Doc& d, const Mentions& m, const People& p) : d_(d), m_(m), p_(p) {}

  // A quote (marks included): the words after it in its sentence, then those before it; for a quote
  // inside a clause (mixed) the words before it first, where weak cues ("called it") count too.
  Attribution direct(Span quote, bool mixed) const;
  // Without a cue: the sentence's first speaker-like mention before the quote (its likely subject).
  std::optional<Speaker> sentence_subject(Span quote) const;

  // Tokens of a cue at t ("said" 1, "according to" 2, "pointed out" 2), or 0.
  std::size_t cue_at(std::size_t t, bool weak) const;
  // The subject of the cue at token cue: the speaker that ends right before it ("Putin also said").
  std::optional<Speaker> subject_of(std::size_t cue) const;
  // A speaker that starts at token t ("Vladimir Putin", "President Putin", "the Russian leader", "he").
  // loose: also a name a few words on ("Senate minority leader Harry Reid") or any noun phrase that starts
  // with a determiner ("the gambling tycoon"): right after an inverted cue, where nothing else can stand.
  std::optional<Speaker> speaker_from(std::size_t t, bool loose = false) const;

 private:
  std::optional<Speaker> speaker_to(std::size_t last) const;
  std::optional<Speaker> phrase_to(std::size_t last) const;
  std::optional<Speaker> clause_subject(std::size_t from, std::size_t to) const;
  Attribution introduced(std::size_t open) const;
  bool runs_on(Span quote) const;
  Attribution after(Span quote) const;
  Attribution before(Span quote, bool weak) const;
  std::optional<Speaker> role(const Nominal& n) const;
  int pronoun(std::size_t t, char gender) const;  // the entity of the pronoun at token t, or -1

  const Doc& d_;
  const Mentions& m_;
  const People& p_;
};

}  // namespace glossa::suggest
