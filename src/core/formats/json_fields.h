#pragma once
// Reading JSON fields with a path for every problem ("mentions[3].end: expected a number"), without
// exceptions (the wasm build does not catch them).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace glossa::formats {

class Fields {
 public:
  explicit Fields(std::vector<std::string>& problems) : problems_(problems) {}

  void problem(const std::string& path, const std::string& what) { problems_.push_back(path + ": " + what); }
  const nlohmann::ordered_json* get(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  std::optional<std::string> str(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  std::optional<std::size_t> index(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  const nlohmann::ordered_json* array(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);

 private:
  std::vector<std::string>& problems_;
};

inline std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

}  // namespace glossa::formats
