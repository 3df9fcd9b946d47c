#pragma once
// Whole files in and out, and the bench's clocks.
#include <chrono>
#include <string>
#include <vector>

namespace glossa::bench {

// Prints "core_bench: <why>" and exits 1 (the wasm build catches no C++ exception, so none is thrown).
[[noreturn]] void fail(const std::string& why);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);
// The non-empty lines of a file (the corpus's list of its files).
std::vector<std::string> read_lines(const std::string& path);

// Wall-clock seconds (steady_clock: emscripten maps it to performance.now()).
inline double now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
// CPU seconds of this process: the figure that holds on a machine shared with other work, where the wall
// clock also counts the time other processes had the cores. Natively the process's CPU clock; under node
// process.cpuUsage(), which also counts V8's own threads (compiling the wasm, garbage collection).
double cpu_s();

}  // namespace glossa::bench
