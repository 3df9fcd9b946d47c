#include "core/formats/flat_mentions.h"

#include <algorithm>

namespace glossa::formats {

std::vector<const annotate::Mention*> outermost_first(const annotate::AnnotationSet& s) {
  std::vector<const annotate::Mention*> out;
  out.reserve(s.mentions.size());
  for (const auto& kv : s.mentions) out.push_back(&kv.second);
  std::sort(out.begin(), out.end(), [](const annotate::Mention* x, const annotate::Mention* y) {
    if (x->span.size() != y->span.size()) return x->span.size() > y->span.size();
    if (x->span.begin != y->span.begin) return x->span.begin < y->span.begin;
    return x->id < y->id;
  });
  return out;
}

std::string describe_mention(const text::IndexedText& t, const annotate::Mention& m) {
  std::string text(t.slice(m.span.begin, std::min(m.span.end, m.span.begin + 60)));
  if (m.span.size() > 60) text += "…";
  return m.id + " \"" + text + "\" (" + m.type + ")";
}

}  // namespace glossa::formats
