#include "app/note_editor.h"

#include <cfloat>

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

constexpr const char* kPopup = "Note###note_editor";

void close(App& app) {
  app.panels.note_editor = false;
  app.panels.focus_field = false;
  ImGui::CloseCurrentPopup();
}

// What the note will be attached to, so the person knows before typing.
void target_line(Document& d) {
  std::string on;
  if (!d.selected.empty() && d.set.has_annotation(d.selected)) on = describe(d, d.selected);
  else if (!d.sel.empty()) on = "“" + excerpt(d, d.sel.span(), 60) + "”";
  if (on.empty()) ImGui::TextDisabled("Nothing selected: select an annotation or some text first.");
  else ImGui::TextDisabled("On %s", on.c_str());
}

}  // namespace

void draw_note_editor(App& app, Document& d) {
  static bool shown = false;
  const bool popup_open = ImGui::IsPopupOpen(kPopup);
  if (!app.panels.note_editor && !popup_open) {
    if (shown) forget_probes("note.");
    shown = false;
    return;
  }
  if (app.panels.note_editor && !popup_open) ImGui::OpenPopup(kPopup);
  UiFont font(app.fonts().ui);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool keep = true;
  if (!ImGui::BeginPopupModal(kPopup, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
    if (!keep) app.panels.note_editor = false;  // the title bar's close button
    return;
  }
  if (!app.panels.note_editor) {  // closed from elsewhere (the keyboard's Esc)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  shown = true;
  target_line(d);
  if (app.panels.focus_field) focus_next_item();
  app.panels.focus_field = false;
  // Enter is a new line in a note; Ctrl+Enter (which ends a multi-line field) is OK.
  bool ok = input_text_multiline("##note", app.panels.note_text, ImVec2(ImGui::GetFontSize() * 28, ImGui::GetTextLineHeight() * 6),
                                 ImGuiInputTextFlags_EnterReturnsTrue);
  probe_last_item("note.field");
  const bool esc = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ok = ok || (!ImGui::IsItemActive() && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Enter));
  ImGui::BeginDisabled(app.panels.note_text.empty());
  ok = ImGui::Button("OK") || ok;
  ImGui::EndDisabled();
  probe_last_item("note.ok");
  ImGui::SameLine();
  const bool cancel = ImGui::Button("Cancel") || esc;
  probe_last_item("note.cancel");
  ImGui::SameLine();
  ImGui::TextDisabled("Ctrl+Enter: OK · Esc: cancel");
  if (ok && !app.panels.note_text.empty()) {
    add_note(d, app.panels.note_text);
    close(app);
  } else if (cancel) {
    close(app);
  }
  ImGui::EndPopup();
}

}  // namespace glossa::app
