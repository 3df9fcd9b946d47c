#include "app/keyboard.h"

#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/commands.h"
#include "core/article/selection.h"

namespace glossa::app {

namespace {

bool pressed(ImGuiKey k, bool repeat = false) { return ImGui::IsKeyPressed(k, repeat); }
bool typed(char c) {
  const ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < io.InputQueueCharacters.Size; ++i)
    if (io.InputQueueCharacters[i] == static_cast<ImWchar>(c)) return true;
  return false;
}

// Annotations in text order, for Tab / Shift+Tab (mentions and quotes; with only_mentions, mentions).
std::vector<std::pair<Span, Id>> in_order(const Document& d, bool only_mentions) {
  std::vector<std::pair<Span, Id>> v;
  for (const auto* m : d.set.mentions_in_order()) v.emplace_back(m->span, m->id);
  if (!only_mentions)
    for (const auto* q : d.set.quotes_in_order()) v.emplace_back(q->span, q->id);
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  return v;
}

// The next (dir 1) or previous (dir -1) annotation after `from` in text order.
Id step_annotation(const Document& d, const Id& from, std::size_t from_cp, int dir, bool only_mentions) {
  const auto v = in_order(d, only_mentions);
  if (v.empty()) return {};
  std::size_t i = v.size();
  for (std::size_t k = 0; k < v.size(); ++k)
    if (v[k].second == from) i = k;
  if (i == v.size()) {  // not on one: start from the position
    std::size_t k = 0;
    while (k < v.size() && v[k].first.begin < from_cp) ++k;
    return dir > 0 ? v[k % v.size()].second : v[(k + v.size() - 1) % v.size()].second;
  }
  return v[(i + v.size() + static_cast<std::size_t>(dir > 0 ? 1 : v.size() - 1)) % v.size()].second;
}

void move_caret(App& app, Document& d, std::size_t to, bool extend) {
  const std::size_t n = d.article.text.code_points();
  to = std::min(to, n);
  if (extend) {
    d.sel.caret = to;
  } else {
    d.sel.anchor = d.sel.caret = to;
  }
  d.scroll_to_selection = true;
  (void)app;
}

void caret_keys(App& app, Document& d) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool shift = io.KeyShift, word = io.KeyCtrl;
  const std::size_t c = d.sel.caret;
  if (pressed(ImGuiKey_RightArrow, true))
    move_caret(app, d, word ? article::next_word_boundary(d.article, c, 1) : c + 1, shift);
  if (pressed(ImGuiKey_LeftArrow, true))
    move_caret(app, d, word ? article::next_word_boundary(d.article, c, -1) : (c ? c - 1 : 0), shift);
  const auto& L = d.layout;
  if (L.lines().empty()) return;
  const std::size_t line = L.line_of_cp(c);
  const float x = L.x_of(line, std::max(c, L.lines()[line].cp_begin));
  if (pressed(ImGuiKey_DownArrow, true) && line + 1 < L.lines().size()) move_caret(app, d, L.cp_at(line + 1, x), shift);
  if (pressed(ImGuiKey_UpArrow, true) && line > 0) move_caret(app, d, L.cp_at(line - 1, x), shift);
  if (pressed(ImGuiKey_Home)) move_caret(app, d, L.lines()[line].cp_begin, shift);
  if (pressed(ImGuiKey_End)) move_caret(app, d, L.lines()[line].cp_content_end, shift);  // not past a wrap's spaces
}

}  // namespace

void handle_keys(App& app, Document* d) {
  const ImGuiIO& io = ImGui::GetIO();
  if (pressed(ImGuiKey_F1) || (!io.WantTextInput && typed('?'))) app.panels.help = !app.panels.help;
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Equal) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadAdd) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Equal))
    app.set_text_scale(app.text_scale() * 1.125f);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Minus) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadSubtract))
    app.set_text_scale(app.text_scale() / 1.125f);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_0)) app.set_text_scale(1.0f);
  if (!d) return;
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F)) {
    d->search.open = true;
    d->search.focus = true;
  }
  // Text fields and dialogs keep their keys.
  if (io.WantTextInput || app.panels.note_editor || app.panels.entity_picker || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_C)) app.copy_selection();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_G)) {
    run_suggestions(*d);
    app.panels.sidebar_tab = 3;
    step_suggestion(*d, 1);
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo(*d);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y)) redo(*d);
  // Arrows move the caret; Ctrl+arrows by words, Ctrl+Shift+arrows extend by words (as the help says): so
  // before the return below, which skipped them whenever Ctrl was held.
  caret_keys(app, *d);
  if (io.KeyCtrl || io.KeySuper) return;  // the rest are plain keys

  if (pressed(ImGuiKey_Escape)) {
    // Esc closes what is on top first: the help, then a pick, a selection, the selected annotation.
    if (app.panels.help) app.panels.help = false;
    else if (d->pick != Pick::None) cancel_pick(*d);
    else if (!d->sel.empty()) d->sel.clear();
    else d->selected.clear();
  }
  if (pressed(ImGuiKey_Tab, true)) {
    const int dir = io.KeyShift ? -1 : 1;
    if (d->pick == Pick::Speaker) {
      const Span q = span_of(*d, d->selected);
      d->pick_candidate = step_annotation(*d, d->pick_candidate, q.begin, dir, true);
      d->say("Speaker: " + describe(*d, d->pick_candidate) + " — Enter to choose");
    } else {
      d->selected = step_annotation(*d, d->selected, d->sel.caret, dir, false);
      d->sel.clear();
      d->scroll_to_selection = true;
      d->say(describe(*d, d->selected));
    }
  }
  const bool was_picking = d->pick != Pick::None;  // the Enter that ends a pick accepts no suggestion
  if ((pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) && d->pick == Pick::Speaker && !d->pick_candidate.empty()) {
    finish_pick(*d, d->pick_candidate, {});
    d->pick_candidate.clear();
  }
  // A suggestion shown (G / Shift+G step through them): Enter or A accepts it, X rejects it.
  if (d->suggestions) {
    if (pressed(ImGuiKey_G)) step_suggestion(*d, io.KeyShift ? -1 : 1);
    const int cur = d->suggestions->current;
    if (cur >= 0 && !was_picking && d->pick == Pick::None && d->sel.empty() &&
        d->suggestions->visible(d->suggestions->items[static_cast<std::size_t>(cur)])) {
      if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter) || pressed(ImGuiKey_A)) accept_suggestion(*d, cur);
      else if (pressed(ImGuiKey_X)) reject_suggestion(*d, cur);
    }
  }
  for (int k = 1; k <= 9; ++k) {
    if (!pressed(static_cast<ImGuiKey>(ImGuiKey_0 + k)) && !pressed(static_cast<ImGuiKey>(ImGuiKey_Keypad0 + k))) continue;
    if (const annotate::EntityType* t = d->set.types.by_key(static_cast<char>('0' + k))) mark_type(*d, t->name);
  }
  if (pressed(ImGuiKey_Q)) mark_quote(*d, io.KeyShift ? annotate::QuoteKind::Indirect : annotate::QuoteKind::Direct);
  if (pressed(ImGuiKey_S)) {
    begin_pick_speaker(*d);
    d->pick_candidate.clear();
  }
  if (pressed(ImGuiKey_C)) mark_cue(*d);
  if (pressed(ImGuiKey_M)) mark_all_occurrences(*d);
  if (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace)) remove_selected(*d);
  if (pressed(ImGuiKey_N)) {
    if (d->selected.empty() && d->sel.empty()) {
      d->say("Select an annotation or some text first, then press N", true);
    } else {
      app.panels.note_editor = true;
      app.panels.note_text.clear();
      app.panels.focus_field = true;
    }
  }
  if (pressed(ImGuiKey_E)) {
    if (!d->set.mention(d->selected)) {
      d->say("Click a mention first, then press E to join it to an entity", true);
    } else {
      app.panels.entity_picker = true;
      app.panels.entity_filter.clear();
      app.panels.focus_field = true;
    }
  }
}

}  // namespace glossa::app
