#include "core/compare/differences.h"

#include <algorithm>
#include <set>

#include "core/compare/describe.h"

namespace glossa::compare {

namespace {

template <typename T>
void only_one_side(const std::map<annotate::Id, T>& table, const std::set<annotate::Id>& paired, bool side_a, bool quote,
                   const article::Article* art, std::vector<Difference>& out) {
  for (const auto& [id, x] : table) {
    if (paired.count(id)) continue;
    Difference d;
    d.kind = side_a ? Difference::Kind::OnlyA : Difference::Kind::OnlyB;
    d.quote = quote;
    d.span = x.span;
    (side_a ? d.a_id : d.b_id) = id;
    if constexpr (std::is_same_v<T, annotate::Mention>) d.description = x.type + " mention ";
    else d.description = std::string(annotate::to_string(x.kind)) + " quote ";
    d.description += where(art, x.span) + (side_a ? " only in a" : " only in b");
    out.push_back(std::move(d));
  }
}

}  // namespace

std::vector<Difference> differences(const MergePlan& plan, const article::Article* article) {
  std::vector<Difference> out;
  if (!plan.ok()) return out;
  std::set<annotate::Id> ma, mb, qa, qb;
  for (const auto& p : plan.mentions) ma.insert(p.a), mb.insert(p.b);
  for (const auto& p : plan.quotes) qa.insert(p.a), qb.insert(p.b);
  for (const Conflict& c : plan.conflicts) {
    Difference d;
    d.kind = Difference::Kind::Conflict;
    d.quote = c.on == Conflict::On::Quote;
    d.span = {std::min(c.a_span.begin, c.b_span.begin), std::max(c.a_span.end, c.b_span.end)};
    d.a_id = c.a_id;
    d.b_id = c.b_id;
    d.description = c.description;
    out.push_back(std::move(d));
  }
  only_one_side(plan.a.mentions, ma, true, false, article, out);
  only_one_side(plan.b.mentions, mb, false, false, article, out);
  only_one_side(plan.a.quotes, qa, true, true, article, out);
  only_one_side(plan.b.quotes, qb, false, true, article, out);
  std::stable_sort(out.begin(), out.end(), [](const Difference& x, const Difference& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  });
  return out;
}

}  // namespace glossa::compare
