#include "core/annotate/set_diff.h"

namespace glossa::annotate {

namespace {

// What is added or changed. `to` is const (its annotations copied into the step) or a set given up by the
// caller (moved: an import of 10,000 annotations is not copied once more).
template <typename T, typename ToMap>
void added_or_changed(const std::map<Id, T>& from, ToMap& to, Step& step) {
  for (auto& [id, after] : to) {
    auto it = from.find(id);
    if (it == from.end()) step.changes.push_back(Change<T>{std::nullopt, std::move(after)});
    else if (!(it->second == after)) step.changes.push_back(Change<T>{it->second, std::move(after)});
  }
}

template <typename T>
void removed(const std::map<Id, T>& from, const std::map<Id, T>& to, Step& step) {
  for (const auto& [id, before] : from)
    if (!to.count(id)) step.changes.push_back(Change<T>{before, std::nullopt});
}

template <typename ToSet>
Step diff(const AnnotationSet& from, ToSet& to, std::string label) {
  Step step{std::move(label), {}};
  added_or_changed(from.entities, to.entities, step);
  added_or_changed(from.mentions, to.mentions, step);
  added_or_changed(from.quotes, to.quotes, step);
  added_or_changed(from.notes, to.notes, step);
  removed(from.notes, to.notes, step);
  removed(from.quotes, to.quotes, step);
  removed(from.mentions, to.mentions, step);
  removed(from.entities, to.entities, step);  // by id only: moved annotations keep theirs
  return step;
}

}  // namespace

Step diff_step(const AnnotationSet& from, const AnnotationSet& to, std::string label) { return diff(from, to, std::move(label)); }
Step diff_step(const AnnotationSet& from, AnnotationSet&& to, std::string label) { return diff(from, to, std::move(label)); }

}  // namespace glossa::annotate
