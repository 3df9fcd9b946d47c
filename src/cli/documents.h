#pragma once
// Loading the command line's input files as documents (an article with its annotations): brat .ann files
// find their .txt next to them, files without text are bound to the --article given (or to the first
// input that carries text, so `glossa agree bundle.glossa.json colleague.jsonld` needs nothing else).
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/formats/loaded.h"

namespace glossa::cli {

struct InputOptions {
  std::string article_path;  // --article: the text annotation-only files are bound to
  bool reanchor = false;     // --reanchor: find annotations made for another text by their text and context
};

struct LoadedFile {
  std::string kind;  // what formats::detect_file_kind called it: "article", "bundle", "brat", ...
  std::vector<formats::Loaded> docs;
};

class DocumentLoader {
 public:
  explicit DocumentLoader(InputOptions opts) : opts_(std::move(opts)) {}

  // Reads --article when given; false (with the message on err) when it cannot be read.
  bool prepare(std::ostream& err);
  // Every document in path; problems go to the documents (Loaded::problems), unreadable files to err.
  std::optional<LoadedFile> load(const std::string& path, std::ostream& err);
  // The article documents are bound to: --article, or the first loaded document that carried its text.
  const article::Article* article() const { return article_ ? &*article_ : nullptr; }

 private:
  InputOptions opts_;
  std::optional<article::Article> article_;
};

// The article a loaded document's annotations are bound to.
const article::Article* article_of(const formats::Loaded& l, const DocumentLoader& loader);

// "5 mentions, 1 entity, 2 quotes, 2 notes"
std::string counts(const annotate::AnnotationSet& s);

// Writes bytes to path; false with the reason on err.
bool write_file(const std::string& path, const std::string& bytes, std::ostream& err);

}  // namespace glossa::cli
