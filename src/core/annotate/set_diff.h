#pragma once
// The step that turns one set into another, as one undoable edit: replacing an article's annotations with
// a colleague's, or applying a merge. Per id, what changed. Additions and changes come first, entities
// before mentions, quotes and notes, so every link points at something already there when its annotation
// is checked; removals follow in the reverse order, so the step undone (applied backwards) holds too.
#include <string>

#include "core/annotate/editor.h"

namespace glossa::annotate {

// No changes when the two hold the same annotations (types and foreign records are not annotations: the
// caller brings them over).
Step diff_step(const AnnotationSet& from, const AnnotationSet& to, std::string label);
// The same, taking to's annotations into the step (to keeps its ids, types and foreign records).
Step diff_step(const AnnotationSet& from, AnnotationSet&& to, std::string label);

}  // namespace glossa::annotate
