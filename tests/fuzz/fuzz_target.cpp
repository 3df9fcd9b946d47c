// One libFuzzer binary per target (GLOSSA_FUZZ_TARGET, set by tests/fuzz/CMakeLists.txt); the body is
// glossa::fuzz::run_target (targets.h), which the unit tests also use to replay tests/fuzz/regressions/.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "targets.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The open article the annotation formats are read against must itself load.
  const glossa::formats::Loaded& t = glossa::fuzz::target_document();
  if (!t.ok() || !t.article) {
    std::fprintf(stderr, "fuzz: the target article does not load: %s\n", t.error().c_str());
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string target = GLOSSA_FUZZ_TARGET;
  const std::string broken = glossa::fuzz::run_target(target, {reinterpret_cast<const char*>(data), size});
  if (!broken.empty()) {
    std::fprintf(stderr, "fuzz %s: invariant broken: %s\n", target.c_str(), broken.c_str());
    std::abort();
  }
  return 0;
}
