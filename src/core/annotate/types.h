#pragma once
// Entity types: configurable, with a default set. Each has a colour (for the UI and exports) and a key
// ('1'..'9') that gives a selection that type.
#include <cstdint>
#include <string>
#include <vector>

namespace glossa::annotate {

struct EntityType {
  std::string name;          // "PERSON"
  std::string label;         // "Person"
  std::uint32_t color = 0;   // 0xRRGGBB
  char key = 0;              // '1'..'9', or 0 for none
};

class TypeSet {
 public:
  static TypeSet defaults();  // PERSON, ORG, LOC, GPE, EVENT, DATE, MISC

  const std::vector<EntityType>& all() const { return types_; }
  const EntityType* find(const std::string& name) const;
  const EntityType* by_key(char key) const;
  // Adds or replaces a type; refuses an empty or non-identifier name, or a key used by another type.
  bool put(EntityType t, std::string* why = nullptr);
  bool empty() const { return types_.empty(); }

 private:
  std::vector<EntityType> types_;
};

// "#1f77b4" <-> 0x1f77b4
std::string color_hex(std::uint32_t rgb);
bool parse_color_hex(const std::string& s, std::uint32_t& rgb);

}  // namespace glossa::annotate
