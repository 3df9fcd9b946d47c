#pragma once
// What a person does to the annotations, as commands shared by the keyboard, the context menu and the
// panels. Each acts on the document's selection or selected annotation, goes through the editor (so it can
// be undone), and leaves a message in the status bar: what was done, or why nothing was.
#include <string>

#include "app/document.h"

namespace glossa::app {

// Keys 1–9: the selection becomes a mention of that type, or the selected mention changes type.
void mark_type(Document& d, const std::string& type);
// Q / Shift+Q: the selection becomes a quote of that kind, or the selected quote changes kind.
void mark_quote(Document& d, annotate::QuoteKind kind);
// S: the next click on a mention (or the next selection, marked PERSON) is the selected quote's speaker.
void begin_pick_speaker(Document& d);
// C: the selection is the cue of the selected quote (or of the quote that contains it); without a
// selection, the next selection is.
void mark_cue(Document& d);
// What a pick (S or C) does with a click on an annotation or a new selection; false when not picking.
bool finish_pick(Document& d, const Id& clicked, Span selection);
void cancel_pick(Document& d);
// N: a note on the selected annotation, or on the selected text.
void add_note(Document& d, const std::string& text);
// Delete: removes the selected annotation.
void remove_selected(Document& d);
// E: the selected mention joins entity (an entity id, or another mention: its entity, made when needed).
void merge_into(Document& d, const Id& target);
// Every other occurrence of the selected mention's text (same case, whole words) gets a mention of the same
// type in the same entity: one undo step.
void mark_all_occurrences(Document& d);
void undo(Document& d);
void redo(Document& d);

// The annotation under the caret position cp the person most likely means: the innermost mention, else
// the innermost quote (or a quote's cue: the quote).
Id annotation_at(Document& d, std::size_t cp);
// A short description for tooltips and panels: "PERSON “Vladimir Putin” (entity Vladimir Putin)".
std::string describe(const Document& d, const Id& id);
// The span an annotation covers (an entity: its first mention).
Span span_of(const Document& d, const Id& id);

}  // namespace glossa::app
