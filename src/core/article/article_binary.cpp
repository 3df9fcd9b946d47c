#include "core/article/article_binary.h"

#include <cstdint>
#include <cstring>

#include "core/text/utf8.h"

namespace glossa::article {

namespace {

constexpr char kMagic[8] = {'G', 'L', 'A', 'R', 'T', 'B', 'I', '1'};

class Writer {
 public:
  void u64(std::uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);  // little-endian everywhere
    out.append(b, 8);
  }
  void str(std::string_view s) {
    u64(s.size());
    out.append(s);
  }
  void span(const Span& s) {
    u64(s.begin);
    u64(s.end);
  }
  void spans(const std::vector<Span>& v) {
    u64(v.size());
    for (const Span& s : v) span(s);
  }
  void strs(const std::vector<std::string>& v) {
    u64(v.size());
    for (const auto& s : v) str(s);
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  std::uint64_t u64() {
    if (!ok_ || in_.size() - at_ < 8) return fail();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
    at_ += 8;
    return v;
  }
  std::string str() {
    const std::uint64_t n = u64();
    if (!ok_ || in_.size() - at_ < n) return fail(), std::string();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  // A count of items each at least `least` bytes long: never more than the bytes left could hold, so a
  // damaged count cannot ask for a huge allocation.
  std::size_t count(std::size_t least) {
    const std::uint64_t n = u64();
    if (!ok_ || n > (in_.size() - at_) / least) return fail(), 0;
    return static_cast<std::size_t>(n);
  }
  Span span() {
    Span s;
    s.begin = u64();
    s.end = u64();
    return s;
  }
  std::vector<Span> spans() {
    std::vector<Span> v(count(16));
    for (Span& s : v) s = span();
    return v;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count(8));
    for (auto& s : v) s = str();
    return v;
  }
  bool magic() {
    if (in_.size() < sizeof kMagic || std::memcmp(in_.data(), kMagic, sizeof kMagic) != 0) return fail(), false;
    at_ = sizeof kMagic;
    return true;
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    return 0;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

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
  w.out.append(kMagic, sizeof kMagic);
  w.str(r.error);
  w.strs(r.warnings);
  w.u64(r.articles.size());
  for (const Article& a : r.articles) write_article(w, a);
  return std::move(w.out);
}

std::string to_binary(const Article& a) {
  Writer w;
  w.out.reserve(a.text.bytes() + 64 + 16 * (a.paragraphs.size() + a.sentences.size()));
  w.out.append(kMagic, sizeof kMagic);
  w.str("");
  w.strs({});
  w.u64(1);
  write_article(w, a);
  return std::move(w.out);
}

std::optional<ReadResult> from_binary(std::string_view bytes) {
  Reader r(bytes);
  if (!r.magic()) return std::nullopt;
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
