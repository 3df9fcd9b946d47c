#include "core/annotate/model.h"

#include <algorithm>

namespace glossa::annotate {

const char* to_string(QuoteKind k) {
  switch (k) {
    case QuoteKind::Direct: return "direct";
    case QuoteKind::Indirect: return "indirect";
    case QuoteKind::Mixed: return "mixed";
  }
  return "direct";
}

bool parse_quote_kind(const std::string& s, QuoteKind& k) {
  if (s == "direct") k = QuoteKind::Direct;
  else if (s == "indirect") k = QuoteKind::Indirect;
  else if (s == "mixed") k = QuoteKind::Mixed;
  else return false;
  return true;
}

std::string span_problem(const Span& s, std::size_t length) {
  const std::string where = "span " + std::to_string(s.begin) + ".." + std::to_string(s.end);
  if (s.end <= s.begin) return where + " is empty or reversed";
  if (s.end > length) return where + " is outside the text (length " + std::to_string(length) + ")";
  return {};
}

std::string fragments_problem(const Fragments& f, const Span& covering) {
  if (f.empty()) return {};
  // The pieces keep the order they were written in (brat allows "209 236;91 186"); they may not overlap.
  Fragments sorted = f;
  std::sort(sorted.begin(), sorted.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (sorted[i].end <= sorted[i].begin) return "a fragment is empty or reversed";
    if (i && sorted[i].begin < sorted[i - 1].end) return "fragments overlap";
  }
  if (sorted.front().begin != covering.begin || sorted.back().end != covering.end) return "fragments do not match the span";
  return {};
}

const Mention* AnnotationSet::mention(const Id& id) const {
  const auto it = mentions.find(id);
  return it == mentions.end() ? nullptr : &it->second;
}
const Entity* AnnotationSet::entity(const Id& id) const {
  const auto it = entities.find(id);
  return it == entities.end() ? nullptr : &it->second;
}
const Quote* AnnotationSet::quote(const Id& id) const {
  const auto it = quotes.find(id);
  return it == quotes.end() ? nullptr : &it->second;
}
bool AnnotationSet::has_annotation(const Id& id) const {
  return mentions.count(id) || entities.count(id) || quotes.count(id) || notes.count(id);
}

Id AnnotationSet::new_id(char prefix) {
  unsigned long& n = next_[prefix];
  for (;;) {
    Id id = std::string(1, prefix) + std::to_string(++n);
    if (!has_annotation(id)) return id;
  }
}

std::vector<std::string> AnnotationSet::problems() const {
  std::vector<std::string> out;
  for (const auto& [id, m] : mentions) {
    if (id != m.id) out.push_back("mention " + id + ": stored under another id (" + m.id + ")");
    if (auto p = span_problem(m.span, length_); !p.empty()) out.push_back("mention " + id + ": " + p);
    if (!types.find(m.type)) out.push_back("mention " + id + ": unknown type \"" + m.type + "\"");
    if (auto p = fragments_problem(m.fragments, m.span); !p.empty()) out.push_back("mention " + id + ": " + p);
    if (!m.entity.empty() && !entities.count(m.entity)) out.push_back("mention " + id + ": entity " + m.entity + " does not exist");
  }
  for (const auto& [id, e] : entities) {
    if (id != e.id) out.push_back("entity " + id + ": stored under another id (" + e.id + ")");
    if (!e.type.empty() && !types.find(e.type)) out.push_back("entity " + id + ": unknown type \"" + e.type + "\"");
  }
  for (const auto& [id, q] : quotes) {
    if (id != q.id) out.push_back("quote " + id + ": stored under another id (" + q.id + ")");
    if (auto p = span_problem(q.span, length_); !p.empty()) out.push_back("quote " + id + ": " + p);
    if (auto p = fragments_problem(q.fragments, q.span); !p.empty()) out.push_back("quote " + id + ": " + p);
    if (q.cue)
      if (auto p = span_problem(*q.cue, length_); !p.empty()) out.push_back("quote " + id + ": cue " + p);
    if (!q.speaker.empty() && !mentions.count(q.speaker))
      out.push_back("quote " + id + ": speaker " + q.speaker + " is not a mention in this set");
  }
  for (const auto& [id, n] : notes) {
    if (id != n.id) out.push_back("note " + id + ": stored under another id (" + n.id + ")");
    if (!n.target.empty() && !(mentions.count(n.target) || entities.count(n.target) || quotes.count(n.target)))
      out.push_back("note " + id + ": target " + n.target + " does not exist");
    if (n.span)
      if (auto p = span_problem(*n.span, length_); !p.empty()) out.push_back("note " + id + ": " + p);
  }
  return out;
}

std::vector<const Mention*> AnnotationSet::mentions_of(const Id& entity_id) const {
  std::vector<const Mention*> out;
  for (const auto& [id, m] : mentions)
    if (m.entity == entity_id) out.push_back(&m);
  std::stable_sort(out.begin(), out.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  return out;
}

AnnotationSet::MentionsByEntity AnnotationSet::mentions_by_entity() const {
  MentionsByEntity out;
  for (const auto& [id, m] : mentions)
    if (!m.entity.empty()) out[m.entity].push_back(&m);
  for (auto& [e, ms] : out)
    std::stable_sort(ms.begin(), ms.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  return out;
}

const std::vector<const Mention*>& AnnotationSet::mentions_in(const MentionsByEntity& by_entity, const Id& entity) {
  static const std::vector<const Mention*> none;
  const auto it = by_entity.find(entity);
  return it == by_entity.end() ? none : it->second;
}

namespace {
template <typename T>
bool doc_order(const T* a, const T* b) {
  if (a->span.begin != b->span.begin) return a->span.begin < b->span.begin;
  if (a->span.end != b->span.end) return a->span.end > b->span.end;
  return a->id < b->id;
}
}  // namespace

std::vector<const Mention*> AnnotationSet::mentions_in_order() const {
  std::vector<const Mention*> out;
  out.reserve(mentions.size());
  for (const auto& kv : mentions) out.push_back(&kv.second);
  std::sort(out.begin(), out.end(), doc_order<Mention>);
  return out;
}

std::vector<const Quote*> AnnotationSet::quotes_in_order() const {
  std::vector<const Quote*> out;
  out.reserve(quotes.size());
  for (const auto& kv : quotes) out.push_back(&kv.second);
  std::sort(out.begin(), out.end(), doc_order<Quote>);
  return out;
}

}  // namespace glossa::annotate
