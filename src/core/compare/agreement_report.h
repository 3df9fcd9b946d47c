#pragma once
// Agreement for people (a plain-text table for a report) and for machines (JSON).
#include <string>

#include <nlohmann/json.hpp>

#include "core/compare/agreement.h"

namespace glossa::compare {

// Aligned columns: type, a, b, exact matched/P/R/F1, overlap matched/P/R/F1, a row per mention type,
// "all mentions", a row per quote kind, "all quotes"; then the two kappa lines and speaker agreement.
// A refused comparison gives its error on one line.
std::string agreement_table(const Agreement& g);

// {"article", "reference": "a", "mentions": {"types": [...], "all": {...}}, "quotes": {"kinds": [...],
// "all": {...}}, "kappa": {"tokens": {...}, "in_quote": {...}}, "speakers": {...}}, or {"error": "..."}.
// Never throws on any Agreement.
nlohmann::ordered_json agreement_json(const Agreement& g);

}  // namespace glossa::compare
