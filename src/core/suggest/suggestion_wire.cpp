#include "core/suggest/suggestion_wire.h"

#include "core/article/byte_codec.h"

namespace glossa::suggest {

namespace {

using article::codec::Reader;
using article::codec::Writer;

constexpr char kMagic[8] = {'G', 'L', 'S', 'U', 'G', 'G', 'S', '1'};

void optional_span(Writer& w, const std::optional<Span>& s) {
  w.u64(s ? 1 : 0);
  if (s) w.span(*s);
}

std::optional<Span> optional_span(Reader& r) {
  if (r.u64() == 0) return std::nullopt;
  return r.span();
}

}  // namespace

std::string to_wire(const Suggestions& s) {
  Writer w;
  w.magic(kMagic);
  w.u64(s.quotes.size());
  for (const QuoteSuggestion& q : s.quotes) {
    w.span(q.span);
    w.u64(static_cast<std::uint64_t>(q.kind));
    optional_span(w, q.cue);
    optional_span(w, q.speaker);
    w.str(q.speaker_entity);
    w.f64(q.confidence);
  }
  w.u64(s.entities.size());
  for (const EntitySuggestion& e : s.entities) {
    w.span(e.span);
    w.str(e.type);
    w.str(e.entity);
    w.f64(e.confidence);
  }
  w.strs(s.flags);
  return std::move(w.out);
}

std::optional<Suggestions> from_wire(std::string_view bytes, std::size_t text_length) {
  Reader r(bytes);
  if (!r.magic(kMagic)) return std::nullopt;
  Suggestions s;
  const auto inside = [&](const Span& x) { return x.begin <= x.end && x.end <= text_length; };
  bool spans_ok = true;
  s.quotes.resize(r.count(16 + 8 + 8 + 8 + 8 + 8));
  for (QuoteSuggestion& q : s.quotes) {
    q.span = r.span();
    const std::uint64_t kind = r.u64();
    q.kind = kind == 1 ? QuoteKind::Indirect : kind == 2 ? QuoteKind::Mixed : QuoteKind::Direct;
    if (kind > 2 || static_cast<std::uint64_t>(q.kind) != kind) spans_ok = false;
    q.cue = optional_span(r);
    q.speaker = optional_span(r);
    q.speaker_entity = r.str();
    q.confidence = r.f64();
    spans_ok = spans_ok && inside(q.span) && (!q.cue || inside(*q.cue)) && (!q.speaker || inside(*q.speaker));
  }
  s.entities.resize(r.count(16 + 8 + 8 + 8));
  for (EntitySuggestion& e : s.entities) {
    e.span = r.span();
    e.type = r.str();
    e.entity = r.str();
    e.confidence = r.f64();
    spans_ok = spans_ok && inside(e.span);
  }
  s.flags = r.strs();
  if (!r.ok() || !r.at_end() || !spans_ok) return std::nullopt;
  return s;
}

}  // namespace glossa::suggest
