// `glossa suggest FILE...`: the suggestions for each article, one JSON object per line, with code point
// offsets into the same normalized text `glossa parse` prints.
#include "cli/commands.h"
#include "core/article/reader.h"
#include "core/suggest/suggestion_json.h"

namespace glossa::cli {

int run_suggest(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
  int status = 0;
  for (const std::string& path : files) {
    std::string bytes, why;
    if (!read_whole_file(path, bytes, why)) {
      err << "glossa: " << path << ": cannot read the file (" << why << ")\n";
      status = 1;
      continue;
    }
    const article::ReadResult r = article::read_article_file(bytes, path);
    for (const auto& w : r.warnings) err << "glossa: warning: " << w << "\n";
    if (!r.ok()) {
      err << "glossa: " << r.error << "\n";
      status = 1;
      continue;
    }
    for (const auto& a : r.articles) out << suggest::suggestions_to_json(a, suggest::suggest(a)).dump() << "\n";
  }
  out.flush();
  return status;
}

}  // namespace glossa::cli
