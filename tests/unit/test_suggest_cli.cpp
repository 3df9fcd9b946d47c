// `glossa suggest`: one JSON object per article, offsets into the text `glossa parse` prints.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "test_util.h"

using nlohmann::json;

namespace {

std::u32string code_points(const std::string& t) {
  std::u32string out;
  for (std::size_t i = 0; i < t.size();) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : (c & (0xFF >> (len + 1)));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

json one_line(const std::string& out) {
  std::istringstream lines(out);
  std::string line, more;
  REQUIRE(std::getline(lines, line));
  CHECK_FALSE(std::getline(lines, more));
  return json::parse(line);
}

}  // namespace

TEST_CASE("glossa suggest: quotes with speakers and entities, code points into the parsed text") {
  const std::string seed = glossa::test::corpus("seed/kazakhstan-csto-2022-01-10.txt");
  std::ostringstream out, err, parsed, perr;
  REQUIRE(glossa::cli::run_suggest({seed}, out, err) == 0);
  CHECK(err.str().empty());
  REQUIRE(glossa::cli::run_parse({seed}, parsed, perr) == 0);
  const json j = one_line(out.str());
  const json p = one_line(parsed.str());
  CHECK(j["source"] == seed);
  CHECK(j["id"] == p["id"]);
  const std::u32string text = code_points(p["text"]);
  const auto slice = [&](const json& x) {
    return text.substr(x["begin"].get<std::size_t>(), x["end"].get<std::size_t>() - x["begin"].get<std::size_t>());
  };
  REQUIRE(j["quotes"].size() >= 5);
  std::size_t direct = 0;
  for (const json& q : j["quotes"]) {
    CHECK(slice(q) == code_points(q["text"]));
    CHECK((q["kind"] == "direct" || q["kind"] == "mixed" || q["kind"] == "indirect"));
    CHECK(q["confidence"].is_number());
    REQUIRE(q.contains("cue"));
    REQUIRE(q.contains("speaker"));
    if (!q["speaker"].is_null()) CHECK(slice(q["speaker"]) == code_points(q["speaker"]["text"]));
    if (q["kind"] == "direct") {
      ++direct;
      CHECK(q["speaker_entity"] == "Vladimir Putin");
      CHECK(code_points(q["text"]).front() == U'“');
      CHECK(slice(q["cue"]) == U"said");
    }
  }
  CHECK(direct == 3);
  REQUIRE_FALSE(j["entities"].empty());
  for (const json& e : j["entities"]) {
    CHECK(slice(e) == code_points(e["text"]));
    CHECK((e["type"] == "PERSON" || e["type"] == "ORG" || e["type"] == "GPE" || e["type"] == "LOC" || e["type"] == "DATE"));
  }
  CHECK(j["flags"].empty());
}

TEST_CASE("glossa suggest: a plain text without header lines, a bad file exits 1, the others still done") {
  std::ostringstream out, err;
  const int status = glossa::cli::run_suggest(
      {"/nonexistent/file.txt", glossa::test::sample("riverside-flood-council-2023-03-14.txt")}, out, err);
  CHECK(status == 1);
  CHECK(err.str() == "glossa: /nonexistent/file.txt: cannot read the file (No such file or directory)\n");
  const json j = one_line(out.str());
  CHECK_FALSE(j["quotes"].empty());
  for (const json& q : j["quotes"])
    if (q["kind"] == "direct" && q["confidence"].get<double>() >= 0.9) CHECK(q["speaker_entity"].is_string());
}
