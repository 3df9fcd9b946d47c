#include "core/formats/json_fields.h"

#include <cstdint>
#include <limits>

namespace glossa::formats {

namespace {

// A member's path, built only for a message: reading 10,000 annotations asks for 100,000 fields.
std::string member_path(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

// nlohmann's values and json::Value answer the same questions by the same names, except these.
const nlohmann::ordered_json* member(const nlohmann::ordered_json& o, const char* key) {
  const auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}
std::optional<json::Value> member(json::Value o, const char* key) { return o.find(key); }
std::string text_of(const nlohmann::ordered_json& v) { return v.get<std::string>(); }
std::string text_of(json::Value v) { return std::string(v.str()); }
std::int64_t integer_of(const nlohmann::ordered_json& v) { return v.get<std::int64_t>(); }
std::int64_t integer_of(json::Value v) { return v.as_integer(); }
std::uint64_t unsigned_of(const nlohmann::ordered_json& v) { return v.get<std::uint64_t>(); }
std::uint64_t unsigned_of(json::Value v) { return v.as_unsigned(); }

template <class J>
auto get_member(Fields& f, const J& o, const std::string& path, const char* key, bool required) -> decltype(member(o, key)) {
  if (!o.is_object()) {
    f.problem(path.empty() ? "(top)" : path, "expected an object");
    return {};
  }
  auto v = member(o, key);
  if (!v || v->is_null()) {
    if (required) f.problem(member_path(path, key), "missing");
    return {};
  }
  return v;
}

template <class J>
std::optional<std::string> get_str(Fields& f, const J& o, const std::string& path, const char* key, bool required) {
  const auto v = get_member(f, o, path, key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    f.problem(path + "." + key, std::string("expected a string, found ") + v->type_name());
    return std::nullopt;
  }
  return text_of(*v);
}

template <class J>
std::optional<std::size_t> get_index(Fields& f, const J& o, const std::string& path, const char* key, bool required) {
  const auto v = get_member(f, o, path, key, required);
  if (!v) return std::nullopt;
  // (Past size_t, as on wasm32 beyond 4,294,967,295, it would wrap to a small offset.)
  if ((!v->is_number_unsigned() && !(v->is_number_integer() && integer_of(*v) >= 0)) ||
      unsigned_of(*v) > std::numeric_limits<std::size_t>::max()) {
    f.problem(path + "." + key, "expected a non-negative integer, found " + v->dump());
    return std::nullopt;
  }
  return static_cast<std::size_t>(unsigned_of(*v));
}

template <class J>
auto get_array(Fields& f, const J& o, const std::string& path, const char* key, bool required) -> decltype(member(o, key)) {
  const auto v = get_member(f, o, path, key, required);
  if (!v) return {};
  if (!v->is_array()) {
    f.problem(member_path(path, key), std::string("expected an array, found ") + v->type_name());
    return {};
  }
  return v;
}

}  // namespace

const nlohmann::ordered_json* Fields::get(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  return get_member(*this, o, path, key, required);
}
std::optional<std::string> Fields::str(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  return get_str(*this, o, path, key, required);
}
std::optional<std::size_t> Fields::index(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  return get_index(*this, o, path, key, required);
}
const nlohmann::ordered_json* Fields::array(const nlohmann::ordered_json& o, const std::string& path, const char* key, bool required) {
  return get_array(*this, o, path, key, required);
}

std::optional<json::Value> Fields::get(json::Value o, const std::string& path, const char* key, bool required) {
  return get_member(*this, o, path, key, required);
}
std::optional<std::string> Fields::str(json::Value o, const std::string& path, const char* key, bool required) {
  return get_str(*this, o, path, key, required);
}
std::optional<std::size_t> Fields::index(json::Value o, const std::string& path, const char* key, bool required) {
  return get_index(*this, o, path, key, required);
}
std::optional<json::Value> Fields::array(json::Value o, const std::string& path, const char* key, bool required) {
  return get_array(*this, o, path, key, required);
}

}  // namespace glossa::formats
