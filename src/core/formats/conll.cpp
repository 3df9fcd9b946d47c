#include "core/formats/conll.h"

#include <algorithm>

#include "core/formats/flat_mentions.h"
#include "core/article/tokenize.h"

namespace glossa::formats {

using namespace annotate;

std::string write_conll(const article::Article& a, const AnnotationSet& s, std::vector<std::string>* warnings) {
  const auto units = article::tokenized_units(a);
  std::vector<Span> toks;
  std::vector<std::size_t> unit_first;  // index in toks of each unit's first token
  for (const auto& u : units) {
    unit_first.push_back(toks.size());
    toks.insert(toks.end(), u.begin(), u.end());
  }
  // The first token starting at or after cp.
  const auto token_at = [&](std::size_t cp) {
    return static_cast<std::size_t>(
        std::lower_bound(toks.begin(), toks.end(), cp, [](const Span& t, std::size_t c) { return t.begin < c; }) - toks.begin());
  };
  std::vector<const Mention*> owner(toks.size(), nullptr);
  std::vector<std::string> left_out;
  for (const Mention* m : outermost_first(s)) {
    const std::size_t lo = token_at(m->span.begin), hi = token_at(m->span.end);
    if (lo >= hi) {
      left_out.push_back(describe_mention(a.text, *m) + " lies inside a single token");
      continue;
    }
    const Mention* taken = nullptr;
    for (std::size_t t = lo; t < hi && !taken; ++t) taken = owner[t];
    if (taken) {
      left_out.push_back(describe_mention(a.text, *m) + " overlaps " + describe_mention(a.text, *taken));
      continue;
    }
    for (std::size_t t = lo; t < hi; ++t) owner[t] = m;
  }
  std::string out = "-DOCSTART-\tO\n\n";
  std::vector<std::string> crossing;
  for (std::size_t u = 0; u < units.size(); ++u) {
    const std::size_t first = unit_first[u], last = first + units[u].size();
    for (std::size_t t = first; t < last; ++t) {
      const Mention* m = owner[t];
      out += a.text.slice(toks[t].begin, toks[t].end);
      out += '\t';
      if (!m) {
        out += "O\n";
        continue;
      }
      const bool begins = t == 0 || owner[t - 1] != m;
      if (!begins && t == first) crossing.push_back(describe_mention(a.text, *m));
      out += (begins || t == first ? "B-" : "I-") + m->type + "\n";
    }
    out += "\n";
  }
  if (warnings) {
    if (!left_out.empty()) {
      warnings->push_back("IOB2 is flat: " + std::to_string(left_out.size()) + " of " + std::to_string(s.mentions.size()) +
                          " mentions left out (nested in or overlapping a longer mention, or inside a single token)");
      for (const auto& w : left_out) warnings->push_back("left out: " + w);
    }
    for (const auto& w : crossing) warnings->push_back("mention " + w + " crosses a sentence boundary: it begins again (B-) in the next sentence");
    if (!s.quotes.empty())
      warnings->push_back(std::to_string(s.quotes.size()) + (s.quotes.size() == 1 ? " quote" : " quotes") +
                          " not exported (CoNLL holds entities only)");
  }
  return out;
}

}  // namespace glossa::formats
