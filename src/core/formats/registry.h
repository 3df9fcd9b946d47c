#pragma once
// Every file format in one table, for the command-line tool and the app: which formats exist, which can be
// read and written, what a file is (sniffed from its name and first bytes), and one call to read or write
// any of them. A "document" is an article with its annotations.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

struct FormatInfo {
  std::string name;         // "glossa", "bundle", "w3c", "brat", "label-studio", "conll", "spacy", "csv"
  std::string suffix;       // file name ending: ".glossa.json", ".ann", ...
  std::string description;  // one line, for --help and menus
  bool reads = false;
  bool writes = false;
};

const std::vector<FormatInfo>& all_formats();
const FormatInfo* find_format(const std::string& name);
// "glossa, bundle, w3c, ..." of the formats that write (or read).
std::string format_names(bool writable);

struct OutputFile {
  std::string suffix;   // appended to the article's base name: ".ann", ".txt", ".conll"
  std::string content;
};
struct Exported {
  std::string error;                  // unknown or read-only format
  std::vector<OutputFile> files;      // brat gives two (.txt and .ann); the others one
  std::vector<std::string> warnings;  // what the format could not represent
  bool ok() const { return error.empty(); }
};
Exported export_document(const std::string& format, const article::Article& a, const annotate::AnnotationSet& s);

// What a file holds: an annotation format's name, "workspace" (documents with their articles, as File >
// Export all documents writes them), or "article" (text, Markdown, HTML, JSON articles). Reads the first
// 4 KB, and further only for Label Studio tasks, whose "annotations" come after the whole text.
std::string detect_file_kind(const std::string& name, std::string_view bytes);

// Reads a file of any kind into documents: an article file gives each article with no annotations; an
// annotation file gives its annotations bound to the article it carries (bundle, brat with its .txt, Label
// Studio tasks) or to opts.target. companion_txt is a brat .ann's .txt when known.
std::vector<Loaded> load_documents(std::string_view bytes, const std::string& name, const ImportOptions& opts,
                                   std::optional<std::string_view> companion_txt = std::nullopt);

// Files opened together: a brat .ann goes with the .txt of the same name (brat keeps them side by side).
// For each file, the index of its .txt among names, or npos (not a .ann, or no such .txt).
std::vector<std::size_t> brat_companions(const std::vector<std::string>& names);

// "PMID-123.ann" -> "PMID-123", "a.glossa.json" -> "a", "dir/x.txt" -> "dir/x": the name to put a suffix on.
std::string base_name(const std::string& path);

}  // namespace glossa::formats
