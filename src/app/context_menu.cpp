#include "app/context_menu.h"

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

constexpr const char* kPopup = "##text_context_menu";

bool& open_requested() {
  static bool requested = false;
  return requested;
}

// A menu item with its probe ("context.<label>"); true when chosen.
bool item(const std::string& label, const char* keys, bool enabled) {
  const bool chosen = ImGui::MenuItem(label.c_str(), keys, false, enabled);
  probe_last_item("context.", label);
  return chosen;
}

// What the commands can act on: a text selection, or the selected annotation.
struct Target {
  bool text, mention, quote, annotation;
};

Target target_of(const Document& d) {
  return {!d.sel.empty(), d.set.mention(d.selected) != nullptr, d.set.quote(d.selected) != nullptr,
          !d.selected.empty() && d.set.has_annotation(d.selected)};
}

void type_items(Document& d, const Target& t) {
  for (const annotate::EntityType& type : d.set.types.all()) {
    const std::string keys = type.key ? std::string(1, type.key) : std::string();
    if (item("Mark as " + (type.label.empty() ? type.name : type.label), keys.c_str(), t.text || t.mention)) mark_type(d, type.name);
  }
}

void quote_items(Document& d, const Target& t) {
  if (item("Mark quote", "Q", t.text || t.quote)) mark_quote(d, annotate::QuoteKind::Direct);
  if (item("Mark indirect quote", "Shift+Q", t.text || t.quote)) mark_quote(d, annotate::QuoteKind::Indirect);
  if (item("Set speaker…", "S", t.quote)) begin_pick_speaker(d);
  if (item("Mark cue", "C", t.text || t.quote)) mark_cue(d);
}

void other_items(App& app, Document& d, const Target& t) {
  if (item("Copy", "Ctrl+C", t.text || t.annotation)) app.copy_selection();
  if (item("Add note…", "N", t.text || t.annotation)) {
    app.panels.note_text.clear();
    app.panels.note_editor = true;
    app.panels.focus_field = true;
  }
  if (item("Join entity…", "E", t.mention)) {
    app.panels.entity_filter.clear();
    app.panels.entity_picker = true;
    app.panels.focus_field = true;
  }
  if (item("Mark all occurrences", "M", t.mention)) mark_all_occurrences(d);
  if (item("Delete", "Del", t.annotation)) remove_selected(d);
  ImGui::Separator();
  if (item("Undo", "Ctrl+Z", d.editor.can_undo())) undo(d);
  if (item("Redo", "Ctrl+Shift+Z", d.editor.can_redo())) redo(d);
}

}  // namespace

void open_context_menu() { open_requested() = true; }

void draw_context_menu(App& app, Document& d) {
  static bool shown = false;
  if (open_requested()) ImGui::OpenPopup(kPopup);
  open_requested() = false;
  UiFont font(app.fonts().ui);
  if (!ImGui::BeginPopup(kPopup)) {
    if (shown) forget_probes("context.");
    shown = false;
    return;
  }
  shown = true;
  const Target t = target_of(d);
  // Say what the commands will act on: the selected annotation when there is no text selection.
  if (t.text || t.annotation) {
    if (t.text) ImGui::TextDisabled("“%s”", excerpt(d, d.sel.span(), 40).c_str());
    else ImGui::TextDisabled("%s", describe(d, d.selected).c_str());
    ImGui::Separator();
  }
  type_items(d, t);
  ImGui::Separator();
  quote_items(d, t);
  ImGui::Separator();
  other_items(app, d, t);
  ImGui::EndPopup();
}

}  // namespace glossa::app
