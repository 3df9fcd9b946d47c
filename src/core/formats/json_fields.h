#pragma once
// Reading JSON fields with a path for every problem ("mentions[3].end: expected a number"), without
// exceptions (the wasm build does not catch them). The same checks for nlohmann's values and for
// json::Tree's (the large files read on opening).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json/tree.h"

namespace glossa::formats {

class Fields {
 public:
  explicit Fields(std::vector<std::string>& problems) : problems_(problems) {}

  void problem(const std::string& path, const std::string& what) { problems_.push_back(path + ": " + what); }
  const nlohmann::ordered_json* get(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  std::optional<std::string> str(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  std::optional<std::size_t> index(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);
  const nlohmann::ordered_json* array(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required);

  std::optional<json::Value> get(json::Value o, const std::string& path, const char* key, bool required);
  std::optional<std::string> str(json::Value o, const std::string& path, const char* key, bool required);
  std::optional<std::size_t> index(json::Value o, const std::string& path, const char* key, bool required);
  std::optional<json::Value> array(json::Value o, const std::string& path, const char* key, bool required);

 private:
  std::vector<std::string>& problems_;
};

inline std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

}  // namespace glossa::formats
