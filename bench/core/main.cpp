// core_bench: the core's benchmarks, one JSON object on stdout (bench/run.mjs runs the native and the
// wasm build of this program on the same inputs and writes bench/RESULTS.md).
//
//   core_bench throughput LIST                 parse + suggest over the files LIST names
//   core_bench formats ARTICLE COUNT [REPEATS]  export and import COUNT annotations in every format
//   core_bench annotate ARTICLE COUNT OUTDIR    write the article's COUNT annotations for the browser
//                                              bench: OUTDIR/<name>.glossa.json (annotations, as dropped
//                                              on the app) and OUTDIR/<name>.bundle.json (with the text)
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "core/article/reader.h"
#include "core/formats/native.h"
#include "core/formats/registry.h"
#include "files.h"
#include "formats_bench.h"
#include "synthetic.h"
#include "throughput.h"

using namespace glossa;

namespace {

std::size_t count_arg(const char* s) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(s, &end, 10);
  if (!end || *end || n == 0) bench::fail(std::string("not a count: ") + s);
  return static_cast<std::size_t>(n);
}

nlohmann::json run_annotate(const std::string& path, std::size_t count, const std::string& outdir) {
  const std::string bytes = bench::read_file(path);
  const article::ReadResult r = article::read_article_file(bytes, path);
  if (!r.ok() || r.articles.size() != 1) bench::fail(path + ": not one article (" + r.error + ")");
  const auto& a = r.articles.front();
  const auto set = bench::synthetic_annotations(a, count);
  const std::string base = outdir + "/" + formats::base_name(path.substr(path.rfind('/') + 1));
  bench::write_file(base + ".glossa.json", formats::write_native(a, set, false));
  bench::write_file(base + ".bundle.json", formats::write_native(a, set, true));
  return {{"article_id", a.id}, {"annotations", set.size()}, {"mentions", set.mentions.size()}, {"entities", set.entities.size()},
          {"quotes", set.quotes.size()}, {"notes", set.notes.size()}, {"annotations_file", base + ".glossa.json"},
          {"bundle_file", base + ".bundle.json"}};
}

}  // namespace

int main(int argc, char** argv) {
  const std::string cmd = argc > 1 ? argv[1] : "";
  nlohmann::json out;
  if (cmd == "throughput" && argc == 3) {
    out = bench::run_throughput(argv[2]);
  } else if (cmd == "formats" && (argc == 4 || argc == 5)) {
    out = bench::run_formats(argv[2], count_arg(argv[3]), argc == 5 ? static_cast<int>(count_arg(argv[4])) : 3);
  } else if (cmd == "annotate" && argc == 5) {
    out = run_annotate(argv[2], count_arg(argv[3]), argv[4]);
  } else {
    std::fprintf(stderr, "usage: core_bench throughput LIST | formats ARTICLE COUNT [REPEATS] | annotate ARTICLE COUNT OUTDIR\n");
    return 2;
  }
#ifdef __EMSCRIPTEN__
  out["build"] = "wasm";
#else
  out["build"] = "native";
#endif
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
