#include "cli/documents.h"

#include <fstream>

#include "cli/commands.h"
#include "core/formats/registry.h"

namespace glossa::cli {

bool DocumentLoader::prepare(std::ostream& err) {
  if (opts_.article_path.empty()) return true;
  std::string bytes, why;
  if (!read_whole_file(opts_.article_path, bytes, why)) {
    err << "glossa: " << opts_.article_path << ": cannot read the file (" << why << ")\n";
    return false;
  }
  auto docs = formats::load_documents(bytes, opts_.article_path, {});
  if (docs.empty() || !docs[0].ok() || !docs[0].article) {
    err << "glossa: " << opts_.article_path << ": "
        << (docs.empty() || docs[0].ok() ? "holds no article text" : docs[0].error()) << "\n";
    return false;
  }
  if (docs.size() > 1)
    err << "glossa: warning: " << opts_.article_path << " holds " << docs.size() << " articles; using the first\n";
  article_ = std::move(docs[0].article);
  return true;
}

std::optional<LoadedFile> DocumentLoader::load(const std::string& path, std::ostream& err) {
  std::string bytes, why;
  if (!read_whole_file(path, bytes, why)) {
    err << "glossa: " << path << ": cannot read the file (" << why << ")\n";
    return std::nullopt;
  }
  formats::ImportOptions io;
  io.target = article();
  io.reanchor = opts_.reanchor;
  std::optional<std::string> txt;
  LoadedFile f;
  f.kind = formats::detect_file_kind(path, bytes);
  if (f.kind == "brat") {
    std::string t;
    if (read_whole_file(formats::base_name(path) + ".txt", t, why)) txt = std::move(t);
  }
  f.docs = formats::load_documents(bytes, path, io, txt ? std::optional<std::string_view>(*txt) : std::nullopt);
  // The first text seen binds the files after it that carry none.
  if (!article_)
    for (const auto& d : f.docs)
      if (d.ok() && d.article) {
        article_ = *d.article;
        break;
      }
  return f;
}

const article::Article* article_of(const formats::Loaded& l, const DocumentLoader& loader) {
  return l.article ? &*l.article : loader.article();
}

std::string counts(const annotate::AnnotationSet& s) {
  const auto n = [](std::size_t k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
  return n(s.mentions.size(), "mention", "mentions") + ", " + n(s.entities.size(), "entity", "entities") + ", " +
         n(s.quotes.size(), "quote", "quotes") + ", " + n(s.notes.size(), "note", "notes");
}

bool write_file(const std::string& path, const std::string& bytes, std::ostream& err) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  out.close();
  if (!out) {
    err << "glossa: " << path << ": cannot write the file\n";
    return false;
  }
  return true;
}

}  // namespace glossa::cli
