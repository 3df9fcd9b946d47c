#include "throughput.h"

#include <vector>

#include "core/article/reader.h"
#include "core/suggest/suggestion.h"
#include "files.h"

namespace glossa::bench {

namespace {

// CPU and wall seconds spent in one kind of work, added up over the corpus.
struct Spent {
  double cpu = 0, wall = 0;
  double c0 = 0, w0 = 0;
  void start() {
    c0 = cpu_s();
    w0 = now_s();
  }
  void stop() {
    cpu += cpu_s() - c0;
    wall += now_s() - w0;
  }
};

}  // namespace

nlohmann::json run_throughput(const std::string& list) {
  const std::vector<std::string> paths = read_lines(list);
  std::vector<std::string> bytes;
  bytes.reserve(paths.size());
  std::size_t total = 0;
  for (const auto& p : paths) {
    bytes.push_back(read_file(p));
    total += bytes.back().size();
  }

  Spent parse, sugg;
  std::size_t articles = 0, refused = 0, code_points = 0, quotes = 0, entities = 0, flags = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    parse.start();
    const article::ReadResult r = article::read_article_file(bytes[i], paths[i]);
    parse.stop();
    if (!r.ok()) {
      ++refused;
      continue;
    }
    for (const auto& a : r.articles) {
      sugg.start();
      const suggest::Suggestions s = suggest::suggest(a);
      sugg.stop();
      ++articles;
      code_points += a.text.code_points();
      quotes += s.quotes.size();
      entities += s.entities.size();
      flags += s.flags.size();
    }
  }
  const double mb = static_cast<double>(total) / 1e6;
  return {{"files", paths.size()},
          {"bytes", total},
          {"articles", articles},
          {"refused", refused},
          {"code_points", code_points},
          {"quotes", quotes},
          {"entities", entities},
          {"flags", flags},
          {"parse_cpu_s", parse.cpu},
          {"suggest_cpu_s", sugg.cpu},
          {"parse_wall_s", parse.wall},
          {"suggest_wall_s", sugg.wall},
          // MB/s by CPU time (see cpu_s); the wall-clock figure beside it.
          {"parse_mb_s", mb / parse.cpu},
          {"suggest_mb_s", mb / sugg.cpu},
          {"mb_s", mb / (parse.cpu + sugg.cpu)},
          {"wall_mb_s", mb / (parse.wall + sugg.wall)}};
}

}  // namespace glossa::bench
