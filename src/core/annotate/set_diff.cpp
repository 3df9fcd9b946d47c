#include "core/annotate/set_diff.h"

namespace glossa::annotate {

namespace {

// What is added or changed.
template <typename T>
void added_or_changed(const std::map<Id, T>& from, const std::map<Id, T>& to, Step& step) {
  for (const auto& [id, after] : to) {
    auto it = from.find(id);
    if (it == from.end()) step.changes.push_back(Change<T>{std::nullopt, after});
    else if (!(it->second == after)) step.changes.push_back(Change<T>{it->second, after});
  }
}

template <typename T>
void removed(const std::map<Id, T>& from, const std::map<Id, T>& to, Step& step) {
  for (const auto& [id, before] : from)
    if (!to.count(id)) step.changes.push_back(Change<T>{before, std::nullopt});
}

}  // namespace

Step diff_step(const AnnotationSet& from, const AnnotationSet& to, std::string label) {
  Step step{std::move(label), {}};
  added_or_changed(from.entities, to.entities, step);
  added_or_changed(from.mentions, to.mentions, step);
  added_or_changed(from.quotes, to.quotes, step);
  added_or_changed(from.notes, to.notes, step);
  removed(from.notes, to.notes, step);
  removed(from.quotes, to.quotes, step);
  removed(from.mentions, to.mentions, step);
  removed(from.entities, to.entities, step);
  return step;
}

}  // namespace glossa::annotate
