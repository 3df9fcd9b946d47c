#include "core/formats/json_fields.h"

namespace glossa::formats {

const nlohmann::ordered_json* Fields::get(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  const std::string p = path.empty() ? key : path + "." + key;
  if (!o.is_object()) {
    problem(path.empty() ? "(top)" : path, "expected an object");
    return nullptr;
  }
  const auto it = o.find(key);
  if (it == o.end() || it->is_null()) {
    if (required) problem(p, "missing");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> Fields::str(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  const nlohmann::ordered_json* v = get(o, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    problem(path + "." + key, std::string("expected a string, found ") + v->type_name());
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::size_t> Fields::index(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  const nlohmann::ordered_json* v = get(o, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<long long>() >= 0)) {
    problem(path + "." + key, "expected a non-negative integer, found " + v->dump());
    return std::nullopt;
  }
  return static_cast<std::size_t>(v->get<unsigned long long>());
}

const nlohmann::ordered_json* Fields::array(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  const nlohmann::ordered_json* v = get(o, path, key, required);
  if (!v) return nullptr;
  if (!v->is_array()) {
    problem(path.empty() ? key : path + "." + key, std::string("expected an array, found ") + v->type_name());
    return nullptr;
  }
  return v;
}

}  // namespace glossa::formats
