#pragma once
#include <functional>

#include "core/article/article.h"
// The subcommands of `glossa`, each writing to the given streams and returning the exit status.
#include <ostream>
#include <string>
#include <vector>

#include "cli/documents.h"

namespace glossa::cli {

// Reads a whole file; on failure returns false with the reason (strerror) in why.
bool read_whole_file(const std::string& path, std::string& bytes, std::string& why);

// One JSON object per article on out; problems on err as "glossa: FILE: reason". Exit 1 if any file failed.
// Reads each file as articles and calls each for every one; a file that cannot be read is said on err
// (with its warnings) and makes the result 1.
int for_each_article(const std::vector<std::string>& files, std::ostream& err,
                     const std::function<void(const article::Article&)>& each);
int run_parse(const std::vector<std::string>& files, std::ostream& out, std::ostream& err);

// Suggested quotes (with cue, speaker and its entity) and entity mentions per article, one JSON object per
// line; problems as run_parse. Exit 1 if any file failed.
int run_suggest(const std::vector<std::string>& files, std::ostream& out, std::ostream& err);

struct ConvertArgs {
  std::string in, to, out;  // out "": standard output
  std::size_t record = 0;   // 1-based article of a file with several (JSON Lines, Label Studio tasks); 0: the only one
  InputOptions input;
};
// Exit 0 written, 1 the input could not be read or written, 2 unknown format.
int run_convert(const ConvertArgs& args, std::ostream& out, std::ostream& err);

// A line per file (and per article of a file with several): valid with counts, or each problem. Exit 1 if
// any file is invalid.
int run_validate(const std::vector<std::string>& files, const InputOptions& input, std::ostream& out, std::ostream& err);

struct MergeArgs {
  std::string a, b, out;
  std::string to = "bundle";  // the merged file's format
  std::string prefer = "a";   // how conflicts are settled: a, b or both
  InputOptions input;
};
// Writes the merge and lists every conflict with how it was settled. Exit 0 merged, 1 not, 2 usage.
int run_merge(const MergeArgs& args, std::ostream& out, std::ostream& err);

struct AgreeArgs {
  std::string a, b;
  bool json = false;
  InputOptions input;
};
// Agreement of b with a (the reference): a table, or JSON. Exit 0 compared, 1 not.
int run_agree(const AgreeArgs& args, std::ostream& out, std::ostream& err);

}  // namespace glossa::cli
