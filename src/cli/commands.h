#pragma once
// The subcommands of `glossa`, each writing to the given streams and returning the exit status.
#include <ostream>
#include <string>
#include <vector>

namespace glossa::cli {

// Reads a whole file; on failure returns false with the reason (strerror) in why.
bool read_whole_file(const std::string& path, std::string& bytes, std::string& why);

// One JSON object per article on out; problems on err as "glossa: FILE: reason". Exit 1 if any file failed.
int run_parse(const std::vector<std::string>& files, std::ostream& out, std::ostream& err);

}  // namespace glossa::cli
