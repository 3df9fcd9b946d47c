// Replays every input a fuzzer crashed on (tests/fuzz/regressions/<target>/, see tests/fuzz/run.sh)
// through the same entry point the fuzz target uses (tests/fuzz/targets.h): each must now be read
// without a crash, a sanitizer report or a broken invariant (a clean error is fine).
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "../fuzz/targets.h"
#include "test_util.h"

namespace {

// GLOSSA_SAMPLES_DIR is <project>/web/samples.
std::string regressions_dir() { return std::string(GLOSSA_SAMPLES_DIR) + "/../../tests/fuzz/regressions"; }

std::vector<std::string> entries(const std::string& dir, bool dirs) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      struct stat st {};
      if (n == "." || n == ".." || stat((dir + "/" + n).c_str(), &st) != 0) continue;
      if (dirs ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode)) out.push_back(n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("fuzz regressions: every kept crash input now reads cleanly through its fuzz target") {
  const std::vector<std::string>& known = glossa::fuzz::target_names();
  std::size_t n = 0;
  for (const auto& target : entries(regressions_dir(), true)) {
    CHECK_MESSAGE(std::find(known.begin(), known.end(), target) != known.end(), "no fuzz target " << target);
    for (const auto& file : entries(regressions_dir() + "/" + target, false)) {
      const std::string bytes = glossa::test::read_file(regressions_dir() + "/" + target + "/" + file);
      const std::string broken = glossa::fuzz::run_target(target, bytes);
      CHECK_MESSAGE(broken.empty(), target << "/" << file << ": " << broken);
      ++n;
    }
  }
  MESSAGE(n << " fuzz regression inputs replayed");
}

TEST_CASE("fuzz targets: the open article the annotation formats are read against loads") {
  const glossa::formats::Loaded& t = glossa::fuzz::target_document();
  REQUIRE_MESSAGE(t.ok(), t.error());
  REQUIRE(t.article.has_value());
  CHECK(t.set.mentions.size() == 7);
  CHECK(t.set.quotes.size() == 3);
  // Every target runs on empty input.
  for (const auto& target : glossa::fuzz::target_names()) CHECK_MESSAGE(glossa::fuzz::run_target(target, "").empty(), target);
}
