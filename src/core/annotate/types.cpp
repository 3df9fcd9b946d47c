#include "core/annotate/types.h"

#include <cstdio>

namespace glossa::annotate {

TypeSet TypeSet::defaults() {
  TypeSet s;
  // Colours distinguishable on light and dark pages (and for the common colour-vision deficiencies).
  s.types_ = {
      {"PERSON", "Person", 0x3B7DD8, '1'}, {"ORG", "Organization", 0x2CA58D, '2'},
      {"LOC", "Location", 0xE08E0B, '3'},  {"GPE", "Country/city/state", 0xC0504D, '4'},
      {"EVENT", "Event", 0x8E6AC8, '5'},  {"DATE", "Date", 0x7F7F7F, '6'},
      {"MISC", "Other", 0xB5892F, '7'},
  };
  return s;
}

const EntityType* TypeSet::find(const std::string& name) const {
  for (const auto& t : types_)
    if (t.name == name) return &t;
  return nullptr;
}

const EntityType* TypeSet::by_key(char key) const {
  for (const auto& t : types_)
    if (t.key == key && key) return &t;
  return nullptr;
}

bool TypeSet::put(EntityType t, std::string* why) {
  const auto fail = [&](const std::string& w) {
    if (why) *why = w;
    return false;
  };
  if (t.name.empty()) return fail("a type needs a name");
  // Any name other tools use (brat: "Gene_or_gene_product", "Entity-Origin"), but one word: files use it
  // as a token.
  for (const char c : t.name)
    if (static_cast<unsigned char>(c) <= ' ') return fail("type name \"" + t.name + "\" may not contain spaces or control characters");
  if (t.key && (t.key < '1' || t.key > '9')) return fail("type keys are 1 to 9");
  for (const auto& o : types_)
    if (o.key == t.key && t.key && o.name != t.name) return fail(std::string("key ") + t.key + " is taken by " + o.name);
  if (t.label.empty()) t.label = t.name;
  for (auto& o : types_)
    if (o.name == t.name) {
      o = std::move(t);
      return true;
    }
  types_.push_back(std::move(t));
  return true;
}

std::string color_hex(std::uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFF));
  return buf;
}

bool parse_color_hex(const std::string& s, std::uint32_t& rgb) {
  if (s.size() != 7 || s[0] != '#') return false;
  std::uint32_t v = 0;
  for (std::size_t i = 1; i < 7; ++i) {
    const char c = s[i];
    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    v = v * 16 + static_cast<std::uint32_t>(d);
  }
  rgb = v;
  return true;
}

}  // namespace glossa::annotate
