#pragma once
// Suggestions for one document (core/suggest): what is still to decide, accepting (they become ordinary
// annotations with origin "suggested", each acceptance one undo step) and rejecting. A decision on a text
// follows it: rejecting "Putin" as a PERSON rejects its other occurrences too, accepting one accepts them.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/suggest/suggestion.h"

namespace glossa::app {

class Document;

struct SuggestionItem {
  bool quote = false;       // a quote (with its cue and speaker), else an entity mention
  std::size_t index = 0;    // into Suggestions::quotes or ::entities
  article::Span span;
  std::string kind;         // "quote" or the entity type ("PERSON")
  std::string text;         // the span's text, one line
  double confidence = 0;
  enum class State { Open, Accepted, Rejected } state = State::Open;
};

// What a person decided about a document's suggestions, kept with the document (and saved with the
// workspace): every rejected text, so that suggesting again (or after a reload) never brings one back.
struct SuggestionMemory {
  using Rejection = std::tuple<bool, std::string, std::string>;  // quote?, kind, text (as SuggestionItem)
  std::set<Rejection> rejected;
  bool show_when_current = false;  // restored as shown: suggest again when the document is next shown
  float min_confidence = 0.5f;     // the slider, until suggestions are shown again
  std::uint64_t changes = 0;       // counts decisions, for the saving of the workspace
};

// Suggestions shown before a reload are shown again by themselves up to this many code points (about a
// second's work in the browser); a longer article waits for the person to ask (suggest runs in the frame).
constexpr std::size_t kRestoreSuggestMax = 1'500'000;

struct SuggestionState {
  suggest::Suggestions all;
  std::vector<SuggestionItem> items;  // quotes, then entities, each in text order
  int current = -1;                   // the item shown (Enter/A accepts, X rejects), or -1
  float min_confidence = 0.5f;        // weaker ones are hidden (pronouns and roles as persons are 0.4)
  std::uint64_t version = 0;          // the editor's version when open items were last checked
  std::set<std::string> followed;     // texts marked by hand whose other occurrences are suggested already
  bool visible(const SuggestionItem& i) const { return i.state == SuggestionItem::State::Open && i.confidence >= min_confidence; }
};

// What is saved of d's suggestions ({"suggestions": {"shown", "min_confidence", "rejected"}}), or null when
// there is nothing to keep; and its reading back (anything malformed is left out, never fatal).
nlohmann::ordered_json suggestion_memory_json(const Document& d);
void restore_suggestion_memory(Document& d, const nlohmann::ordered_json& j);

// Computes the suggestions for d (again), leaving out what is already annotated. restoring: showing them
// again after a reload, silently (nothing new to save or say).
void run_suggestions(Document& d, bool restoring = false);
// Drops from the open items what the person has marked since (called each frame; cheap when nothing changed).
void refresh_suggestions(Document& d);
void accept_suggestion(Document& d, int item);
void reject_suggestion(Document& d, int item);
// Every open, visible item of that kind ("quote", "PERSON", ...) accepted as one undo step.
void accept_all_of_kind(Document& d, const std::string& kind);
// The next open, visible item after the current one (dir -1: before), shown in the text.
void step_suggestion(Document& d, int dir);
// The open, visible item covering cp (the innermost), or -1.
int suggestion_at(const Document& d, std::size_t cp);

}  // namespace glossa::app
