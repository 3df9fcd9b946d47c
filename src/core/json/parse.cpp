#include "core/json/parse.h"

namespace glossa::json {

namespace {

// The DOM builder, with parse errors recorded instead of thrown.
class Sax : public nlohmann::detail::json_sax_dom_parser<nlohmann::ordered_json> {
 public:
  explicit Sax(nlohmann::ordered_json& j) : json_sax_dom_parser(j, false) {}
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& ex) {
    failed = true;
    byte = position;
    message = ex.what();
    return false;
  }
  bool failed = false;
  std::size_t byte = 0;
  std::string message;
};

}  // namespace

Parsed parse(std::string_view text) {
  Parsed p;
  Sax sax(p.value);
  const bool ok = nlohmann::ordered_json::sax_parse(text.begin(), text.end(), &sax, nlohmann::ordered_json::input_format_t::json, true);
  if (ok && !sax.failed) {
    p.ok = true;
    return p;
  }
  p.value = nullptr;
  p.error_byte = sax.byte > 0 ? sax.byte - 1 : 0;
  p.truncated = sax.byte >= text.size();
  p.error = sax.message;
  return p;
}

}  // namespace glossa::json
