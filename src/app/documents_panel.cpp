#include "app/documents_panel.h"

#include <imgui.h>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

std::string counts(const Document& d) {
  std::size_t unattributed = 0;
  for (const auto& kv : d.set.quotes)
    if (kv.second.speaker.empty()) ++unattributed;
  std::string s = std::to_string(d.set.mentions.size()) + " mentions · " + std::to_string(d.set.entities.size()) +
                  " entities · " + std::to_string(d.set.quotes.size()) + " quotes";
  if (unattributed) s += " (" + std::to_string(unattributed) + " without speaker)";
  return s;
}

// A two-line selectable: the title (or file name) and the counts under it, muted; true when clicked.
bool document_row(App& app, int i, const Document& d) {
  const float line = ImGui::GetTextLineHeight();
  const ImGuiStyle& st = ImGui::GetStyle();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const std::string id = "##doc" + std::to_string(i);
  const bool clicked = ImGui::Selectable(id.c_str(), i == app.current_index(), 0, ImVec2(0.0f, line * 2 + st.ItemInnerSpacing.y));
  probe_last_item("documents.row.", std::to_string(i));
  const ImVec2 max = ImGui::GetItemRectMax();
  const ImVec4 clip(p.x, p.y, max.x, max.y);
  const std::string& title = d.article.title.empty() ? d.article.source : d.article.title;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(nullptr, 0.0f, p, ImGui::GetColorU32(ImGuiCol_Text), title.c_str(), nullptr, 0.0f, &clip);
  const std::string sub = counts(d);
  dl->AddText(nullptr, 0.0f, ImVec2(p.x, p.y + line + st.ItemInnerSpacing.y), palette(app.theme()).text_muted, sub.c_str(),
              nullptr, 0.0f, &clip);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
    ImGui::SetTooltip("%s\n%s · %zu characters", d.article.source.c_str(), d.article.format.c_str(), d.article.text.code_points());
  return clicked;
}

}  // namespace

void draw_documents_panel(App& app) {
  UiFont font(app.fonts().ui);
  forget_probes("documents.");
  const auto& docs = app.documents();
  if (docs.empty()) {
    ImGui::TextWrapped("No documents open. File > Open… or drop files on the window.");
    return;
  }
  ImGui::TextDisabled("%zu open", docs.size());
  for (int i = 0; i < static_cast<int>(docs.size()); ++i) {
    if (document_row(app, i, *docs[static_cast<std::size_t>(i)])) app.select_document(i);
  }
}

}  // namespace glossa::app
