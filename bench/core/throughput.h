#pragma once
// Parse + suggest over a corpus: every file read into memory first (the disk is not measured), then each
// file parsed (read_article_file) and each of its articles given its suggestions (suggest::suggest), the
// two timed apart. Counts of what was found go with the figures, so the native and wasm runs can be
// checked to have done the same work.
#include <string>

#include <nlohmann/json.hpp>

namespace glossa::bench {

// list: a file naming the corpus's files, one path a line.
nlohmann::json run_throughput(const std::string& list);

}  // namespace glossa::bench
