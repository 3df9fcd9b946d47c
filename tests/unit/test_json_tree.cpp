#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotated_sample.h"
#include "core/formats/native.h"
#include "core/json/parse.h"
#include "core/json/tree.h"

using namespace glossa;
using nlohmann::ordered_json;

namespace {

// What the tree read, in nlohmann's words (dump tells 1 from 1.0 and keeps the order of names).
std::string tree_dump(const json::Tree& t) {
  return t.root().to_nlohmann().dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

void same_as_nlohmann(const std::string& text) {
  CAPTURE(text);
  json::Tree t;
  const bool mine = t.parse(text);
  const json::Parsed theirs = json::parse(text);
  REQUIRE(mine == theirs.ok);
  if (mine) CHECK(tree_dump(t) == theirs.value.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

}  // namespace

TEST_CASE("json tree: reads what nlohmann reads, with the same values, types and order of names") {
  for (const std::string& text : std::vector<std::string>{
           R"({"b":1,"a":[1,-2,3.5,"x",true,false,null,{},[]],"c":{"d":{"e":[[]]}}})",
           " \t\r\n[ 1 , 2 ]\n ",
           "0", "-0", "-1", "1e3", "1E-3", "-0.5e+2", "123456789012345678", "1234567890123456789",
           "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
           "1e308", "\"\"", "\"\\u0000\"", "\"\\ud83d\\ude00 \\u00e9 \\/ \\b\\f\\n\\r\\t \\\" \\\\\"",
           "\"Путин 😀 “curly”\"", "\xEF\xBB\xBF{\"bom\":true}",
           R"({"k":1,"k":2,"j":3})",  // a repeated name: the last value, in the first place
           R"({"":{"":""}})",
           std::string("[1] \0 anything", 15),  // nlohmann's lexer ends the input at a NUL byte
       })
    same_as_nlohmann(text);
}

TEST_CASE("json tree: refuses what nlohmann refuses") {
  for (const std::string& text : std::vector<std::string>{
           "", " ", "{", "[1,]", "[1 2]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}", "[01]", "[-]", "[1.]", "[.5]",
           "[1e]", "[1e+]", "[+1]", "tru", "nul", "[true false]", "\"open", "\"tab\there\"", "\"\\x\"", "\"\\u12\"",
           "\"\\ud800\"", "\"\\ud800\\u0041\"", "\"\\udc00\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
           "\"\xE2\x80\"", "\"\xFF\"", "1 2", "{} x", "\xEF\xBB{}", "1e400", "[-1e999]", std::string("[1,\0]", 5), std::string("\0", 1), "]", "[}", "{]",
       })
    same_as_nlohmann(text);
}

TEST_CASE("json tree: a Glossa file reads back as nlohmann reads it") {
  const test::Annotated s = test::annotated_seed();
  for (const bool bundle : {false, true}) {
    CAPTURE(bundle);
    same_as_nlohmann(formats::write_native(s.article, s.set, bundle));
  }
}

TEST_CASE("json tree: values answer by kind, name and position") {
  json::Tree t;
  REQUIRE(t.parse(R"({"n":7,"neg":-3,"f":2.5,"big":99999999999999999999,"s":"t\u00e9","a":[10,[20,21],{"x":null}],"k":1,"k":"last"})"));
  const json::Value r = t.root();
  CHECK(r.is_object());
  CHECK(r.size() == 8);  // members as written
  CHECK(r.find("n")->is_number_unsigned());
  CHECK(r.find("n")->as_unsigned() == 7);
  CHECK(!r.find("neg")->is_number_unsigned());
  CHECK(r.find("neg")->is_number_integer());
  CHECK(r.find("neg")->as_integer() == -3);
  CHECK(!r.find("f")->is_number_integer());
  CHECK(std::string(r.find("f")->type_name()) == "number");
  CHECK(!r.find("big")->is_number_integer());  // past 64 bits: a float, as nlohmann reads it
  CHECK(r.find("s")->str() == "té");
  CHECK(r.find("k")->str() == "last");
  CHECK(!r.find("missing"));
  const json::Value a = *r.find("a");
  CHECK(a.size() == 3);
  CHECK(a[0].as_unsigned() == 10);
  CHECK(a[1][1].as_unsigned() == 21);
  CHECK(a[2].find("x")->is_null());
  std::vector<std::string> names;
  for (const json::Value m : r) names.emplace_back(m.key());
  CHECK(names == std::vector<std::string>{"n", "neg", "f", "big", "s", "a", "k", "k"});
  CHECK(a.dump() == R"([10,[20,21],{"x":null}])");
}

TEST_CASE("json tree: deep nesting costs no native stack, and a message names a large value by its type") {
  const std::size_t depth = 200000;
  const std::string deep = std::string(depth, '[') + std::string(depth, ']');
  json::Tree t;
  REQUIRE(t.parse(deep));
  CHECK(t.root().dump() == "an array");
  CHECK(!t.parse(std::string(depth, '[') + std::string(depth - 1, ']')));
}
