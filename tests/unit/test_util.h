#pragma once
// Helpers shared by the unit tests.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace glossa::test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open test file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string corpus(const std::string& rel) { return std::string(GLOSSA_CORPUS_DIR) + "/" + rel; }
inline std::string sample(const std::string& rel) { return std::string(GLOSSA_SAMPLES_DIR) + "/" + rel; }

}  // namespace glossa::test
