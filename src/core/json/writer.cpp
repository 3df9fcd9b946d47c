#include "core/json/writer.h"

#include "core/text/utf8.h"

namespace glossa::json {

void append_string(std::string& out, std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  const auto flush = [&](std::size_t i) { out.append(s.data() + run, i - run); };
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = text::utf8_sequence_length(s, i);
      if (n != 0) {
        i += n;
        continue;
      }
      flush(i);
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
      run = ++i;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    run = ++i;
  }
  flush(s.size());
  out += '"';
}

void Writer::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_member_.empty()) return;  // the top-level value
  if (has_member_.back()) out_ += ',';
  if (indent_ >= 0) newline_indent(has_member_.size());
  has_member_.back() = true;
}

Writer& Writer::key(std::string_view k) {
  if (has_member_.back()) out_ += ',';
  if (indent_ >= 0) newline_indent(has_member_.size());
  has_member_.back() = true;
  append_string(out_, k);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

Writer& Writer::open(char bracket) {
  before_value();
  out_ += bracket;
  has_member_.push_back(false);
  return *this;
}

Writer& Writer::close(char bracket) {
  const bool any = has_member_.back();
  has_member_.pop_back();
  if (any && indent_ >= 0) newline_indent(has_member_.size());
  out_ += bracket;
  return *this;
}

Writer& Writer::value(std::string_view s) {
  before_value();
  append_string(out_, s);
  return *this;
}

Writer& Writer::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

Writer& Writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

Writer& Writer::value(const nlohmann::ordered_json& j) {
  before_value();
  const std::string d = j.dump(indent_, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (indent_ < 0 || has_member_.empty()) {
    out_ += d;
    return *this;
  }
  // dump() indents from column 0: shift every line after the first to this depth (a JSON text has no raw
  // line break inside a string, so every '\n' is the dump's own).
  const std::string pad(has_member_.size() * static_cast<std::size_t>(indent_), ' ');
  for (const char c : d) {
    out_ += c;
    if (c == '\n') out_ += pad;
  }
  return *this;
}

}  // namespace glossa::json
