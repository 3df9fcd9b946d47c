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
    const auto n = [](std::size_t k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
    const std::string line = a.source + "   ·   " + n(a.paragraphs.size(), "paragraph", "paragraphs") + "   ·   " +
                             n(a.sentences.size(), "sentence", "sentences") + "   ·   " +
                             n(a.text.code_points(), "character", "characters") + "   ·   document " +
                             std::to_string(app.current_index() + 1) + " of " + std::to_string(app.documents().size());
    ImGui::TextUnformatted(line.c_str());
  } else {
    ImGui::TextUnformatted("No document");
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace glossa::app
