#include "core/article/article_binary.h"

#include <cstdint>
#include <cstring>

#include "core/article/byte_codec.h"
#include "core/text/utf8.h"

namespace glossa::article {

namespace {

constexpr char kMagic[8] = {'G', 'L', 'A', 'R', 'T', 'B', 'I', '1'};

using codec::Reader;
using codec::Writer;

bool inside(const Span& s, std::size_t length) { return s.begin <= s.end && s.end <= length; }

}  // namespace

namespace {
void write_article(Writer& w, const Article& a) {
  w.str(a.id);
  w.str(a.source);
  w.str(a.format);
  w.str(a.encoding);
  w.str(a.title);
  w.u64(a.metadata.size());
  for (const MetaField& m : a.metadata) {
    w.str(m.key);
    w.str(m.raw);
    w.str(m.iso);
  }
  w.str(a.text.view());
  w.span(a.title_span);
  w.spans(a.paragraphs);
  w.spans(a.sentences);
  w.strs(a.normalization);
  w.strs(a.warnings);
}
}  // namespace

std::string to_binary(const ReadResult& r) {
  Writer w;
  w.magic(kMagic);
  w.str(r.error);
  w.strs(r.warnings);
  w.u64(r.articles.size());
  for (const Article& a : r.articles) write_article(w, a);
  return std::move(w.out);
}

std::string to_binary(const Article& a) {
  Writer w;
  w.out.reserve(a.text.bytes() + 64 + 16 * (a.paragraphs.size() + a.sentences.size()));
  w.magic(kMagic);
  w.str("");
  w.strs({});
  w.u64(1);
  write_article(w, a);
  return std::move(w.out);
}

std::optional<ReadResult> from_binary(std::string_view bytes) {
  Reader r(bytes);
  if (!r.magic(kMagic)) return std::nullopt;
  ReadResult out;
  out.error = r.str();
  out.warnings = r.strs();
  const std::size_t n = r.count(8);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    Article a;
    a.id = r.str();
    a.source = r.str();
    a.format = r.str();
    a.encoding = r.str();
    a.title = r.str();
    a.metadata.resize(r.count(24));
    for (MetaField& m : a.metadata) {
      m.key = r.str();
      m.raw = r.str();
      m.iso = r.str();
    }
    std::string text = r.str();
    if (!r.ok() || !text::check_utf8(text).valid) return std::nullopt;
    a.text = text::IndexedText(std::move(text));
    a.title_span = r.span();
    a.paragraphs = r.spans();
    a.sentences = r.spans();
    a.normalization = r.strs();
    a.warnings = r.strs();
    const std::size_t length = a.text.code_points();
    if (!inside(a.title_span, length)) return std::nullopt;
    for (const auto* v : {&a.paragraphs, &a.sentences})
      for (const Span& s : *v)
        if (!inside(s, length)) return std::nullopt;
    out.articles.push_back(std::move(a));
  }
  if (!r.ok() || !r.at_end()) return std::nullopt;
  return out;
}

}  // namespace glossa::article
