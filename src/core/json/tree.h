#pragma once
// A read-only JSON tree for the large files Glossa reads on opening (its own annotation files, the
// workspace's documents): one pass over the bytes into one vector of nodes and one buffer of unescaped
// strings, where nlohmann's DOM allocates every object, array and long string apart. It accepts exactly
// what nlohmann accepts (strict RFC 8259, UTF-8 checked in strings, a leading BOM skipped; a unit test and
// a fuzz target hold the two to the same answer and the same values); on bad JSON it only says no, and the
// caller asks nlohmann (json::parse) for the message and the byte.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace glossa::json {

class Tree;

enum class Kind : std::uint8_t { Null, Boolean, Unsigned, Integer, Float, String, Array, Object };

// A node of a Tree (a cheap handle: copy it freely while the Tree lives).
class Value {
 public:
  Kind kind() const;
  bool is_null() const { return kind() == Kind::Null; }
  bool is_object() const { return kind() == Kind::Object; }
  bool is_array() const { return kind() == Kind::Array; }
  bool is_string() const { return kind() == Kind::String; }
  // As nlohmann: an integer without sign is unsigned; "integer" is any integer, signed or not.
  bool is_number_unsigned() const { return kind() == Kind::Unsigned; }
  bool is_number_integer() const { return kind() == Kind::Unsigned || kind() == Kind::Integer; }
  const char* type_name() const;  // nlohmann's names: "null", "boolean", "number", "string", "array", "object"

  std::string_view str() const;     // a string's text (empty for other kinds)
  std::uint64_t as_unsigned() const;  // an unsigned number
  std::int64_t as_integer() const;    // a signed or unsigned number

  std::size_t size() const;  // members of an object (as written: a repeated name twice), elements of an array, else 0
  std::string_view key() const;  // the member name, for a value inside an object

  // An object's member by name (the last one when a name repeats, as nlohmann keeps); nullopt when absent.
  std::optional<Value> find(std::string_view name) const;
  Value operator[](std::size_t i) const;  // an array's i-th element (walks: for short arrays)

  class Iterator {
   public:
    Value operator*() const { return {t_, i_}; }
    Iterator& operator++();
    bool operator!=(const Iterator& o) const { return i_ != o.i_; }

   private:
    friend class Value;
    Iterator(const Tree* t, std::uint32_t i) : t_(t), i_(i) {}
    const Tree* t_;
    std::uint32_t i_;
  };
  Iterator begin() const;  // an object's members or an array's elements, in file order
  Iterator end() const;

  nlohmann::ordered_json to_nlohmann() const;  // for tests, and messages
  std::string dump() const;  // as nlohmann dumps it, for messages (a large array or object by its type)

 private:
  friend class Tree;
  Value(const Tree* t, std::uint32_t i) : t_(t), i_(i) {}
  const Tree* t_;
  std::uint32_t i_;
};

class Tree {
 public:
  // Parses the whole text; false when it is not valid JSON (ask json::parse why).
  bool parse(std::string_view text);
  Value root() const { return {this, 0}; }

 private:
  friend class Value;
  struct Node {  // 32 bytes
    Kind kind = Kind::Null;
    std::uint32_t end = 0;     // the index after this node's subtree (its next sibling)
    std::uint32_t count = 0;   // members or elements
    std::uint32_t key_at = 0, key_len = 0;  // the member name in strings_
    union {
      std::uint64_t u;
      std::int64_t i;
      double d;
      bool b;
      struct {
        std::uint32_t at, len;  // a string's text in strings_
      } str;
    } num{};
  };
  std::vector<Node> nodes_;
  std::string strings_;
};

}  // namespace glossa::json
