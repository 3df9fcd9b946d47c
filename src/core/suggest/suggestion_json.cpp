#include "core/suggest/suggestion_json.h"

#include <cmath>

namespace glossa::suggest {

namespace {

using nlohmann::ordered_json;

ordered_json span_json(const article::Article& a, Span s, bool with_text) {
  ordered_json j{{"begin", s.begin}, {"end", s.end}};
  if (with_text) j["text"] = std::string(a.text.slice(s.begin, s.end));
  return j;
}

double rounded(double x) { return std::round(x * 100) / 100; }

}  // namespace

ordered_json suggestions_to_json(const article::Article& a, const Suggestions& s) {
  ordered_json quotes = ordered_json::array();
  for (const QuoteSuggestion& q : s.quotes) {
    ordered_json j = span_json(a, q.span, true);
    j["kind"] = annotate::to_string(q.kind);
    j["cue"] = q.cue ? span_json(a, *q.cue, false) : ordered_json(nullptr);
    j["speaker"] = q.speaker ? span_json(a, *q.speaker, true) : ordered_json(nullptr);
    j["speaker_entity"] = q.speaker_entity.empty() ? ordered_json(nullptr) : ordered_json(q.speaker_entity);
    j["confidence"] = rounded(q.confidence);
    quotes.push_back(std::move(j));
  }
  ordered_json entities = ordered_json::array();
  for (const EntitySuggestion& e : s.entities) {
    ordered_json j = span_json(a, e.span, true);
    j["type"] = e.type;
    j["entity"] = e.entity.empty() ? ordered_json(nullptr) : ordered_json(e.entity);
    j["confidence"] = rounded(e.confidence);
    entities.push_back(std::move(j));
  }
  return ordered_json{{"source", a.source}, {"id", a.id}, {"quotes", std::move(quotes)},
                      {"entities", std::move(entities)}, {"flags", s.flags}};
}

}  // namespace glossa::suggest
