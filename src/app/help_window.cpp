#include "app/help_window.h"

#include <imgui.h>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

struct Line {
  const char* keys;
  const char* what;
};

const Line kAnnotate[] = {
    {"1 – 9", "Mark the selection as that entity type (or retype the selected mention)"},
    {"Q", "Mark the selection as a direct quote"},
    {"Shift+Q", "Mark the selection as an indirect quote"},
    {"S", "Set the selected quote's speaker: then click a mention or select a name (Tab / Enter to pick with keys)"},
    {"C", "Mark the selection as the cue (\"said\") of the quote"},
    {"N", "Add a note to the selected annotation or text"},
    {"E", "Join the selected mention to an entity"},
    {"M", "Mark all occurrences of the selected mention"},
    {"Delete, Backspace", "Remove the selected annotation"},
};
const Line kEdit[] = {
    {"Ctrl+Z", "Undo"},
    {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
    {"Ctrl+F", "Search the text (Enter: next, Shift+Enter: previous)"},
    {"Ctrl+S", "Save the article and its annotations as a Glossa bundle (download)"},
    {"Ctrl+C", "Copy the selected text, or the selected annotation"},
    {"Ctrl+G", "Suggest quotes, speakers and entities"},
    {"G / Shift+G", "Next / previous suggestion"},
    {"Enter or A / X", "Accept / reject the suggestion shown"},
    {"Ctrl+O", "Open article files"},
    {"Ctrl + / Ctrl -", "Larger / smaller text (Ctrl+0: back to normal)"},
    {"Arrows, Shift+arrows", "Move / extend the selection"},
    {"Ctrl+Shift+arrows", "Extend the selection by words"},
    {"Tab / Shift+Tab", "Next / previous annotation"},
    {"Esc", "Cancel (a pick, a dialog, the search)"},
    {"F1 or ?", "This help"},
};
const Line kMouse[] = {
    {"Drag", "Select text (snaps to whole words)"},
    {"Alt+drag", "Select without snapping"},
    {"Double-click", "Select a word"},
    {"Triple-click", "Select a sentence"},
    {"Quadruple-click", "Select a paragraph"},
    {"Shift+click", "Extend the selection"},
    {"Right-click", "The menu of everything above"},
};

template <std::size_t N>
void section(const char* title, const Line (&lines)[N]) {
  ImGui::SeparatorText(title);
  if (!ImGui::BeginTable(title, 2, ImGuiTableFlags_SizingFixedFit)) return;
  for (const Line& l : lines) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(l.keys);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(l.what);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_help_window(App& app) {
  static bool was_open = false;
  if (!app.panels.help) {
    if (was_open) forget_probes("help.");
    was_open = false;
    return;
  }
  UiFont font(app.fonts().ui);
  if (!was_open) ImGui::SetNextWindowFocus();  // so Esc reaches it at once
  was_open = true;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("Keyboard and mouse###help", &app.panels.help, flags)) {
    section("Annotate", kAnnotate);
    section("Edit and move", kEdit);
    section("Mouse", kMouse);
    const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    probe_rect("help.window", p, ImVec2(p.x + s.x, p.y + s.y));
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
      app.panels.help = false;
  }
  ImGui::End();
}

}  // namespace glossa::app
