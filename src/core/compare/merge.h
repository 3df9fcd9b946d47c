#pragma once
// Merging the annotations two people made of the same article (DESIGN.md: "files from colleagues that
// import, merge and compare").
//
// The merge is the union of both sets. What both marked the same way appears once; what they marked
// differently is a conflict a person settles (take a's, take b's, or keep both); by default a's wins.
//
// Same:
//  - mentions: same span and type (one to one, so a set's own duplicates stay);
//  - quotes: same span and kind, and the cues and speakers (compared by the speaker mention's span) agree,
//    where a missing cue or speaker agrees with any: the merged quote then has the one that was given.
// Conflicts (of annotations not already paired as the same, paired one to one in this order):
//  - Type: mentions with the same span and different types;
//  - Kind / Speaker / Cue: quotes with the same span that differ in those (one conflict lists all);
//  - Boundary: overlapping, unequal spans of the same mention type or quote kind, paired greedily by the
//    largest overlap. Speakers or cues that also differ are listed with it.
// Everything else of either set is kept.
//
// Ids: every annotation of a keeps its id; what comes only from b gets a new id that clashes with none of
// a's. Settling a conflict with TakeB puts b's version under a's id. Links follow: a mention's entity, a
// quote's speaker, a note's target point at the merged annotation that stands for the one they pointed at.
// Entities: when two mentions become one (the same, or a boundary conflict settled as TakeA/TakeB) their
// entities become one, named as a's (the first of a's by position when several join). A mention
// settled in a type conflict keeps the entity of the side that won; an entity left with no mention is
// dropped and notes on it move to the mention that replaced its mention.
// Notes of both are kept; a note of b with the same text, target and span as one already kept is dropped.
// Provenance stays that of the version kept. Foreign records (brat) are the union, a's first.
#include <map>
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/compare/conflict.h"

namespace glossa::compare {

struct MergeOptions {
  // When given, descriptions quote the article's text (“Kazakhstan”) and the sets must be of it.
  const article::Article* article = nullptr;
  // How merge() settles every conflict.
  Choice choice = Choice::TakeA;
};

// Two sets compared, before anything is decided. Holds copies of both sets, so it stays valid while a
// person goes through the conflicts one by one.
struct MergePlan {
  std::string error;                // refused (sets of different articles, an invalid set); then nothing else is set
  std::vector<Conflict> conflicts;  // in text order
  std::size_t same_mentions = 0;    // pairs that are the same (they appear once in the merge)
  std::size_t same_quotes = 0;
  bool ok() const { return error.empty(); }

  // For resolve(): the sets, and which annotation of a goes with which of b (conflict: its index in
  // conflicts, or kSame).
  static constexpr std::size_t kSame = static_cast<std::size_t>(-1);
  struct Pairing {
    annotate::Id a, b;
    std::size_t conflict = kSame;
  };
  annotate::AnnotationSet a, b;
  std::vector<Pairing> mentions, quotes;
};

struct MergeResult {
  std::string error;  // refused, or (never expected) the merged set failed its checks
  annotate::AnnotationSet set;
  std::vector<Conflict> conflicts;
  std::vector<Choice> choices;  // how each conflict was settled
  // Where each annotation of a and of b went in the merged set. An annotation that became one with
  // another maps to that one; an entity dropped for lack of mentions is not in the map.
  std::map<annotate::Id, annotate::Id> from_a, from_b;
  // What a person may want to know besides the conflicts ("entities e1 “Putin” and e4 “Vladimir Putin” of a
  // are one entity in the merge: b groups their mentions").
  std::vector<std::string> remarks;
  bool ok() const { return error.empty(); }
};

// Compares a and b. Refused when they are of different articles (ids or text lengths differ), when
// options.article is given and is another article, or when either set has problems().
MergePlan plan_merge(const annotate::AnnotationSet& a, const annotate::AnnotationSet& b, const MergeOptions& options = {});

// The merged set, conflict i settled by choices[i] (TakeA for those choices does not reach).
MergeResult resolve(const MergePlan& plan, const std::vector<Choice>& choices = {});

// plan_merge, then resolve with options.choice for every conflict.
MergeResult merge(const annotate::AnnotationSet& a, const annotate::AnnotationSet& b, const MergeOptions& options = {});

}  // namespace glossa::compare
