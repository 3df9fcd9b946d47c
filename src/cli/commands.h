#pragma once
#include <cstdint>
#include <functional>

#include "core/article/article.h"
// The subcommands of `glossa`, each writing to the given streams and returning the exit status.
#include <ostream>
#include <string>
#include <vector>

#include "cli/documents.h"

namespace glossa::cli {

// No file larger than this is read: no reader takes one (the Glossa format refuses 4 GB, articles stop at
// kMaxFileBytes), and a pipe that never ends must not take the machine's memory.
inline constexpr std::uint64_t kMaxReadBytes = std::uint64_t{4} << 30;

// Reads a whole file (a path, or a pipe such as /dev/stdin); on failure returns false with the reason in
// why: strerror, "it is a folder", larger than kMaxReadBytes, not enough memory.
bool read_whole_file(const std::string& path, std::string& bytes, std::string& why);

// One JSON object per article on out; problems on err as "glossa: FILE: reason". Exit 1 if any file failed.
// Reads each file as articles and calls each for every one; a file that cannot be read is said on err
// (with its warnings) and makes the result 1. A folder stands for the article files in it (article_files.h);
// annotation files found there are left out, with one line on err that says how many.
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
