#pragma once
// How far two annotators agree on one article, with a (the first) as the reference and b scored
// against it — the figures a team lead puts in a report. Rendered by agreement_report.h.
//
// Spans: mentions and quotes are compared by their covering spans (fragments are not compared).
//  - exact: the same span (and type or kind), one to one;
//  - overlap: overlapping spans (and type or kind), one to one, paired greedily by the largest overlap
//    (see span_match.h), so one span never matches twice.
// precision = matched / b, recall = matched / a, F1 their harmonic mean. A zero denominator gives 0,
// except when neither set has any such annotation: nothing to find and nothing found is full agreement (1).
//
// Tokens (words.h) get a label per set for Cohen's kappa: the type of the outermost mention over the
// token (the first in text order: the earliest begin, then the longest), or "O"; and, separately, "Q" when
// the token is in a quote, else "O".
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/compare/kappa.h"

namespace glossa::compare {

struct Scores {
  std::size_t matched = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct Row {
  std::string label;          // a mention type ("PERSON"), a quote kind ("direct"), "all mentions", "all quotes"
  std::size_t a = 0, b = 0;   // annotations in a and b
  Scores exact, overlap;
};

// Quotes paired by overlap (any kind) and the speakers they were given.
struct SpeakerAgreement {
  std::size_t compared = 0;  // pairs where both quotes have a speaker
  std::size_t agreed = 0;    // of those: the speaker mentions overlap, or their entities have the same name
  double share = 1;          // agreed / compared; 1 when nothing was compared
  std::size_t only_a = 0;    // pairs where only a's quote has a speaker
  std::size_t only_b = 0;    // pairs where only b's quote has a speaker
  std::size_t neither = 0;   // pairs where neither has one
};

struct Agreement {
  std::string error;       // refused (a set is of another article); then nothing else is set
  std::string article_id;
  // Mention types either set uses: in the order of a's type set, then b's, then any other by name.
  std::vector<Row> mention_types;
  Row mentions;  // "all mentions": micro-averaged (the counts of every type added up)
  // Quote kinds either set uses (direct, indirect, mixed), matched with the kind.
  std::vector<Row> quote_kinds;
  Row quotes;  // "all quotes": matched by span alone, whatever the kind
  Kappa tokens;    // word tokens labelled with the outermost mention's type or O
  Kappa in_quote;  // word tokens labelled Q (in a quote) or O
  SpeakerAgreement speakers;
  bool ok() const { return error.empty(); }
};

// b scored against a on article. Refused when either set is not of article (id or text length differ).
Agreement agree(const article::Article& article, const annotate::AnnotationSet& a, const annotate::AnnotationSet& b);

// Precision, recall and F1 from counts, as described above.
Scores scores(std::size_t matched, std::size_t a, std::size_t b);

}  // namespace glossa::compare
