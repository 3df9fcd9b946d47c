#pragma once
// A colleague's annotations brought into an open document: replace them, merge them (conflicts settled one
// by one), or compare (the agreement table, and the places the two differ marked in the text).
// "a" is always the document's own annotations, "b" the file's.
#include <cstdint>
#include <string>
#include <vector>

#include "core/compare/agreement.h"
#include "core/compare/differences.h"
#include "core/compare/merge.h"

namespace glossa::app {

class App;
class Document;

// Annotations read from a file for a document that has annotations of its own: the person chooses.
struct PendingImport {
  std::string name;            // the file
  std::uint64_t document = 0;  // Document::serial
  annotate::AnnotationSet set;
  std::string warning;         // what the reader had to say, or ""
};

// Merging conflict by conflict.
struct MergeSession {
  std::string name;
  compare::MergePlan plan;
  std::vector<compare::Choice> choices;  // one per conflict settled so far
  std::size_t at = 0;                    // the conflict shown
};

// The document's annotations compared with a file's.
struct Comparison {
  std::string name;
  annotate::AnnotationSet theirs;
  compare::Agreement agreement;
  std::vector<compare::Difference> differences;
  int at = -1;                                  // the difference shown, or -1
  std::uint64_t version = ~std::uint64_t{0};    // the editor's version it was computed for
};

// Replaces the document's annotations with set, as one undo step.
void replace_annotations(Document& d, annotate::AnnotationSet set, const std::string& name);
// Merges set into the document: at once when nothing conflicts, else d.merging holds the conflicts to settle.
void start_merge(Document& d, const annotate::AnnotationSet& set, const std::string& name);
// Applies the merge with the choices made; conflicts not reached keep a's version. One undo step.
void finish_merge(Document& d);
void start_compare(Document& d, annotate::AnnotationSet set, const std::string& name);
// Computes the comparison again when the document's annotations changed since.
void refresh_comparison(Document& d);
// The difference (or conflict) at index i comes into view.
void reveal_difference(Document& d, int i);

}  // namespace glossa::app
