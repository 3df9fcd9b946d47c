// plan_merge: which annotations of a and b are the same, and which conflict.
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

#include "core/compare/describe.h"
#include "core/compare/merge.h"
#include "core/compare/span_match.h"

namespace glossa::compare {

using annotate::AnnotationSet;
using annotate::Mention;
using annotate::Quote;

namespace {

std::optional<Span> speaker_span(const AnnotationSet& s, const Quote& q) {
  const Mention* m = q.speaker.empty() ? nullptr : s.mention(q.speaker);
  return m ? std::optional<Span>(m->span) : std::nullopt;
}

// Two optional values agree when they are equal or either is missing.
bool compatible(const std::optional<Span>& x, const std::optional<Span>& y) { return !x || !y || *x == *y; }

// A pairing, and the conflict when it is one (before conflicts are put in text order and numbered).
struct Found {
  MergePlan::Pairing pairing;
  std::optional<Conflict> conflict;
};

Found same(const annotate::Id& a, const annotate::Id& b) { return {{a, b, MergePlan::kSame}, std::nullopt}; }

Found conflict(Conflict::On on, std::vector<ConflictKind> kinds, const annotate::Id& a, const Span& as, const annotate::Id& b,
               const Span& bs, std::string description) {
  Conflict c{on, std::move(kinds), a, b, as, bs, std::move(description)};
  return {{a, b, MergePlan::kSame}, std::move(c)};
}

void pair_mentions(const AnnotationSet& a, const AnnotationSet& b, const article::Article* art, std::vector<Found>& out,
                   std::size_t& same_count) {
  const auto ma = a.mentions_in_order();
  const auto mb = b.mentions_in_order();
  std::vector<bool> used_a(ma.size(), false), used_b(mb.size(), false);

  // 1. The same: span and type.
  std::map<std::tuple<std::size_t, std::size_t, std::string>, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < ma.size(); ++i) by_key[{ma[i]->span.begin, ma[i]->span.end, ma[i]->type}].push_back(i);
  for (std::size_t j = 0; j < mb.size(); ++j) {
    const auto it = by_key.find({mb[j]->span.begin, mb[j]->span.end, mb[j]->type});
    if (it == by_key.end()) continue;
    for (std::size_t i : it->second)
      if (!used_a[i]) {
        used_a[i] = used_b[j] = true;
        out.push_back(same(ma[i]->id, mb[j]->id));
        ++same_count;
        break;
      }
  }

  // 2. Type conflicts: the same span, another type.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> by_span;
  for (std::size_t i = 0; i < ma.size(); ++i)
    if (!used_a[i]) by_span[{ma[i]->span.begin, ma[i]->span.end}].push_back(i);
  for (std::size_t j = 0; j < mb.size(); ++j) {
    if (used_b[j]) continue;
    const auto it = by_span.find({mb[j]->span.begin, mb[j]->span.end});
    if (it == by_span.end()) continue;
    for (std::size_t i : it->second)
      if (!used_a[i]) {
        used_a[i] = used_b[j] = true;
        const Mention& x = *ma[i];
        const Mention& y = *mb[j];
        out.push_back(conflict(Conflict::On::Mention, {ConflictKind::Type}, x.id, x.span, y.id, y.span,
                               "mention " + where(art, x.span) + ": " + x.type + " in a (" + x.id + "), " + y.type + " in b (" +
                                   y.id + ")"));
        break;
      }
  }

  // 3. Boundary conflicts: overlapping spans of the same type, the largest overlap first.
  std::vector<Span> sa, sb;
  for (const Mention* m : ma) sa.push_back(m->span);
  for (const Mention* m : mb) sb.push_back(m->span);
  const auto pairs =
      greedy_overlap_pairs(sa, sb, [&](std::size_t i, std::size_t j) { return ma[i]->type == mb[j]->type; }, used_a, used_b);
  for (const SpanPair& p : pairs) {
    const Mention& x = *ma[p.a];
    const Mention& y = *mb[p.b];
    out.push_back(conflict(Conflict::On::Mention, {ConflictKind::Boundary}, x.id, x.span, y.id, y.span,
                           x.type + " mention: " + where(art, x.span) + " in a (" + x.id + "), " + where(art, y.span) + " in b (" +
                               y.id + ")"));
  }
}

// The differences of two quotes besides their spans, as kinds and as words.
void quote_differences(const AnnotationSet& a, const AnnotationSet& b, const Quote& x, const Quote& y,
                       const article::Article* art, std::vector<ConflictKind>& kinds, std::vector<std::string>& words) {
  if (x.kind != y.kind) {
    kinds.push_back(ConflictKind::Kind);
    words.push_back(std::string("kind ") + to_string(x.kind) + " in a, " + to_string(y.kind) + " in b");
  }
  const auto sx = speaker_span(a, x), sy = speaker_span(b, y);
  if (!compatible(sx, sy)) {
    kinds.push_back(ConflictKind::Speaker);
    words.push_back("speaker " + where(art, *sx) + " in a (" + x.speaker + "), " + where(art, *sy) + " in b (" + y.speaker + ")");
  }
  if (!compatible(x.cue, y.cue)) {
    kinds.push_back(ConflictKind::Cue);
    words.push_back("cue " + where(art, *x.cue) + " in a, " + where(art, *y.cue) + " in b");
  }
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
  return out;
}

void pair_quotes(const AnnotationSet& a, const AnnotationSet& b, const article::Article* art, std::vector<Found>& out,
                 std::size_t& same_count) {
  const auto qa = a.quotes_in_order();
  const auto qb = b.quotes_in_order();
  std::vector<bool> used_a(qa.size(), false), used_b(qb.size(), false);
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> by_span;
  for (std::size_t i = 0; i < qa.size(); ++i) by_span[{qa[i]->span.begin, qa[i]->span.end}].push_back(i);

  // Pairs quotes with the same span that pass `fits`, a of them first in text order.
  const auto pair_same_span = [&](auto fits, auto take) {
    for (std::size_t j = 0; j < qb.size(); ++j) {
      if (used_b[j]) continue;
      const auto it = by_span.find({qb[j]->span.begin, qb[j]->span.end});
      if (it == by_span.end()) continue;
      for (std::size_t i : it->second)
        if (!used_a[i] && fits(*qa[i], *qb[j])) {
          used_a[i] = used_b[j] = true;
          take(*qa[i], *qb[j]);
          break;
        }
    }
  };
  const auto take_same = [&](const Quote& x, const Quote& y) {
    out.push_back(same(x.id, y.id));
    ++same_count;
  };
  // 1. Identical: kind, cue and speaker (by span); 2. compatible: a missing cue or speaker agrees with any.
  pair_same_span(
      [&](const Quote& x, const Quote& y) { return x.kind == y.kind && x.cue == y.cue && speaker_span(a, x) == speaker_span(b, y); },
      take_same);
  pair_same_span(
      [&](const Quote& x, const Quote& y) {
        return x.kind == y.kind && compatible(x.cue, y.cue) && compatible(speaker_span(a, x), speaker_span(b, y));
      },
      take_same);
  // 3. The same span, differing in kind, speaker or cue.
  pair_same_span([](const Quote&, const Quote&) { return true; },
                 [&](const Quote& x, const Quote& y) {
                   std::vector<ConflictKind> kinds;
                   std::vector<std::string> words;
                   quote_differences(a, b, x, y, art, kinds, words);
                   out.push_back(conflict(Conflict::On::Quote, kinds, x.id, x.span, y.id, y.span,
                                          "quote " + where(art, x.span) + " (a " + x.id + ", b " + y.id + "): " + joined(words)));
                 });
  // 4. Boundary: overlapping quotes of the same kind.
  std::vector<Span> sa, sb;
  for (const Quote* q : qa) sa.push_back(q->span);
  for (const Quote* q : qb) sb.push_back(q->span);
  const auto pairs =
      greedy_overlap_pairs(sa, sb, [&](std::size_t i, std::size_t j) { return qa[i]->kind == qb[j]->kind; }, used_a, used_b);
  for (const SpanPair& p : pairs) {
    const Quote& x = *qa[p.a];
    const Quote& y = *qb[p.b];
    std::vector<ConflictKind> kinds{ConflictKind::Boundary};
    std::vector<std::string> words{std::string(to_string(x.kind)) + " quote: " + where(art, x.span) + " in a (" + x.id + "), " +
                                   where(art, y.span) + " in b (" + y.id + ")"};
    quote_differences(a, b, x, y, art, kinds, words);
    out.push_back(conflict(Conflict::On::Quote, kinds, x.id, x.span, y.id, y.span, joined(words)));
  }
}

std::string refusal(const AnnotationSet& a, const AnnotationSet& b, const MergeOptions& o) {
  if (a.article_id() != b.article_id())
    return "the sets are of different articles (a: " + a.article_id() + ", b: " + b.article_id() +
           "); only annotations of the same article can be merged";
  if (a.text_length() != b.text_length())
    return "the sets count different text lengths for article " + a.article_id() + " (a: " + std::to_string(a.text_length()) +
           ", b: " + std::to_string(b.text_length()) + " code points); only annotations of the same text can be merged";
  if (o.article && (o.article->id != a.article_id() || o.article->text.code_points() != a.text_length()))
    return "the sets are of article " + a.article_id() + ", not of " + o.article->id + " (" + o.article->source + ")";
  for (const auto* s : {&a, &b}) {
    const auto p = s->problems();
    if (!p.empty())
      return std::string("set ") + (s == &a ? "a" : "b") + " is not valid: " + p.front() +
             (p.size() > 1 ? " (and " + std::to_string(p.size() - 1) + " more)" : "");
  }
  return {};
}

}  // namespace

MergePlan plan_merge(const AnnotationSet& a, const AnnotationSet& b, const MergeOptions& options) {
  MergePlan plan;
  plan.error = refusal(a, b, options);
  if (!plan.ok()) return plan;
  plan.a = a;
  plan.b = b;
  std::vector<Found> mentions, quotes;
  pair_mentions(plan.a, plan.b, options.article, mentions, plan.same_mentions);
  pair_quotes(plan.a, plan.b, options.article, quotes, plan.same_quotes);

  // Conflicts in text order (mentions before quotes at the same place), then numbered.
  std::vector<Found*> conflicted;
  for (auto* list : {&mentions, &quotes})
    for (Found& f : *list)
      if (f.conflict) conflicted.push_back(&f);
  std::stable_sort(conflicted.begin(), conflicted.end(), [](const Found* x, const Found* y) {
    const Conflict& c = *x->conflict;
    const Conflict& d = *y->conflict;
    return std::make_tuple(std::min(c.a_span.begin, c.b_span.begin), c.a_span.begin, c.b_span.begin, c.on) <
           std::make_tuple(std::min(d.a_span.begin, d.b_span.begin), d.a_span.begin, d.b_span.begin, d.on);
  });
  for (Found* f : conflicted) {
    f->pairing.conflict = plan.conflicts.size();
    plan.conflicts.push_back(std::move(*f->conflict));
  }
  for (const Found& f : mentions) plan.mentions.push_back(f.pairing);
  for (const Found& f : quotes) plan.quotes.push_back(f.pairing);
  return plan;
}

}  // namespace glossa::compare
