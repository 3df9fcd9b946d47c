#include "app/article_view.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace glossa::app {

namespace {
const char* meta_label(const std::string& key) {
  if (key == "posted") return "Posted";
  if (key == "published") return "Published";
  if (key == "modified") return "Modified";
  if (key == "updated") return "Updated";
  if (key == "date") return "Date";
  return nullptr;
}
}  // namespace

void draw_article_view(Document& doc, const Fonts& fonts, Theme theme) {
  const article::Article& a = doc.article;
  const Palette pal = palette(theme);

  ImGui::BeginChild("##article", ImVec2(0, 0), false, ImGuiWindowFlags_None);
  // A comfortable reading column: about 70 characters wide, centred.
  ImGui::PushFont(fonts.body);
  const float column = std::min(ImGui::GetContentRegionAvail().x - 24.0f, ImGui::GetFontSize() * 38.0f);
  ImGui::PopFont();
  const float left = std::max(12.0f, (ImGui::GetContentRegionAvail().x - column) * 0.5f);
  ImGui::Indent(left);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);

  ImGui::Dummy(ImVec2(0, 12));
  if (!a.title.empty()) {
    ImGui::PushFont(fonts.title);
    ImGui::TextWrapped("%s", a.title.c_str());
    ImGui::PopFont();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, pal.text_muted);
  std::string line;
  for (const auto& m : a.metadata) {
    const char* label = meta_label(m.key);
    if (!line.empty()) line += "   ·   ";
    line += (label ? label : m.key.c_str());
    line += " " + m.raw;
  }
  if (!line.empty()) ImGui::TextWrapped("%s", line.c_str());
  ImGui::PopStyleColor();
  // A rule as wide as the reading column (ImGui::Separator would span the whole window).
  ImGui::Dummy(ImVec2(0, 8));
  const ImVec2 rule = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(rule, ImVec2(rule.x + column, rule.y), ImGui::GetColorU32(ImGuiCol_Separator));
  ImGui::Dummy(ImVec2(0, 12));

  ImGui::PushFont(fonts.body);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, ImGui::GetFontSize() * 0.9f));
  for (const auto& p : a.paragraphs) {
    const std::string_view s = a.text.slice(p.begin, p.end);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
  }
  ImGui::PopStyleVar();
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 24));

  ImGui::PopTextWrapPos();
  ImGui::Unindent(left);
  doc.scroll_y = ImGui::GetScrollY();
  ImGui::EndChild();
}

}  // namespace glossa::app
