#pragma once
// What an annotation importer gives back: the annotations, the article when the file carried its text,
// and every problem found (a file with problems is not loaded: nothing is half-imported silently).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/anchor.h"

namespace glossa::formats {

struct ImportOptions {
  // The open article the annotations are for (needed by formats that carry no text; checked against the
  // file's article id by those that do).
  const article::Article* target = nullptr;
  // When the file was made for a different text: find each annotation again by its text and context
  // instead of refusing the file.
  bool reanchor = false;
};

struct Loaded {
  std::vector<std::string> problems;       // what is wrong and where; empty when loaded
  std::vector<std::string> warnings;       // loaded, but worth saying (annotations that could not be re-anchored)
  std::optional<article::Article> article;  // the text came with the file (bundle, brat .txt, Label Studio task)
  annotate::AnnotationSet set;
  std::optional<AnchorReport> anchors;     // when re-anchored
  bool ok() const { return problems.empty(); }
  std::string error() const;               // the problems as one message
};

}  // namespace glossa::formats

namespace glossa::formats {

// Exact text and context of each annotation's span as the file recorded them, for re-anchoring.
struct Anchors {
  std::map<annotate::Id, TextQuote> span;  // mentions, quotes, notes with a span
  std::map<annotate::Id, TextQuote> cue;   // quote cues
};

// Binds l.set to the article it is for: the file's own (l.article) or opts.target. A file made for
// another text is refused, or re-anchored when opts.reanchor (annotations that cannot be found are
// dropped, each named in l.warnings, links to them cleared). Then checks every invariant.
void settle(Loaded& l, const std::string& file_article_id, const Anchors& anchors, const ImportOptions& opts);

}  // namespace glossa::formats
