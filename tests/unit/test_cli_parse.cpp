#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <unistd.h>

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

namespace {
// A folder of its own for this process (native, sanitized and wasm runs may overlap), removed at the end.
struct TempFolder {
  std::filesystem::path root = std::filesystem::path(P_tmpdir) / ("glossa-cli-folder-" + std::to_string(getpid()));
  TempFolder() {
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
  }
  std::string put(const std::string& rel, const std::string& bytes) const {
    const std::filesystem::path p = root / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

std::vector<std::string> sources(const std::string& jsonl) {
  std::vector<std::string> out;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) out.push_back(json::parse(line)["source"]);
  return out;
}
}  // namespace

TEST_CASE("glossa parse and suggest on a folder: its article files and its subfolders' in name order, annotation files left out") {
  TempFolder dir;
  const std::string article = glossa::test::read_file(glossa::test::sample("riverside-flood-council-2023-03-14.txt"));
  const std::string b = dir.put("b.txt", article);
  const std::string c = dir.put("a/c.md", "# A title\n\nA paragraph of the article, said the mayor.\n");
  dir.put(".drafts/d.txt", article);                                   // hidden: left out
  dir.put("notes.png", "\x89PNG\r\n");                               // not an article's extension
  dir.put("b.glossa.json", R"({"format": "glossa", "version": 1, "kind": "annotations"})");  // annotations

  for (const bool suggest : {false, true}) {
    CAPTURE(suggest);
    std::ostringstream out, err;
    const int status = suggest ? glossa::cli::run_suggest({dir.root.string()}, out, err) : glossa::cli::run_parse({dir.root.string()}, out, err);
    CHECK(status == 0);
    CHECK(sources(out.str()) == std::vector<std::string>{c, b});
    CHECK(err.str() == "glossa: left out 1 annotation file found in the folders (no article in them to read)\n");
  }

  // A folder with no article in it says so; the files named beside it are still read.
  const std::string empty = (dir.root / "empty").string();
  std::filesystem::create_directories(empty);
  std::ostringstream out, err;
  CHECK(glossa::cli::run_parse({empty, b}, out, err) == 1);
  CHECK(err.str() == "glossa: " + empty + ": the folder holds no article files (.txt, .md, .html, .json, .jsonl)\n");
  CHECK(sources(out.str()) == std::vector<std::string>{b});

  // Other commands take files only: a folder is a clear refusal, not a crash.
  std::string bytes, why;
  CHECK_FALSE(glossa::cli::read_whole_file(dir.root.string(), bytes, why));
  CHECK(why == "it is a folder");
  std::ostringstream vout, verr;
  CHECK(glossa::cli::run_validate({dir.root.string()}, {}, vout, verr) == 1);
  CHECK(verr.str().find(dir.root.string() + ": cannot read the file (it is a folder)") != std::string::npos);
}
