#include "formats_bench.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

#include "core/article/reader.h"
#include "core/formats/brat.h"
#include "core/formats/label_studio.h"
#include "core/formats/native.h"
#include "core/formats/registry.h"
#include "core/formats/w3c.h"
#include "core/formats/workspace.h"
#include "files.h"
#include "synthetic.h"

namespace glossa::bench {

namespace {

// The least CPU time of up to `repeats` runs, in milliseconds (CPU time: the machine may be shared, see
// cpu_s). A run over a second is not repeated: the run stays short, and such a figure needs no polish.
double best_ms(int repeats, const std::function<void()>& f) {
  double best = std::numeric_limits<double>::max();
  for (int i = 0; i < repeats; ++i) {
    const double t0 = cpu_s();
    f();
    best = std::min(best, (cpu_s() - t0) * 1000.0);
    if (best >= 1000.0) break;
  }
  return best;
}

// The format's own reader, for a file whose kind sniffing (the first 4 KB) does not recognise.
formats::Loaded read_as(const std::string& format, std::string_view bytes, std::optional<std::string_view> txt,
                        const formats::ImportOptions& opts) {
  if (format == "w3c") return formats::read_w3c(bytes, opts);
  if (format == "brat") return formats::read_brat(bytes, txt, "bench", opts);
  if (format == "label-studio") return formats::read_label_studio(bytes, opts);
  return formats::read_native(bytes, opts);
}

}  // namespace

nlohmann::json run_formats(const std::string& article_path, std::size_t count, int repeats) {
  const std::string bytes = read_file(article_path);
  article::ReadResult r = article::read_article_file(bytes, article_path);
  if (!r.ok() || r.articles.size() != 1) fail(article_path + ": not one article (" + r.error + ")");
  const article::Article& a = r.articles.front();
  const annotate::AnnotationSet set = synthetic_annotations(a, count);
  const std::string name = "bench";

  nlohmann::json out = {{"annotations", set.size()},
                        {"mentions", set.mentions.size()},
                        {"entities", set.entities.size()},
                        {"quotes", set.quotes.size()},
                        {"notes", set.notes.size()},
                        {"article_bytes", a.text.bytes()},
                        {"formats", nlohmann::json::array()}};
  formats::ImportOptions opts;
  opts.target = &a;

  for (const auto& f : formats::all_formats()) {
    if (!f.writes) continue;
    formats::Exported e;
    const double export_ms = best_ms(repeats, [&] { e = formats::export_document(f.name, a, set); });
    if (!e.ok()) fail(f.name + ": " + e.error);
    std::size_t size = 0;
    for (const auto& file : e.files) size += file.content.size();
    nlohmann::json row = {{"format", f.name}, {"bytes", size}, {"export_ms", export_ms}};
    if (f.reads) {
      // brat: the .ann read with its .txt, as files dropped together are.
      const auto& main = e.files.back();
      std::optional<std::string_view> txt;
      if (e.files.size() == 2) txt = e.files.front().content;
      std::vector<formats::Loaded> loaded;
      const std::string file = name + main.suffix;
      const std::string kind = formats::detect_file_kind(file, main.content);
      if (kind == f.name) {
        row["import_ms"] = best_ms(repeats, [&] { loaded = formats::load_documents(main.content, file, opts, txt); });
      } else {
        // Opening the file would take it for something else: say so, and time the format's reader alone.
        row["sniffed_as"] = kind;
        row["import_ms"] = best_ms(repeats, [&] { loaded = {read_as(f.name, main.content, txt, opts)}; });
      }
      if (loaded.size() != 1 || !loaded.front().ok()) fail(f.name + ": the export does not read back (" + (loaded.empty() ? "" : loaded.front().error()) + ")");
      row["read_back"] = loaded.front().set.size();
    }
    std::fprintf(stderr, "core_bench: %s: export %.0f ms, import %.0f ms\n", f.name.c_str(), export_ms, row.value("import_ms", 0.0));
    out["formats"].push_back(row);
  }

  // The workspace file (File > Export all documents, and what the app keeps in the browser's storage).
  std::string ws;
  const double ws_export = best_ms(repeats, [&] { ws = formats::write_workspace({{&a, &set, nullptr}}, 0, nlohmann::ordered_json::object()); });
  formats::Workspace w;
  const double ws_import = best_ms(repeats, [&] { w = formats::read_workspace(ws); });
  if (!w.ok() || w.documents.size() != 1 || !w.documents.front().ok()) fail("workspace: does not read back (" + w.error + ")");
  out["formats"].push_back({{"format", "workspace"}, {"bytes", ws.size()}, {"export_ms", ws_export}, {"import_ms", ws_import},
                            {"read_back", w.documents.front().set.size()}});
  return out;
}

}  // namespace glossa::bench
