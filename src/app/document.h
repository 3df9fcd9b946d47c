#pragma once
// One open article with its annotations and the view state that belongs to it (kept when switching
// documents): the selection, the selected annotation, what the next click means, and the caches the
// article view rebuilds when the text, the width, the font size or the annotations change.
#include <cstdint>
#include <optional>
#include <string>

#include "core/annotate/editor.h"
#include "core/annotate/span_index.h"
#include "core/article/article.h"
#include "core/article/search.h"
#include "core/layout/text_layout.h"
#include "app/sharing.h"
#include "app/suggestions.h"

namespace glossa::app {

using annotate::Id;
using article::Span;

// A text selection as an editor keeps it: where it started and where the caret is now.
struct Selection {
  std::size_t anchor = 0, caret = 0;
  bool empty() const { return anchor == caret; }
  Span span() const { return anchor < caret ? Span{anchor, caret} : Span{caret, anchor}; }
  void set(Span s) { anchor = s.begin; caret = s.end; }
  void clear() { anchor = caret; }
};

// What the next click on the text (or the next selection) does.
enum class Pick { None, Speaker, Cue };

struct SearchState {
  bool open = false;
  bool focus = false;  // put the keyboard in the search field next frame
  std::string query;
  article::SearchOptions options;
  std::vector<Span> matches;
  int current = -1;  // index into matches
  std::string searched;  // the query and options matches were found for
};

class Document {
 public:
  explicit Document(article::Article a);
  Document(const Document&) = delete;  // the editor refers to set
  Document& operator=(const Document&) = delete;

  article::Article article;
  annotate::AnnotationSet set;
  annotate::Editor editor;
  // Unique for the session (an address can be reused): what dialogs and saved state refer to.
  const std::uint64_t serial;

  Selection sel;
  Id selected;              // the annotation selected (clicked, or chosen in a panel), or ""
  Pick pick = Pick::None;   // S or C was pressed: the next click or selection chooses
  Id pick_candidate;        // picking with the keyboard: the mention Tab moved to (Enter takes it)
  std::string status;       // the last command's message, shown in the status bar
  bool status_is_error = false;
  float scroll_y = 0.0f;
  bool scroll_to_selection = false;  // bring the selection (or the selected annotation) into view next frame
  SearchState search;
  std::optional<Span> reveal;        // bring this span into view next frame (a conflict, a difference)
  std::optional<MergeSession> merging;
  std::optional<Comparison> comparison;
  std::optional<SuggestionState> suggestions;  // after Suggest (Ctrl+G)
  SuggestionMemory suggestion_memory;          // decisions that outlive a new Suggest and a reload

  // Where the text's layout was drawn last frame (screen pixels of its origin): for the browser tests,
  // which find words on screen to drag over them.
  float view_x = 0.0f, view_y = 0.0f;

  // Caches of the article view.
  layout::TextLayout layout;
  // A new layout (first time, or another width or font size) is built here a step a frame and replaces
  // `layout` when complete, so a long article never stalls the page (article_view.cpp ensure_layout).
  layout::TextLayout next_layout;
  annotate::SpanIndex index;
  std::uint64_t index_version = ~std::uint64_t{0};

  // The span index, rebuilt when the annotations changed.
  const annotate::SpanIndex& spans();
  void say(std::string message, bool error = false) {
    status = std::move(message);
    status_is_error = error;
  }
};

}  // namespace glossa::app
