#include "core/json/tree.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/text/utf8.h"

namespace glossa::json {

namespace {

inline bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool digit(char c) { return c >= '0' && c <= '9'; }

class Parser {
 public:
  Parser(std::string_view text, std::string& strings) : p_(text.data()), e_(text.data() + text.size()), out_(strings) {}

  const char* p_;
  const char* const e_;
  std::string& out_;

  void skip() {
    while (p_ < e_ && space(*p_)) ++p_;
  }

  // A string at p_ (which is at its opening quote), unescaped onto out_.
  bool string(std::uint32_t& at, std::uint32_t& len) {
    if (p_ == e_ || *p_ != '"') return false;
    ++p_;
    const std::size_t start = out_.size();
    const char* run = p_;
    while (p_ < e_) {
      const auto c = static_cast<unsigned char>(*p_);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ++p_;
        continue;
      }
      out_.append(run, static_cast<std::size_t>(p_ - run));
      if (c == '"') {
        ++p_;
        at = static_cast<std::uint32_t>(start);
        len = static_cast<std::uint32_t>(out_.size() - start);
        return true;
      }
      if (c < 0x20) return false;  // control characters must be escaped
      if (c == '\\') {
        if (!escape()) return false;
      } else {
        // Strict RFC 3629, as nlohmann's lexer checks it.
        const std::size_t n = text::utf8_sequence_length(std::string_view(p_, static_cast<std::size_t>(e_ - p_)), 0);
        if (!n) return false;
        out_.append(p_, n);
        p_ += n;
      }
      run = p_;
    }
    return false;
  }

  bool hex4(std::uint32_t& v) {
    if (e_ - p_ < 4) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = *p_++;
      v <<= 4;
      if (digit(c)) v |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  // p_ at a backslash.
  bool escape() {
    ++p_;
    if (p_ == e_) return false;
    const char c = *p_++;
    switch (c) {
      case '"': out_ += '"'; return true;
      case '\\': out_ += '\\'; return true;
      case '/': out_ += '/'; return true;
      case 'b': out_ += '\b'; return true;
      case 'f': out_ += '\f'; return true;
      case 'n': out_ += '\n'; return true;
      case 'r': out_ += '\r'; return true;
      case 't': out_ += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate with no high one before it
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t lo = 0;
      if (e_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    text::append_utf8(out_, cp);
    return true;
  }

  // A number at p_, typed as nlohmann types it: unsigned, integer (negative), else float; an integer too
  // large for 64 bits becomes a float.
  template <class Node>
  bool number(Node& n) {
    const char* s = p_;
    const bool neg = *p_ == '-';
    if (neg) ++p_;
    if (p_ == e_ || !digit(*p_)) return false;
    if (*p_ == '0') ++p_;
    else
      while (p_ < e_ && digit(*p_)) ++p_;
    bool integral = true;
    if (p_ < e_ && *p_ == '.') {
      integral = false;
      ++p_;
      if (p_ == e_ || !digit(*p_)) return false;
      while (p_ < e_ && digit(*p_)) ++p_;
    }
    if (p_ < e_ && (*p_ == 'e' || *p_ == 'E')) {
      integral = false;
      ++p_;
      if (p_ < e_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == e_ || !digit(*p_)) return false;
      while (p_ < e_ && digit(*p_)) ++p_;
    }
    const std::size_t digits = static_cast<std::size_t>(p_ - s) - (neg ? 1 : 0);
    if (integral && digits <= 18) {  // fits either type: no overflow to check
      std::uint64_t v = 0;
      for (const char* q = s + (neg ? 1 : 0); q < p_; ++q) v = v * 10 + static_cast<std::uint64_t>(*q - '0');
      if (neg) {
        n.kind = Kind::Integer;
        n.num.i = -static_cast<std::int64_t>(v);
      } else {
        n.kind = Kind::Unsigned;
        n.num.u = v;
      }
      return true;
    }
    const std::string token(s, p_);  // strto* want a terminated string (the C locale's '.': nothing here sets another)
    if (integral) {
      errno = 0;
      if (neg) {
        const long long v = std::strtoll(token.c_str(), nullptr, 10);
        if (errno == 0) {
          n.kind = Kind::Integer;
          n.num.i = v;
          return true;
        }
      } else {
        const unsigned long long v = std::strtoull(token.c_str(), nullptr, 10);
        if (errno == 0) {
          n.kind = Kind::Unsigned;
          n.num.u = v;
          return true;
        }
      }
    }
    n.kind = Kind::Float;
    n.num.d = std::strtod(token.c_str(), nullptr);
    return std::isfinite(n.num.d);  // nlohmann refuses a number too large for a double
  }

  bool literal(const char* word, std::size_t len) {
    if (static_cast<std::size_t>(e_ - p_) < len || std::string_view(p_, len) != std::string_view(word, len)) return false;
    p_ += len;
    return true;
  }
};

}  // namespace

// One loop with a stack of the open containers (no recursion: nesting depth costs no native stack).
// A value's node is pushed when it starts; a container's `end` and `count` are filled when it closes.
bool Tree::parse(std::string_view text) {
  nodes_.clear();
  strings_.clear();
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) return false;
  // The strings can be no longer than the text; the nodes grow as they come (a bundle is mostly one long
  // string: a reserve by size would take several times the file).
  strings_.reserve(text.size());
  Parser in(text, strings_);
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") in.p_ += 3;  // a BOM, as nlohmann skips it
  std::vector<std::uint32_t> open;
  std::uint32_t key_at = 0, key_len = 0;  // the name of the member whose value comes next
  const auto member_name = [&] {
    in.skip();
    if (!in.string(key_at, key_len)) return false;
    in.skip();
    if (in.p_ == in.e_ || *in.p_ != ':') return false;
    ++in.p_;
    return true;
  };
  for (;;) {
    in.skip();
    if (in.p_ == in.e_) return false;
    const auto self = static_cast<std::uint32_t>(nodes_.size());
    Node n;
    n.key_at = key_at;
    n.key_len = key_len;
    key_at = key_len = 0;
    const char c = *in.p_;
    if (c == '{' || c == '[') {
      ++in.p_;
      n.kind = c == '{' ? Kind::Object : Kind::Array;
      nodes_.push_back(n);
      in.skip();
      if (in.p_ < in.e_ && *in.p_ == (c == '{' ? '}' : ']')) {
        ++in.p_;
        nodes_[self].end = self + 1;
      } else {
        open.push_back(self);
        if (c == '{' && !member_name()) return false;
        continue;  // its first value
      }
    } else {
      bool ok = false;
      if (c == '"') {
        n.kind = Kind::String;
        ok = in.string(n.num.str.at, n.num.str.len);
      } else if (c == '-' || digit(c)) {
        ok = in.number(n);
      } else if (c == 't' || c == 'f') {
        n.kind = Kind::Boolean;
        n.num.b = c == 't';
        ok = c == 't' ? in.literal("true", 4) : in.literal("false", 5);
      } else if (c == 'n') {
        ok = in.literal("null", 4);
      }
      if (!ok) return false;
      n.end = self + 1;
      nodes_.push_back(n);
    }
    // A value is complete: count it in its container, then either the next one or the container closes
    // (and is itself a complete value of the one around it).
    for (;;) {
      if (open.empty()) {
        in.skip();
        return in.p_ == in.e_ || *in.p_ == '\0';  // nlohmann's lexer ends the input at a NUL byte
      }
      Node& top = nodes_[open.back()];
      ++top.count;
      in.skip();
      if (in.p_ == in.e_) return false;
      if (*in.p_ == ',') {
        ++in.p_;
        if (top.kind == Kind::Object && !member_name()) return false;
        break;
      }
      if (*in.p_ != (top.kind == Kind::Object ? '}' : ']')) return false;
      ++in.p_;
      top.end = static_cast<std::uint32_t>(nodes_.size());
      open.pop_back();
    }
  }
}

Kind Value::kind() const { return t_->nodes_[i_].kind; }

const char* Value::type_name() const {
  switch (kind()) {
    case Kind::Null: return "null";
    case Kind::Boolean: return "boolean";
    case Kind::Unsigned:
    case Kind::Integer:
    case Kind::Float: return "number";
    case Kind::String: return "string";
    case Kind::Array: return "array";
    case Kind::Object: return "object";
  }
  return "null";
}

std::string_view Value::str() const {
  const auto& n = t_->nodes_[i_];
  return n.kind == Kind::String ? std::string_view(t_->strings_).substr(n.num.str.at, n.num.str.len) : std::string_view();
}

std::uint64_t Value::as_unsigned() const {
  const auto& n = t_->nodes_[i_];
  return n.kind == Kind::Unsigned ? n.num.u : n.kind == Kind::Integer ? static_cast<std::uint64_t>(n.num.i) : 0;
}

std::int64_t Value::as_integer() const {
  const auto& n = t_->nodes_[i_];
  return n.kind == Kind::Integer ? n.num.i : n.kind == Kind::Unsigned ? static_cast<std::int64_t>(n.num.u) : 0;
}

std::size_t Value::size() const { return is_object() || is_array() ? t_->nodes_[i_].count : 0; }

std::string_view Value::key() const {
  const auto& n = t_->nodes_[i_];
  return std::string_view(t_->strings_).substr(n.key_at, n.key_len);
}

std::optional<Value> Value::find(std::string_view name) const {
  if (!is_object()) return std::nullopt;
  std::optional<Value> found;
  for (Value m : *this)
    if (m.key() == name) found = m;
  return found;
}

Value Value::operator[](std::size_t i) const {
  Iterator it = begin();
  while (i-- > 0) ++it;
  return *it;
}

Value::Iterator& Value::Iterator::operator++() {
  i_ = t_->nodes_[i_].end;
  return *this;
}

Value::Iterator Value::begin() const { return {t_, size() ? i_ + 1 : t_->nodes_[i_].end}; }
Value::Iterator Value::end() const { return {t_, t_->nodes_[i_].end}; }

nlohmann::ordered_json Value::to_nlohmann() const {
  const auto& n = t_->nodes_[i_];
  switch (n.kind) {
    case Kind::Null: return nullptr;
    case Kind::Boolean: return n.num.b;
    case Kind::Unsigned: return n.num.u;
    case Kind::Integer: return n.num.i;
    case Kind::Float: return n.num.d;
    case Kind::String: return std::string(str());
    case Kind::Array: {
      nlohmann::ordered_json a = nlohmann::ordered_json::array();
      for (Value v : *this) a.push_back(v.to_nlohmann());
      return a;
    }
    case Kind::Object: {
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (Value v : *this) o[std::string(v.key())] = v.to_nlohmann();  // a repeated name: the last value, first place
      return o;
    }
  }
  return nullptr;
}

std::string Value::dump() const {
  // A message quotes a scalar or a small container; a large one (which may also nest deeply) by its type.
  if ((is_object() || is_array()) && t_->nodes_[i_].end - i_ > 64) return std::string("an ") + type_name();
  return to_nlohmann().dump();
}

}  // namespace glossa::json
