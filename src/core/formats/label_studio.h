#pragma once
// Label Studio (labelstud.io) JSON tasks, export and import: the "JSON" export of a project, a list of
//   {"id", "data": {"text", "title", "glossa_article_id"}, "annotations": [{"result": [...], "created_at", ...}]}
// Each result item is a region or a link between regions. Offsets (value.start, value.end) count
// JavaScript string positions, UTF-16 code units, so they go through text::IndexedText (utf16_of,
// cp_of_utf16). The labeling config that loads these tasks is label_studio_config() (one <Labels
// name="label">, a <Text name="text" value="$text">, <Relations>, per-region <Choices> and <TextArea>s).
//
// How Glossa's model is written (region ids are Glossa's ids, which Label Studio accepts: A-Za-z0-9_-):
//   mention   "labels" region, from_name "label", value.labels [TYPE]
//   entity    every mention of an entity carries a per-region "textarea" result (same id) from_name
//             "entity" with value.text [entity name]; the entity's later mentions are linked to its first
//             by a "relation" labelled "same-entity". Reading joins mentions linked by same-entity
//             relations (in any direction, chains too) into one entity named by their "entity" textarea
//             (the first in text order that has one; else the first mention's text); a mention with an
//             "entity" textarea and no relation is an entity of its own.
//   quote     "labels" region labelled "Quote", with a per-region "choices" result (same id) from_name
//             "kind": value.choices ["direct" | "indirect" | "mixed"] (no choices: direct)
//   speaker   "relation" from the quote to the speaker mention, labels ["speaker"]
//   cue       "labels" region labelled "Cue" (id "<quote id>_cue"), a "relation" from the quote to it,
//             labels ["cue"]
//   note      per-region "textarea" result from_name "note" on the region it is about (value.text holds one
//             string per note); a note about an entity goes on the entity's first mention with from_name
//             "entity_note"; a note on a span of text is a "labels" region labelled "Note" with its "note"
//             textarea. Reading also takes a region's "meta": {"text": [...]} (Label Studio's region
//             meta) as notes on it.
//   suggested annotations have "origin": "prediction", the others "manual".
// Reading is lenient where Label Studio users differ: "Quote", "Cue", "Note" and relation labels match
// in any case; a relation without a label is a speaker (quote-mention) or a cue (quote-Cue); a label that
// is a type's name or display label ("Organization" for ORG) is that type; any other label becomes a new
// type (spaces become '_'). Results Glossa does not model (document-level choices, other relations,
// other result types) are kept in AnnotationSet::foreign and written back on export.
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/formats/loaded.h"

namespace glossa::formats {

// A JSON array of one task. warnings (when given) receives what could not be written (discontinuous
// spans are written as their covering span; notes on an entity without mentions; kept records whose
// regions are gone).
std::string write_label_studio(const article::Article& a, const annotate::AnnotationSet& s,
                               std::vector<std::string>* warnings = nullptr);

// A Label Studio labeling config (XML) for the tasks write_label_studio makes, with the types' colours.
std::string label_studio_config(const annotate::TypeSet& types);

// One task: the one whose text is opts.target's (its text hash), else the first. The task's text is the
// article (exactly as in the task, so offsets hold); with opts.target, the annotations are bound to it
// (refused, or re-anchored with opts.reanchor, when the task's text is another).
Loaded read_label_studio(std::string_view bytes, const ImportOptions& opts = {});

// Every task of the file, each with its article (source "name#<n>" when there are several). A file that
// cannot be read at all gives one Loaded with the problem.
std::vector<Loaded> read_label_studio_tasks(std::string_view bytes, const std::string& name);

}  // namespace glossa::formats
