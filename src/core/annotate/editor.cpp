#include "core/annotate/editor.h"

#include <ctime>

namespace glossa::annotate {

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

template <typename T>
std::map<Id, T>& table(AnnotationSet& s);
template <>
std::map<Id, Mention>& table<Mention>(AnnotationSet& s) { return s.mentions; }
template <>
std::map<Id, Entity>& table<Entity>(AnnotationSet& s) { return s.entities; }
template <>
std::map<Id, Quote>& table<Quote>(AnnotationSet& s) { return s.quotes; }
template <>
std::map<Id, Note>& table<Note>(AnnotationSet& s) { return s.notes; }

template <typename T>
const char* noun();
template <>
const char* noun<Mention>() { return "mention"; }
template <>
const char* noun<Entity>() { return "entity"; }
template <>
const char* noun<Quote>() { return "quote"; }
template <>
const char* noun<Note>() { return "note"; }

// The checks one annotation must pass on its own (links are checked against the set as it is).
std::string check(const AnnotationSet& s, const Mention& m) {
  if (auto p = span_problem(m.span, s.text_length()); !p.empty()) return p;
  if (!s.types.find(m.type)) return "unknown type \"" + m.type + "\"";
  if (auto p = fragments_problem(m.fragments, m.span); !p.empty()) return p;
  if (!m.entity.empty() && !s.entity(m.entity)) return "entity " + m.entity + " does not exist";
  return {};
}
std::string check(const AnnotationSet& s, const Entity& e) {
  if (!e.type.empty() && !s.types.find(e.type)) return "unknown type \"" + e.type + "\"";
  return {};
}
std::string check(const AnnotationSet& s, const Quote& q) {
  if (auto p = span_problem(q.span, s.text_length()); !p.empty()) return p;
  if (auto p = fragments_problem(q.fragments, q.span); !p.empty()) return p;
  if (q.cue)
    if (auto p = span_problem(*q.cue, s.text_length()); !p.empty()) return "cue " + p;
  if (!q.speaker.empty() && !s.mention(q.speaker)) return "speaker " + q.speaker + " is not a mention";
  return {};
}
std::string check(const AnnotationSet& s, const Note& n) {
  if (!n.target.empty() && !(s.mention(n.target) || s.entity(n.target) || s.quote(n.target)))
    return "target " + n.target + " does not exist";
  if (n.span)
    if (auto p = span_problem(*n.span, s.text_length()); !p.empty()) return p;
  if (n.target.empty() && !n.span) return "a note needs a target annotation or a span";
  return {};
}

template <typename T>
Change<T> invert(const Change<T>& c) {
  return Change<T>{c.after, c.before};
}

}  // namespace

std::string Editor::check_and_apply(const AnyChange& any) {
  return std::visit(
      [&](const auto& c) -> std::string {
        using T = typename std::decay_t<decltype(*c.before)>;
        auto& t = table<T>(set_);
        const Id& id = c.before ? c.before->id : c.after ? c.after->id : Id{};
        if (id.empty()) return std::string(noun<T>()) + ": a change needs an id";
        // Named only in a message: an import of 10,000 annotations is 10,000 changes.
        const auto who = [&](const std::string& what) { return std::string(noun<T>()) + " " + id + ": " + what; };
        auto it = t.find(id);
        if (c.before) {
          if (it == t.end()) return who("does not exist");
          if (!(it->second == *c.before)) return who("was changed meanwhile");
        } else if (set_.has_annotation(id)) {
          return who("the id is taken");
        }
        if (c.after) {
          if (c.before && c.after->id != c.before->id) return who("an annotation cannot change its id");
          if (auto p = check(set_, *c.after); !p.empty()) return who(p);
          if (it != t.end()) it->second = *c.after;
          else t.emplace(id, *c.after);
        } else {
          t.erase(it);
        }
        return {};
      },
      any);
}

void Editor::revert(const AnyChange& any) {
  std::visit(
      [&](const auto& c) {
        using T = typename std::decay_t<decltype(*c.before)>;
        auto& t = table<T>(set_);
        const Id& id = c.before ? c.before->id : c.after->id;
        if (c.before) t[id] = *c.before;
        else t.erase(id);
      },
      any);
}

// After removals, nothing may point at what is gone.
std::string Editor::dangling_after_removal(const Step& s) const {
  for (const AnyChange& any : s.changes) {
    std::string err = std::visit(
        [&](const auto& c) -> std::string {
          using T = typename std::decay_t<decltype(*c.before)>;
          if (c.after || !c.before) return {};
          const Id& gone = c.before->id;
          if constexpr (std::is_same_v<T, Mention>) {
            for (const auto& [qid, q] : set_.quotes)
              if (q.speaker == gone) return "quote " + qid + " still names removed mention " + gone + " as speaker";
          }
          if constexpr (std::is_same_v<T, Entity>) {
            for (const auto& [mid, m] : set_.mentions)
              if (m.entity == gone) return "mention " + mid + " still belongs to removed entity " + gone;
          }
          for (const auto& [nid, n] : set_.notes)
            if (n.target == gone) return "note " + nid + " is still about removed " + noun<T>() + " " + gone;
          return {};
        },
        any);
    if (!err.empty()) return err;
  }
  return {};
}

EditResult Editor::apply(Step step) {
  if (step.changes.empty()) return EditResult::fail("nothing to change");
  std::size_t done = 0;
  std::string err;
  for (; done < step.changes.size(); ++done) {
    err = check_and_apply(step.changes[done]);
    if (!err.empty()) break;
  }
  if (err.empty()) err = dangling_after_removal(step);
  if (!err.empty()) {
    for (std::size_t i = done; i-- > 0;) revert(step.changes[i]);
    return EditResult::fail(err);
  }
  ++version_;
  EditResult r{true, {}, {}};
  std::visit([&](const auto& c) { r.id = c.after ? c.after->id : c.before->id; }, step.changes.front());
  if (batch_) {
    for (auto& c : step.changes) batch_->changes.push_back(std::move(c));
  } else {
    record(std::move(step));
  }
  return r;
}

void Editor::record(Step step) {
  undo_.push_back(std::move(step));
  redo_.clear();
  if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin(), undo_.begin() + static_cast<std::ptrdiff_t>(undo_.size() - kMaxUndoSteps));
}

void Editor::begin_batch(std::string label) {
  if (!batch_) batch_ = Step{std::move(label), {}};
}

void Editor::end_batch() {
  if (!batch_) return;
  if (!batch_->changes.empty()) record(std::move(*batch_));
  batch_.reset();
}

namespace {
Step inverse(const Step& s) {
  Step r{s.label, {}};
  for (auto it = s.changes.rbegin(); it != s.changes.rend(); ++it)
    r.changes.push_back(std::visit([](const auto& c) -> AnyChange { return invert(c); }, *it));
  return r;
}

}  // namespace

bool Editor::undo() {
  if (undo_.empty() || batch_) return false;
  Step s = std::move(undo_.back());
  undo_.pop_back();
  const Step inv = inverse(s);
  std::size_t done = 0;
  std::string err;
  for (; done < inv.changes.size() && err.empty(); ++done) err = check_and_apply(inv.changes[done]);
  if (!err.empty()) {  // cannot happen while every edit goes through this editor; keep the set intact
    for (std::size_t i = done - 1; i-- > 0;) revert(inv.changes[i]);
    undo_.push_back(std::move(s));
    return false;
  }
  redo_.push_back(std::move(s));
  ++version_;
  return true;
}

bool Editor::redo() {
  if (redo_.empty() || batch_) return false;
  Step s = std::move(redo_.back());
  redo_.pop_back();
  std::size_t done = 0;
  std::string err;
  for (; done < s.changes.size() && err.empty(); ++done) err = check_and_apply(s.changes[done]);
  if (!err.empty()) {
    for (std::size_t i = done - 1; i-- > 0;) revert(s.changes[i]);
    redo_.push_back(std::move(s));
    return false;
  }
  undo_.push_back(std::move(s));
  ++version_;
  return true;
}

bool Editor::restore_history(std::vector<Step> undo, std::vector<Step> redo, std::string* why) {
  const auto refuse = [&](std::string reason) {
    if (why) *why = std::move(reason);
    return false;
  };
  if (batch_) return refuse("a batch of edits is open");
  AnnotationSet scratch = set_;
  Editor probe(scratch, clock_);
  const auto named = [](const char* stack, std::size_t i, const Step& s) {
    return std::string(stack) + " step " + std::to_string(i + 1) + " (\"" + s.label + "\"): ";
  };
  // Forward through what can be redone (redo.back() first) ...
  for (std::size_t i = redo.size(); i-- > 0;) {
    const EditResult r = probe.apply(redo[i]);
    if (!r.ok) return refuse(named("redo", redo.size() - 1 - i, redo[i]) + r.error);
  }
  // ... then back through all of it to the oldest step.
  for (std::size_t i = 0; i < redo.size(); ++i) {
    const EditResult r = probe.apply(inverse(redo[i]));
    if (!r.ok) return refuse(named("redo", redo.size() - 1 - i, redo[i]) + "cannot be undone: " + r.error);
  }
  for (std::size_t i = undo.size(); i-- > 0;) {
    const EditResult r = probe.apply(inverse(undo[i]));
    if (!r.ok) return refuse(named("undo", undo.size() - 1 - i, undo[i]) + "does not fit the annotations: " + r.error);
  }
  undo_ = std::move(undo);
  redo_ = std::move(redo);
  return true;
}

// --- operations ---

EditResult Editor::add_mention(Span span, const std::string& type, const std::string& origin) {
  Mention m{set_.new_id('m'), span, type, {}, fresh(origin), {}};
  return apply(Step{"Mark " + type, {Change<Mention>{std::nullopt, m}}});
}

EditResult Editor::set_mention_type(const Id& id, const std::string& type) {
  const Mention* m = set_.mention(id);
  if (!m) return EditResult::fail("mention " + id + " does not exist");
  Mention after = *m;
  after.type = type;
  return apply(Step{"Change type to " + type, {Change<Mention>{*m, after}}});
}

EditResult Editor::set_mention_span(const Id& id, Span span) {
  const Mention* m = set_.mention(id);
  if (!m) return EditResult::fail("mention " + id + " does not exist");
  Mention after = *m;
  after.span = span;
  after.fragments.clear();  // a new span is one piece
  return apply(Step{"Resize mention", {Change<Mention>{*m, after}}});
}

EditResult Editor::merge_into_entity(const Id& mention_id, const Id& target, const std::string& new_entity_name) {
  const Mention* m = set_.mention(mention_id);
  if (!m) return EditResult::fail("mention " + mention_id + " does not exist");
  Step step{"Merge into entity", {}};
  Id entity_id;
  if (const Entity* e = set_.entity(target)) {
    entity_id = e->id;
  } else if (const Mention* t = set_.mention(target)) {
    if (t->id == m->id) return EditResult::fail("a mention cannot be merged with itself");
    if (!t->entity.empty()) {
      entity_id = t->entity;
    } else {
      // Two loose mentions: a new entity for both.
      Entity created{set_.new_id('e'), new_entity_name, t->type, fresh("manual")};
      entity_id = created.id;
      step.changes.push_back(Change<Entity>{std::nullopt, created});
      Mention ta = *t;
      ta.entity = entity_id;
      step.changes.push_back(Change<Mention>{*t, ta});
    }
  } else {
    return EditResult::fail(target + " is neither an entity nor a mention");
  }
  if (m->entity == entity_id) return EditResult::fail("mention " + mention_id + " already belongs to " + entity_id);
  const Id old_entity = m->entity;
  Mention after = *m;
  after.entity = entity_id;
  step.changes.push_back(Change<Mention>{*m, after});
  // The entity it leaves goes when it has no mention left.
  if (!old_entity.empty() && set_.mentions_of(old_entity).size() == 1) {
    for (const auto& [nid, n] : set_.notes)
      if (n.target == old_entity) step.changes.push_back(Change<Note>{n, std::nullopt});
    step.changes.push_back(Change<Entity>{*set_.entity(old_entity), std::nullopt});
  }
  EditResult r = apply(std::move(step));
  if (r.ok) r.id = entity_id;
  return r;
}

EditResult Editor::rename_entity(const Id& id, const std::string& name) {
  const Entity* e = set_.entity(id);
  if (!e) return EditResult::fail("entity " + id + " does not exist");
  Entity after = *e;
  after.name = name;
  return apply(Step{"Rename entity", {Change<Entity>{*e, after}}});
}

EditResult Editor::set_entity_type(const Id& id, const std::string& type) {
  const Entity* e = set_.entity(id);
  if (!e) return EditResult::fail("entity " + id + " does not exist");
  Step step{"Change entity type to " + type, {}};
  Entity after = *e;
  after.type = type;
  step.changes.push_back(Change<Entity>{*e, after});
  for (const Mention* m : set_.mentions_of(id)) {
    Mention ma = *m;
    ma.type = type;
    step.changes.push_back(Change<Mention>{*m, ma});
  }
  return apply(std::move(step));
}

EditResult Editor::merge_entities(const Id& keep, const Id& absorbed) {
  const Entity* k = set_.entity(keep);
  const Entity* a = set_.entity(absorbed);
  if (!k || !a) return EditResult::fail("entity " + (k ? absorbed : keep) + " does not exist");
  if (keep == absorbed) return EditResult::fail("an entity cannot be merged with itself");
  Step step{"Merge entities", {}};
  for (const Mention* m : set_.mentions_of(absorbed)) {
    Mention ma = *m;
    ma.entity = keep;
    step.changes.push_back(Change<Mention>{*m, ma});
  }
  for (const auto& [nid, n] : set_.notes)
    if (n.target == absorbed) {
      Note na = n;
      na.target = keep;
      step.changes.push_back(Change<Note>{n, na});
    }
  step.changes.push_back(Change<Entity>{*a, std::nullopt});
  EditResult r = apply(std::move(step));
  if (r.ok) r.id = keep;
  return r;
}

EditResult Editor::add_quote(Span span, QuoteKind kind, const std::string& origin) {
  Quote q{set_.new_id('q'), span, kind, std::nullopt, {}, fresh(origin), {}};
  return apply(Step{std::string("Mark ") + to_string(kind) + " quote", {Change<Quote>{std::nullopt, q}}});
}

EditResult Editor::set_quote_kind(const Id& id, QuoteKind kind) {
  const Quote* q = set_.quote(id);
  if (!q) return EditResult::fail("quote " + id + " does not exist");
  Quote after = *q;
  after.kind = kind;
  return apply(Step{std::string("Make quote ") + to_string(kind), {Change<Quote>{*q, after}}});
}

EditResult Editor::set_speaker(const Id& id, const Id& mention) {
  const Quote* q = set_.quote(id);
  if (!q) return EditResult::fail("quote " + id + " does not exist");
  if (!mention.empty() && !set_.mention(mention)) return EditResult::fail("speaker " + mention + " is not a mention");
  Quote after = *q;
  after.speaker = mention;
  return apply(Step{mention.empty() ? "Clear speaker" : "Set speaker", {Change<Quote>{*q, after}}});
}

EditResult Editor::set_cue(const Id& id, std::optional<Span> cue) {
  const Quote* q = set_.quote(id);
  if (!q) return EditResult::fail("quote " + id + " does not exist");
  Quote after = *q;
  after.cue = cue;
  return apply(Step{cue ? "Mark cue" : "Clear cue", {Change<Quote>{*q, after}}});
}

EditResult Editor::add_note(const Id& target, std::optional<Span> span, const std::string& text) {
  Note n{set_.new_id('n'), target, span, text, fresh("manual")};
  return apply(Step{"Add note", {Change<Note>{std::nullopt, n}}});
}

EditResult Editor::set_note_text(const Id& id, const std::string& text) {
  const auto it = set_.notes.find(id);
  if (it == set_.notes.end()) return EditResult::fail("note " + id + " does not exist");
  Note after = it->second;
  after.text = text;
  return apply(Step{"Edit note", {Change<Note>{it->second, after}}});
}

EditResult Editor::remove(const Id& id) {
  Step step{"Delete", {}};
  const auto drop_notes_on = [&](const Id& target) {
    for (const auto& [nid, n] : set_.notes)
      if (n.target == target) step.changes.push_back(Change<Note>{n, std::nullopt});
  };
  if (const Mention* m = set_.mention(id)) {
    step.label = "Delete mention";
    for (const auto& [qid, q] : set_.quotes)
      if (q.speaker == id) {
        Quote qa = q;
        qa.speaker.clear();
        step.changes.push_back(Change<Quote>{q, qa});
      }
    drop_notes_on(id);
    step.changes.push_back(Change<Mention>{*m, std::nullopt});
    if (!m->entity.empty() && set_.mentions_of(m->entity).size() == 1) {
      drop_notes_on(m->entity);
      step.changes.push_back(Change<Entity>{*set_.entity(m->entity), std::nullopt});
    }
  } else if (const Entity* e = set_.entity(id)) {
    step.label = "Delete entity";
    for (const Mention* mm : set_.mentions_of(id)) {
      Mention ma = *mm;
      ma.entity.clear();
      step.changes.push_back(Change<Mention>{*mm, ma});
    }
    drop_notes_on(id);
    step.changes.push_back(Change<Entity>{*e, std::nullopt});
  } else if (const Quote* q = set_.quote(id)) {
    step.label = "Delete quote";
    drop_notes_on(id);
    step.changes.push_back(Change<Quote>{*q, std::nullopt});
  } else if (const auto it = set_.notes.find(id); it != set_.notes.end()) {
    step.label = "Delete note";
    step.changes.push_back(Change<Note>{it->second, std::nullopt});
  } else {
    return EditResult::fail(id + " does not exist");
  }
  return apply(std::move(step));
}

}  // namespace glossa::annotate
