#include "cli/article_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/article/reader.h"

namespace glossa::cli {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// The folder's article files, sorted; false (with why, and what was found before) when it cannot be listed.
bool list_folder(const std::string& dir, std::vector<std::string>& found, std::string& why) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    if (hidden(e.path())) {
      if (e.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (e.is_regular_file(ec) && article::article_extension(e.path().string())) found.push_back(e.path().string());
  }
  std::sort(found.begin(), found.end());
  if (ec) why = ec.message();
  return !ec;
}

}  // namespace

std::vector<ArticleFile> article_files(const std::vector<std::string>& args, std::ostream& err, int& status) {
  std::vector<ArticleFile> out;
  for (const std::string& a : args) {
    std::error_code ec;
    if (!fs::is_directory(a, ec)) {
      out.push_back({a, false});  // a file, or a name that is not there: reading it says why
      continue;
    }
    std::vector<std::string> found;
    std::string why;
    if (!list_folder(a, found, why)) {
      err << "glossa: " << a << ": cannot list the folder (" << why << ")\n";
      status = 1;
    } else if (found.empty()) {
      err << "glossa: " << a << ": the folder holds no article files (.txt, .md, .html, .json, .jsonl)\n";
      status = 1;
    }
    for (std::string& f : found) out.push_back({std::move(f), true});
  }
  return out;
}

}  // namespace glossa::cli
