// glossa convert IN --to FORMAT [-o OUT]: any readable file (an article, or annotations in any format) to
// any writable format.
#include <iostream>

#include "cli/commands.h"
#include "cli/documents.h"
#include "core/formats/registry.h"

namespace glossa::cli {

namespace {
void hint_article(const formats::Loaded& d, const std::string& kind, const DocumentLoader& loader, const std::string& path,
                  std::ostream& err) {
  if (!d.ok() && !d.article && !loader.article() && kind != "bundle" && kind != "article")
    err << "glossa: hint: " << path << " holds annotations only: give the article it belongs to with --article FILE\n";
}
}  // namespace

int run_convert(const ConvertArgs& a, std::ostream& out, std::ostream& err) {
  const formats::FormatInfo* fmt = formats::find_format(a.to);
  if (!fmt || !fmt->writes) {
    err << "glossa: unknown output format \"" << a.to << "\" (formats: " << formats::format_names(true) << ")\n";
    return 2;
  }
  DocumentLoader loader(a.input);
  if (!loader.prepare(err)) return 1;
  auto file = loader.load(a.in, err);
  if (!file) return 1;
  std::vector<formats::Loaded>* docs = &file->docs;
  if (docs->empty()) {
    err << "glossa: " << a.in << ": holds no article\n";
    return 1;
  }
  if (a.record == 0 && docs->size() > 1) {
    err << "glossa: " << a.in << " holds " << docs->size() << " articles: choose one with --record N (1 to " << docs->size() << ")\n";
    return 1;
  }
  if (a.record > docs->size()) {
    err << "glossa: " << a.in << " holds " << docs->size() << " articles; there is no record " << a.record << "\n";
    return 1;
  }
  const formats::Loaded& d = (*docs)[a.record ? a.record - 1 : 0];
  for (const auto& w : d.warnings) err << "glossa: warning: " << w << "\n";
  if (!d.ok()) {
    err << "glossa: " << d.error() << "\n";
    hint_article(d, file->kind, loader, a.in, err);
    return 1;
  }
  const article::Article* art = article_of(d, loader);
  if (d.anchors) err << "glossa: re-anchored onto " << art->id << ": " << d.anchors->summary() << "\n";
  const formats::Exported e = formats::export_document(a.to, *art, d.set);
  if (!e.ok()) {
    err << "glossa: " << e.error << "\n";
    return 1;
  }
  for (const auto& w : e.warnings) err << "glossa: warning: " << w << "\n";
  if (a.out.empty()) {
    // Standard output takes the annotation file; the .txt of brat must be written with -o.
    out << e.files.back().content;
    out.flush();
    if (e.files.size() > 1)
      err << "glossa: note: " << a.to << " also needs the article's " << e.files.front().suffix
          << " (its offsets count that text): use -o OUT to write both\n";
    return 0;
  }
  if (e.files.size() == 1) return write_file(a.out, e.files[0].content, err) ? 0 : 1;
  const std::string base = formats::base_name(a.out);
  for (const auto& f : e.files)
    if (!write_file(base + f.suffix, f.content, err)) return 1;
  return 0;
}

}  // namespace glossa::cli
