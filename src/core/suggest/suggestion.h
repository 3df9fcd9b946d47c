#pragma once
// Rule-based suggestions (issue 7): quotes with their cue and speaker, and the entity mentions speakers
// need. Suggestions are never annotations until a person accepts them (DESIGN.md). Offsets are code
// points into Article::text, half-open.
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"

namespace glossa::suggest {

using article::Span;
using annotate::QuoteKind;

struct QuoteSuggestion {
  Span span;                     // direct/mixed: with its quote marks; indirect: the reported clause
  QuoteKind kind = QuoteKind::Direct;
  std::optional<Span> cue;       // "said", "according to"
  std::optional<Span> speaker;   // the mention next to the cue: a name, "the Russian leader", "he"
  std::string speaker_entity;    // the entity the speaker refers to ("Vladimir Putin"), or ""
  double confidence = 0;         // 0..1; the UI may hide the weak ones
};

struct EntitySuggestion {
  Span span;
  std::string type;    // "PERSON", "ORG", "LOC", "GPE", "DATE"
  std::string entity;  // canonical name the mention joins ("Vladimir Putin" for "Putin"), or ""
  double confidence = 0;
};

struct Suggestions {
  std::vector<QuoteSuggestion> quotes;     // in text order
  std::vector<EntitySuggestion> entities;  // in text order
  std::vector<std::string> flags;          // what was not guessed: "unbalanced quote mark “ at 123 (never closed)"
};

// Every suggestion for the article; linear in its length (a 1 MB article well under a second).
Suggestions suggest(const article::Article& a);

}  // namespace glossa::suggest
