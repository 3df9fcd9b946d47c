#pragma once
// Every edit is a command with undo and redo (DESIGN.md). A Step is a list of changes, each the annotation
// before and after (none before: added; none after: removed). Steps apply atomically: all changes or none,
// and a step that would break an invariant (span out of range, unknown type, a link to a missing
// annotation) is refused with a reason. A batch (accept all suggestions) is one step, one undo.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/annotate/model.h"

namespace glossa::annotate {

template <typename T>
struct Change {
  std::optional<T> before, after;
};
using AnyChange = std::variant<Change<Mention>, Change<Entity>, Change<Quote>, Change<Note>>;

struct Step {
  std::string label;  // "Mark PERSON", "Accept all quotes"
  std::vector<AnyChange> changes;
};

struct EditResult {
  bool ok = false;
  std::string error;  // why it was refused
  Id id;              // the annotation made or changed
  static EditResult fail(std::string why) { return {false, std::move(why), {}}; }
};

// ISO 8601 UTC of now, to the second.
std::string utc_now();

class Editor {
 public:
  explicit Editor(AnnotationSet& set, std::function<std::string()> clock = utc_now) : set_(set), clock_(std::move(clock)) {}

  AnnotationSet& set() { return set_; }
  const AnnotationSet& set() const { return set_; }
  void set_author(std::string a) { author_ = std::move(a); }
  const std::string& author() const { return author_; }

  // Applies a step (or adds it to the open batch) and records it for undo.
  EditResult apply(Step step);

  // Everything applied between begin_batch and end_batch is one undo step.
  void begin_batch(std::string label);
  void end_batch();

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::string undo_label() const { return undo_.empty() ? "" : undo_.back().label; }
  std::string redo_label() const { return redo_.empty() ? "" : redo_.back().label; }
  bool undo();
  bool redo();
  std::size_t undo_depth() const { return undo_.size(); }
  // How many steps undo reaches back in memory: older ones are dropped, so a long session's history does
  // not grow without end (a reload keeps kSavedHistorySteps of them).
  static constexpr std::size_t kMaxUndoSteps = 1000;
  // The history, oldest step first: undo_steps().back() is undone next, redo_steps().back() redone next.
  const std::vector<Step>& undo_steps() const { return undo_; }
  const std::vector<Step>& redo_steps() const { return redo_; }
  // Installs a saved history (after a reload) for the set as it is now. It must fit the set: on a scratch
  // copy, every redo step applies in turn, then every step is undone back to the oldest, each checked as
  // an edit is. Otherwise (or while a batch is open) it is refused: false, why says so, the history and the
  // set unchanged. The version does not move (the set did not change).
  bool restore_history(std::vector<Step> undo, std::vector<Step> redo, std::string* why = nullptr);
  // Changes whenever the set does (an edit, an undo, a redo): views rebuild their caches when it moves.
  std::uint64_t version() const { return version_; }

  // --- The operations a person performs ---
  EditResult add_mention(Span span, const std::string& type, const std::string& origin = "manual");
  EditResult set_mention_type(const Id& mention, const std::string& type);
  EditResult set_mention_span(const Id& mention, Span span);
  // Joins a mention to the entity of target (an entity, or a mention: a new entity is made for two loose
  // mentions, named after the target's text when given).
  EditResult merge_into_entity(const Id& mention, const Id& target, const std::string& new_entity_name = "");
  EditResult rename_entity(const Id& entity, const std::string& name);
  EditResult set_entity_type(const Id& entity, const std::string& type);  // and its mentions'
  EditResult merge_entities(const Id& keep, const Id& absorbed);
  EditResult add_quote(Span span, QuoteKind kind, const std::string& origin = "manual");
  EditResult set_quote_kind(const Id& quote, QuoteKind kind);
  EditResult set_speaker(const Id& quote, const Id& mention);  // "" clears it
  EditResult set_cue(const Id& quote, std::optional<Span> cue);
  EditResult add_note(const Id& target, std::optional<Span> span, const std::string& text);
  EditResult set_note_text(const Id& note, const std::string& text);
  // Removes any annotation. A mention also leaves the quotes it spoke (speaker cleared), its notes go, and
  // an entity left without mentions goes too; an entity leaves its mentions loose.
  EditResult remove(const Id& id);

 private:
  std::string check_and_apply(const AnyChange& c);
  void revert(const AnyChange& c);
  std::string dangling_after_removal(const Step& s) const;
  void record(Step step);  // a new step on the undo stack: redo is gone, the oldest beyond the limit too
  Provenance fresh(const std::string& origin) const { return Provenance{author_, clock_(), origin}; }

  AnnotationSet& set_;
  std::function<std::string()> clock_;
  std::string author_;
  std::vector<Step> undo_, redo_;
  std::optional<Step> batch_;
  std::uint64_t version_ = 0;
};

}  // namespace glossa::annotate
