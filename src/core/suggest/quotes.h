#pragma once
// Quotes found by the rules, before their speakers are named: quotes in marks (direct, or mixed when
// they are part of a clause), and reported speech (indirect).
#include <optional>
#include <vector>

#include "core/annotate/model.h"
#include "core/suggest/quote_marks.h"
#include "core/suggest/speakers.h"

namespace glossa::suggest {

struct FoundQuote {
  Span span;
  annotate::QuoteKind kind = annotate::QuoteKind::Direct;
  std::optional<Span> cue;
  std::optional<Speaker> speaker;
  int entity = -1;  // the speaker's entity (also when it is carried over from the quote before)
  double confidence = 0;
};

// Word tokens inside a span.
std::size_t words_in(const Doc& d, Span s);

// Quotes in marks that read as speech. Scare quotes, titles and nicknames (a few words after "so-called",
// "the newspaper", "known as", or without any cue) are left out or kept weak; a short phrase is someone's
// words when a cue, a verb of stance or chanting, "as", "the term", a reported clause ("his claim that"),
// a sentence of speech just before, or a quote listed with it says so. A quote with no cue of its own
// takes the speaker of the quote just before it in the same or the previous paragraph.
std::vector<FoundQuote> marked_quotes(const Doc& d, const std::vector<MarkedQuote>& marks, const Speakers& s);

// "<speaker> <cue> that …", "<speaker> emphasized the …", "According to <speaker>, …": the reported
// clause up to the end of the sentence. Sentences whose clause holds a quote in marks are left to it.
std::vector<FoundQuote> indirect_quotes(const Doc& d, const Speakers& s, const std::vector<FoundQuote>& marked);

}  // namespace glossa::suggest
