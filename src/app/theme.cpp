#include "app/theme.h"

namespace glossa::app {

void apply_theme(Theme t) {
  ImGuiStyle& s = ImGui::GetStyle();
  if (t == Theme::Dark) {
    ImGui::StyleColorsDark(&s);
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.12f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&s);
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.96f, 0.94f, 1.0f);
    s.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.89f, 0.86f, 1.0f);
    s.Colors[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.11f, 1.0f);
  }
  // Menus and dialogs are opaque: the article's text must not show through them.
  s.Colors[ImGuiCol_PopupBg].w = 1.0f;
  s.WindowPadding = ImVec2(12, 10);
  s.FramePadding = ImVec2(8, 4);
  s.ItemSpacing = ImVec2(8, 6);
  s.ScrollbarSize = 14;
  s.WindowRounding = 4;
  s.PopupRounding = 4;
  s.FrameRounding = 3;
}

Palette palette(Theme t) {
  if (t == Theme::Dark) return {IM_COL32(150, 150, 155, 255), IM_COL32(28, 28, 31, 255), IM_COL32(240, 180, 80, 255)};
  return {IM_COL32(105, 100, 95, 255), IM_COL32(248, 246, 241, 255), IM_COL32(160, 90, 0, 255)};
}

}  // namespace glossa::app
