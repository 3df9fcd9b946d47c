#include "app/commands.h"

#include <set>

#include "app/view_util.h"
#include "core/article/search.h"

namespace glossa::app {

using namespace annotate;

namespace {

std::string quoted(const Document& d, Span s, std::size_t max_cp = 48) { return "“" + excerpt(d, s, max_cp) + "”"; }

bool ok(Document& d, const EditResult& r, const std::string& done) {
  if (!r.ok) {
    d.say("Not done: " + r.error, true);
    return false;
  }
  d.say(done);
  return true;
}

// The quote a cue or speaker is for: the selected one, else the quote that contains the span.
const Quote* quote_for(Document& d, Span s) {
  if (const Quote* q = d.set.quote(d.selected)) return q;
  for (const Indexed* x : d.spans().overlapping(s.begin, s.end))
    if (x->kind == 'q') return d.set.quote(x->id);
  return nullptr;
}

}  // namespace

Span span_of(const Document& d, const Id& id) {
  if (const Mention* m = d.set.mention(id)) return m->span;
  if (const Quote* q = d.set.quote(id)) return q->span;
  if (d.set.entity(id)) {
    const auto ms = d.set.mentions_of(id);
    if (!ms.empty()) return ms.front()->span;
  }
  const auto n = d.set.notes.find(id);
  if (n != d.set.notes.end()) {
    if (n->second.span) return *n->second.span;
    if (!n->second.target.empty()) return span_of(d, n->second.target);
  }
  return {};
}

std::string describe(const Document& d, const Id& id) {
  if (const Mention* m = d.set.mention(id)) {
    std::string s = m->type + " " + quoted(d, m->span);
    if (const Entity* e = d.set.entity(m->entity)) s += " (entity " + one_line(e->name) + ")";
    return s;
  }
  if (const Quote* q = d.set.quote(id)) {
    std::string s = std::string(to_string(q->kind)) + " quote " + quoted(d, q->span, 40);
    if (const Mention* sp = d.set.mention(q->speaker)) {
      const Entity* e = d.set.entity(sp->entity);
      s += ", speaker " + one_line(e ? e->name : std::string(d.article.text.slice(sp->span.begin, sp->span.end)));
    } else {
      s += ", no speaker";
    }
    return s;
  }
  if (const Entity* e = d.set.entity(id)) return e->type + " entity " + e->name;
  return id;
}

Id annotation_at(Document& d, std::size_t cp) {
  const auto here = d.spans().at(cp);  // innermost first
  for (const Indexed* x : here)
    if (x->kind == 'm') return x->id;
  for (const Indexed* x : here)
    if (x->kind == 'q' || x->kind == 'c') return x->id;
  return {};
}

void mark_type(Document& d, const std::string& type) {
  if (!d.sel.empty()) {
    const auto r = d.editor.add_mention(d.sel.span(), type);
    if (ok(d, r, "Marked " + type + " " + quoted(d, d.sel.span()))) {
      d.selected = r.id;
      d.sel.clear();
    }
    return;
  }
  if (const Mention* m = d.set.mention(d.selected)) {
    ok(d, d.editor.set_mention_type(m->id, type), "Changed to " + type);
    return;
  }
  d.say("Select some text first, then press the type's key", true);
}

void mark_quote(Document& d, QuoteKind kind) {
  if (!d.sel.empty()) {
    const auto r = d.editor.add_quote(d.sel.span(), kind);
    if (ok(d, r, std::string("Marked ") + to_string(kind) + " quote; press S and click its speaker")) {
      d.selected = r.id;
      d.sel.clear();
    }
    return;
  }
  if (const Quote* q = d.set.quote(d.selected)) {
    ok(d, d.editor.set_quote_kind(q->id, kind), std::string("Quote is now ") + to_string(kind));
    return;
  }
  d.say("Select the quoted text first, then press Q (Shift+Q: indirect speech)", true);
}

void begin_pick_speaker(Document& d) {
  if (!d.set.quote(d.selected)) {
    d.say("Select a quote first (click it), then press S", true);
    return;
  }
  d.pick = Pick::Speaker;
  if (!d.sel.empty() && finish_pick(d, {}, d.sel.span())) return;
  d.say("Click the speaker's mention, or select the speaker's name (Esc cancels)");
}

void mark_cue(Document& d) {
  if (!d.sel.empty()) {
    const Quote* q = quote_for(d, d.sel.span());
    if (!q) {
      d.say("Select the quote first, then the cue (\"said\") and press C", true);
      return;
    }
    d.pick = Pick::Cue;
    d.selected = q->id;
    finish_pick(d, {}, d.sel.span());
    return;
  }
  if (!d.set.quote(d.selected)) {
    d.say("Select a quote first, then select its cue (\"said\") and press C", true);
    return;
  }
  d.pick = Pick::Cue;
  d.say("Select the cue (\"said\", \"according to\") of the quote (Esc cancels)");
}

bool finish_pick(Document& d, const Id& clicked, Span selection) {
  if (d.pick == Pick::None) return false;
  const Quote* q = d.set.quote(d.selected);
  if (!q) {
    d.pick = Pick::None;
    return false;
  }
  const Id quote_id = q->id;
  if (d.pick == Pick::Cue) {
    if (!selection.size()) return false;
    d.pick = Pick::None;
    if (ok(d, d.editor.set_cue(quote_id, selection), "Cue " + quoted(d, selection) + " set")) d.sel.clear();
    return true;
  }
  if (const Mention* m = d.set.mention(clicked)) {
    const Id speaker = m->id;
    d.pick = Pick::None;
    ok(d, d.editor.set_speaker(quote_id, speaker), "Speaker of the quote: " + quoted(d, m->span));
    return true;
  }
  if (!selection.size()) return false;
  // A name not marked yet: marked as a person first; the two steps undo together.
  d.pick = Pick::None;
  d.editor.begin_batch("Set speaker");
  const auto r = d.editor.add_mention(selection, "PERSON");
  const auto s = r.ok ? d.editor.set_speaker(quote_id, r.id) : r;
  d.editor.end_batch();
  if (ok(d, s, "Speaker of the quote: " + quoted(d, selection))) d.sel.clear();
  return true;
}

void cancel_pick(Document& d) {
  if (d.pick == Pick::None) return;
  d.pick = Pick::None;
  d.say("Cancelled");
}

void add_note(Document& d, const std::string& text) {
  if (text.empty()) return;
  if (!d.selected.empty() && d.set.has_annotation(d.selected)) {
    ok(d, d.editor.add_note(d.selected, std::nullopt, text), "Note added to " + describe(d, d.selected));
    return;
  }
  if (!d.sel.empty()) {
    ok(d, d.editor.add_note("", d.sel.span(), text), "Note added to " + quoted(d, d.sel.span()));
    return;
  }
  d.say("Select an annotation or some text first, then press N", true);
}

void remove_selected(Document& d) {
  if (d.selected.empty() || !d.set.has_annotation(d.selected)) {
    d.say("Click an annotation first, then press Delete", true);
    return;
  }
  const std::string what = describe(d, d.selected);
  if (ok(d, d.editor.remove(d.selected), "Removed " + what)) d.selected.clear();
}

void merge_into(Document& d, const Id& target) {
  const Mention* m = d.set.mention(d.selected);
  if (!m) {
    d.say("Click a mention first, then press E", true);
    return;
  }
  const Id mid = m->id;
  ok(d, d.editor.merge_into_entity(mid, target), "Joined to " + describe(d, target));
  d.selected = mid;
}

void mark_all_occurrences(Document& d) {
  const Mention* m = d.set.mention(d.selected);
  if (!m) {
    d.say("Click a mention first to mark all its occurrences", true);
    return;
  }
  const Mention src = *m;
  const std::string needle(d.article.text.slice(src.span.begin, src.span.end));
  article::SearchOptions o;
  o.match_case = true;
  o.whole_word = true;
  const auto found = article::find_all(d.article.text, needle, o);
  // What is already marked with this type, collected once: the span index would be rebuilt after every
  // mention added.
  std::set<std::pair<std::size_t, std::size_t>> marked;
  for (const auto& [id, x] : d.set.mentions)
    if (x.type == src.type) marked.emplace(x.span.begin, x.span.end);
  std::size_t added = 0;
  d.editor.begin_batch("Mark all “" + needle + "”");
  Id entity_target = src.entity.empty() ? src.id : src.entity;
  for (const Span& s : found) {
    if (marked.count({s.begin, s.end})) continue;
    const auto r = d.editor.add_mention(s, src.type);
    if (!r.ok) continue;
    if (d.editor.merge_into_entity(r.id, entity_target, needle).ok && d.set.mention(src.id))
      entity_target = d.set.mention(src.id)->entity;
    ++added;
  }
  d.editor.end_batch();
  d.say(added ? "Marked " + std::to_string(added) + " more occurrence" + (added == 1 ? "" : "s") + " of “" + needle + "” (one undo step)"
              : "No other unmarked occurrence of “" + needle + "”");
}

void undo(Document& d) {
  const std::string label = d.editor.undo_label();
  if (d.editor.undo()) d.say("Undone: " + label);
  else d.say("Nothing to undo");
  if (!d.set.has_annotation(d.selected)) d.selected.clear();
}

void redo(Document& d) {
  const std::string label = d.editor.redo_label();
  if (d.editor.redo()) d.say("Redone: " + label);
  else d.say("Nothing to redo");
  if (!d.set.has_annotation(d.selected)) d.selected.clear();
}

}  // namespace glossa::app
