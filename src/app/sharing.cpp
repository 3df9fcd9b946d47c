#include "app/sharing.h"

#include <algorithm>
#include <utility>

#include "app/document.h"
#include "core/annotate/set_diff.h"

namespace glossa::app {

namespace {

// Turns the document's annotations into `to` as one undo step; `stepped` says whether there was anything to
// change. Types the file brings are added first (an added type is harmless if the step is undone). Records
// the model does not hold (brat relations, attributes) are not part of an undo step, so none is ever
// dropped: the file's are added to the document's (an undo leaves them).
bool apply_set(Document& d, annotate::AnnotationSet&& to, const std::string& label, std::string& error, bool& stepped) {
  stepped = false;
  for (const auto& t : to.types.all()) {
    if (d.set.types.find(t.name)) continue;
    std::string why;
    if (!d.set.types.put(t, &why)) {
      error = "the type " + t.name + " cannot be added (" + why + ")";
      return false;
    }
  }
  annotate::Step step = annotate::diff_step(d.set, std::move(to), label);  // to keeps its ids and foreign records
  if (!step.changes.empty()) {
    const annotate::EditResult r = d.editor.apply(std::move(step));  // a copy of 10,000 annotations spared
    if (!r.ok) {
      error = r.error;
      return false;
    }
    stepped = true;
  }
  for (const auto& f : to.foreign)
    if (std::find(d.set.foreign.begin(), d.set.foreign.end(), f) == d.set.foreign.end()) d.set.foreign.push_back(f);
  d.selected.clear();
  return true;
}

std::string count(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

void replace_annotations(Document& d, annotate::AnnotationSet set, const std::string& name) {
  std::string error;
  bool stepped = false;
  const std::string counts = count(set.mentions.size(), "mention", "mentions") + ", " + count(set.quotes.size(), "quote", "quotes");
  if (!apply_set(d, std::move(set), "Replace with " + name, error, stepped)) {
    d.say("Not replaced: " + error, true);
    return;
  }
  d.say("Replaced with " + name + ": " + counts + (stepped ? " (Ctrl+Z takes it back)" : " (the same as before)"));
}

void start_merge(Document& d, const annotate::AnnotationSet& set, const std::string& name) {
  compare::MergeOptions opts;
  opts.article = &d.article;
  MergeSession m{name, compare::plan_merge(d.set, set, opts), {}, 0};
  if (!m.plan.ok()) {
    d.say("Cannot merge " + name + ": " + m.plan.error, true);
    return;
  }
  d.comparison.reset();
  d.merging = std::move(m);
  if (d.merging->plan.conflicts.empty()) finish_merge(d);
  else reveal_difference(d, 0);
}

void finish_merge(Document& d) {
  if (!d.merging) return;
  MergeSession m = std::move(*d.merging);
  d.merging.reset();
  compare::MergeResult r = compare::resolve(m.plan, m.choices);
  std::string error;
  bool stepped = false;
  if (!r.ok() || !apply_set(d, std::move(r.set), "Merge " + m.name, error, stepped)) {
    d.say("Not merged: " + (r.ok() ? error : r.error), true);
    return;
  }
  std::size_t theirs = 0, both = 0;
  for (const auto c : r.choices) theirs += c == compare::Choice::TakeB, both += c == compare::Choice::KeepBoth;
  std::string msg = "Merged " + m.name + ": " + count(m.plan.same_mentions + m.plan.same_quotes, "annotation", "annotations") +
                    " the same";
  if (!r.conflicts.empty())
    msg += ", " + count(r.conflicts.size(), "conflict", "conflicts") + " settled (" + std::to_string(theirs) + " theirs, " +
           std::to_string(both) + " both kept)";
  d.say(msg + (stepped ? " (Ctrl+Z takes it back)" : "; nothing new"));
}

void start_compare(Document& d, annotate::AnnotationSet set, const std::string& name) {
  d.comparison = Comparison{name, std::move(set), {}, {}, -1, ~std::uint64_t{0}};
  refresh_comparison(d);
  if (d.comparison && !d.comparison->differences.empty()) reveal_difference(d, 0);
}

void refresh_comparison(Document& d) {
  if (!d.comparison || d.comparison->version == d.editor.version()) return;
  Comparison& c = *d.comparison;
  c.version = d.editor.version();
  c.agreement = compare::agree(d.article, d.set, c.theirs);
  compare::MergeOptions opts;
  opts.article = &d.article;
  const compare::MergePlan plan = compare::plan_merge(d.set, c.theirs, opts);
  c.differences = compare::differences(plan, &d.article);
  if (c.at >= static_cast<int>(c.differences.size())) c.at = static_cast<int>(c.differences.size()) - 1;
  if (!plan.ok()) d.say("Cannot compare with " + c.name + ": " + plan.error, true);
}

void reveal_difference(Document& d, int i) {
  if (d.merging) {
    const auto& cs = d.merging->plan.conflicts;
    if (i < 0 || i >= static_cast<int>(cs.size())) return;
    const auto& c = cs[static_cast<std::size_t>(i)];
    d.reveal = annotate::Span{std::min(c.a_span.begin, c.b_span.begin), std::max(c.a_span.end, c.b_span.end)};
    return;
  }
  if (!d.comparison) return;
  const auto& ds = d.comparison->differences;
  if (i < 0 || i >= static_cast<int>(ds.size())) return;
  d.comparison->at = i;
  d.reveal = ds[static_cast<std::size_t>(i)].span;
}

}  // namespace glossa::app
