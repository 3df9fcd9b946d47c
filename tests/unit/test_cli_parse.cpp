#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <cstdio>
#include <sstream>

#include "cli/commands.h"
#include "test_util.h"

using nlohmann::json;

TEST_CASE("glossa parse: one JSON object per article, code point spans into the printed text") {
  std::ostringstream out, err;
  const std::string seed = glossa::test::corpus("seed/kazakhstan-csto-2022-01-10.txt");
  REQUIRE(glossa::cli::run_parse({seed}, out, err) == 0);
  CHECK(err.str().empty());
  std::istringstream lines(out.str());
  std::string line;
  REQUIRE(std::getline(lines, line));
  const json j = json::parse(line);
  CHECK(j["source"] == seed);
  CHECK(j["format"] == "text");
  CHECK(j["title"] == "Putin called the events in Kazakhstan an act of aggression with the use of \"Maidan technologies\"");
  CHECK(j["metadata"]["posted"]["raw"] == "10 января 2022,, 13:42");
  CHECK(j["metadata"]["posted"]["iso"] == "2022-01-10T13:42");
  CHECK(j["metadata"]["modified"]["iso"] == "2022-12-24T22:37");
  CHECK(j["paragraphs"].size() == 9);
  CHECK(j["sentences"].size() == 14);
  CHECK(j["id"].get<std::string>().size() == 16);
  // Offsets count code points: slice the text the way a Python or JS (astral-aware) consumer would.
  std::u32string text;
  {
    const std::string t = j["text"];
    for (std::size_t i = 0; i < t.size();) {
      const unsigned char c = static_cast<unsigned char>(t[i]);
      const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = len == 1 ? c : (c & (0xFF >> (len + 1)));
      for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
      text.push_back(cp);
      i += static_cast<std::size_t>(len);
    }
  }
  const auto& p1 = j["paragraphs"][1];
  const std::u32string para = text.substr(p1["begin"].get<std::size_t>(), p1["end"].get<std::size_t>() - p1["begin"].get<std::size_t>());
  CHECK(para.front() == U'“');
  CHECK(para.back() == U'.');
  CHECK(para.size() == 103);
  CHECK_FALSE(std::getline(lines, line));
}

TEST_CASE("glossa parse: a bad file is reported on stderr, exit 1, the other files still processed") {
  std::ostringstream out, err;
  const int status = glossa::cli::run_parse({"/nonexistent/file.txt", glossa::test::sample("riverside-flood-council-2023-03-14.txt")}, out, err);
  CHECK(status == 1);
  CHECK(err.str() == "glossa: /nonexistent/file.txt: cannot read the file (No such file or directory)\n");
  CHECK(json::parse(out.str())["title"] == "Riverside council approves emergency flood barriers after record spring melt");
}

TEST_CASE("glossa: a file is read whole, the same from a path as through a pipe (which cannot say its size)") {
  const std::string path = glossa::test::sample("riverside-flood-council-2023-03-14.txt");
  std::string whole, why;
  REQUIRE(glossa::cli::read_whole_file(path, whole, why));
  CHECK(whole == glossa::test::read_file(path));
#ifndef __EMSCRIPTEN__
  // More than the megabyte read at a time, through a pipe (a shell's `glossa parse /dev/stdin < file`).
  const std::size_t n = 3 * 1024 * 1024 + 17;
  FILE* pipe = popen(("head -c " + std::to_string(n) + " /dev/zero | tr '\\0' x").c_str(), "r");
  REQUIRE(pipe);
  std::string piped;
  const bool read = glossa::cli::read_whole_file("/dev/fd/" + std::to_string(fileno(pipe)), piped, why);
  pclose(pipe);
  CHECK(read);
  CHECK(piped == std::string(n, 'x'));
#endif
}
