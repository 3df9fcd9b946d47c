#pragma once
// Export and import of one article's annotations in every format of the registry (core/formats), and in
// the workspace file: for each, the file's size, the best of a few exports and of a few imports (an
// import is what opening the file does: sniffing, parsing, binding to the article, checking), and how
// many annotations came back (formats that cannot hold some kinds give back fewer).
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace glossa::bench {

nlohmann::json run_formats(const std::string& article_path, std::size_t count, int repeats);

}  // namespace glossa::bench
