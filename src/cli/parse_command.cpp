#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "cli/article_files.h"
#include "cli/commands.h"
#include "core/article/article_json.h"
#include "core/article/reader.h"
#include "core/formats/registry.h"

namespace glossa::cli {

bool read_whole_file(const std::string& path, std::string& bytes, std::string& why) {
  bytes.clear();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    why = "it is a folder";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return false;
  }
  const auto fail = [&](const char* reason) {
    why = reason;
    bytes.clear();
    bytes.shrink_to_fit();  // what was read goes back
    return false;
  };
  const char* const kTooLarge = "it is larger than 4 GB, more than any Glossa reader takes";
  try {
    // Straight into the string, sized once when the file says its size (a stream copy through an
    // ostringstream took a third of validating a 30 MB file); a pipe is read a megabyte at a time.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.clear();  // a pipe cannot seek: nothing was read, read on
    if (size >= 0) in.seekg(0);
    if (static_cast<std::uint64_t>(std::max<std::streamoff>(size, 0)) > kMaxReadBytes) return fail(kTooLarge);
    if (size > 0) bytes.reserve(static_cast<std::size_t>(size));
    std::vector<char> buf(1 << 20);
    while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
      bytes.append(buf.data(), static_cast<std::size_t>(in.gcount()));
      if (std::uint64_t{bytes.size()} > kMaxReadBytes) return fail(kTooLarge);  // a pipe (or /dev/zero) that does not end
    }
  } catch (const std::exception&) {  // bad_alloc, or length_error past what a string holds (wasm32: 4 GB)
    return fail("not enough memory to read it");
  }
  if (in.bad()) {
    why = "read error";
    return false;
  }
  return true;
}

int for_each_article(const std::vector<std::string>& files, std::ostream& err,
                     const std::function<void(const article::Article&)>& each) {
  int status = 0;
  std::size_t left_out = 0;
  for (const ArticleFile& f : article_files(files, err, status)) {
    std::string bytes, why;
    if (!read_whole_file(f.path, bytes, why)) {
      err << "glossa: " << f.path << ": cannot read the file (" << why << ")\n";
      status = 1;
      continue;
    }
    // A folder may keep annotation files (.json) beside its articles: not articles, and not errors either.
    if (f.in_folder && formats::detect_file_kind(f.path, bytes) != "article") {
      ++left_out;
      continue;
    }
    const article::ReadResult r = article::read_article_file(bytes, f.path);
    for (const auto& w : r.warnings) err << "glossa: warning: " << w << "\n";
    if (!r.ok()) {
      err << "glossa: " << r.error << "\n";
      status = 1;
      continue;
    }
    for (const auto& a : r.articles) each(a);
  }
  if (left_out)
    err << "glossa: left out " << left_out << " annotation file" << (left_out == 1 ? "" : "s")
        << " found in the folders (no article in them to read)\n";
  return status;
}

int run_parse(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
  const int status = for_each_article(files, err, [&](const article::Article& a) { out << article::article_to_json(a).dump() << "\n"; });
  out.flush();
  return status;
}

}  // namespace glossa::cli
