#include "app/status_bar.h"

#include <string>

#include "app/app.h"

namespace glossa::app {

float status_bar_height() { return ImGui::GetFrameHeight() + 2.0f; }

void draw_status_bar(const App& app, ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 3));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("##status", nullptr, flags);
  if (const Document* d = app.current()) {
    const auto& a = d->article;
    ImGui::Text("%s   ·   %zu paragraphs   ·   %zu sentences   ·   %zu characters   ·   document %d of %zu", a.source.c_str(),
                a.paragraphs.size(), a.sentences.size(), a.text.code_points(), app.current_index() + 1, app.documents().size());
  } else {
    ImGui::TextUnformatted("No document");
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace glossa::app
