#pragma once
// JSON written straight into a string, for the files that are written often and are large (the workspace
// after every edit, Glossa's own files): building an nlohmann DOM first and dumping it cost most of a save.
// The output is byte for byte what nlohmann's dump() gives for the same values (compact, or indented by
// one space per level), so readers and tests see no difference; invalid UTF-8 in a string becomes U+FFFD.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace glossa::json {

// Appends s as a JSON string (quoted and escaped as nlohmann does with ensure_ascii off).
void append_string(std::string& out, std::string_view s);

class Writer {
 public:
  // indent < 0: compact ({"a":1,"b":[]}); otherwise that many spaces per level, one member a line.
  explicit Writer(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }
  Writer& key(std::string_view k);  // inside an object, before its value

  Writer& value(std::string_view s);
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Writer& value(T n) {
    before_value();
    out_ += std::to_string(n);
    return *this;
  }
  Writer& value(bool b);
  Writer& null();
  // A value given as an nlohmann DOM (small parts: settings, an article's metadata), dumped in place.
  Writer& value(const nlohmann::ordered_json& j);

  // key(k).value(v) in one call.
  template <class T>
  Writer& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

 private:
  Writer& open(char bracket);   // an object or an array begins: as a value, then its bracket
  Writer& close(char bracket);  // it ends: a line break first when indented and not empty
  void before_value();  // the comma and line break before an array element
  void newline_indent(std::size_t depth);

  std::string& out_;
  int indent_;
  // For each open container: whether it has a member yet.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace glossa::json
