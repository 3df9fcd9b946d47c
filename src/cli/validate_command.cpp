// glossa validate FILE...: reads each file as Glossa would and says what is wrong and where.
#include <iostream>

#include "cli/commands.h"
#include "cli/documents.h"
#include "core/formats/registry.h"

namespace glossa::cli {


int run_validate(const std::vector<std::string>& files, const InputOptions& input, std::ostream& out, std::ostream& err) {
  DocumentLoader loader(input);
  if (!loader.prepare(err)) return 1;
  int status = 0;
  for (const std::string& path : files) {
    auto file = loader.load(path, err);
    if (!file) {
      status = 1;
      continue;
    }
    const std::string& kind = file->kind;
    const std::vector<formats::Loaded>* docs = &file->docs;
    for (std::size_t i = 0; i < docs->size(); ++i) {
      const formats::Loaded& d = (*docs)[i];
      const std::string label = docs->size() > 1 ? path + " #" + std::to_string(i + 1) : path;
      if (d.ok()) {
        const article::Article* a = article_of(d, loader);
        out << label << ": valid " << kind << " file for article " << (a ? a->id : d.set.article_id()) << ": " << counts(d.set) << "\n";
      } else {
        status = 1;
        out << label << ": invalid " << kind << " file: " << d.problems.size() << (d.problems.size() == 1 ? " problem" : " problems") << "\n";
        for (const auto& p : d.problems) out << "  " << p << "\n";
        if (!d.article && !loader.article() && kind != "bundle" && kind != "article")
          out << "  (this file holds annotations only: give the article it belongs to with --article FILE)\n";
      }
      for (const auto& w : d.warnings) out << "  warning: " << w << "\n";
    }
  }
  out.flush();
  return status;
}

}  // namespace glossa::cli
