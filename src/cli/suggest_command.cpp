// `glossa suggest FILE...`: the suggestions for each article, one JSON object per line, with code point
// offsets into the same normalized text `glossa parse` prints.
#include "cli/commands.h"
#include "core/article/reader.h"
#include "core/suggest/suggestion_json.h"

namespace glossa::cli {

int run_suggest(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
  const int status = for_each_article(
      files, err, [&](const article::Article& a) { out << suggest::suggestions_to_json(a, suggest::suggest(a)).dump() << "\n"; });
  out.flush();
  return status;
}

}  // namespace glossa::cli
