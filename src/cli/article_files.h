#pragma once
// The article files `glossa parse` and `glossa suggest` are given: a file as it is named, a folder as the
// article files in it and in its subfolders (batch work on a folder of articles).
#include <ostream>
#include <string>
#include <vector>

namespace glossa::cli {

struct ArticleFile {
  std::string path;
  bool in_folder = false;  // found in a folder: left out when it turns out to hold annotations, not an article
};

// Each argument that is a folder becomes the files in it and its subfolders whose extension names an
// article format (article::article_extension; names starting with "." left out), in name order so that two
// runs print the same; any other argument is kept as given. A folder that cannot be listed, or that holds
// no article file, is said on err ("glossa: DIR: reason") and sets status to 1.
std::vector<ArticleFile> article_files(const std::vector<std::string>& args, std::ostream& err, int& status);

}  // namespace glossa::cli
