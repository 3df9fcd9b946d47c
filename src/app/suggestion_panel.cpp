#include "app/suggestion_panel.h"

#include <imgui.h>

#include <map>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

void draw_suggestion_panel(App& app, Document& d) {
  (void)app;
  if (ImGui::Button(d.suggestions ? "Suggest again" : "Suggest quotes and entities")) run_suggestions(d);
  probe_last_item("suggestions.run");
  ImGui::SameLine();
  ImGui::TextDisabled("Ctrl+G");
  if (!d.suggestions) {
    if (d.suggestion_memory.show_when_current)
      ImGui::TextWrapped("Suggestions were shown before the page was reloaded. This article is long: suggesting takes a "
                         "while, so press Suggest to show them again (what you rejected stays rejected).");
    else
      ImGui::TextWrapped("Glossa proposes quotes with their speakers, and named entities; you accept (Enter or A) or reject (X) each.");
    return;
  }
  SuggestionState& st = *d.suggestions;
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##min_confidence", &st.min_confidence, 0.0f, 1.0f, "hide below %.2f confidence");
  // Kinds in a fixed order: quotes first, then entity types as they come.
  std::vector<std::string> kinds{"quote"};
  std::map<std::string, std::size_t> open;
  for (const auto& i : st.items) {
    if (std::find(kinds.begin(), kinds.end(), i.kind) == kinds.end()) kinds.push_back(i.kind);
    if (st.visible(i)) ++open[i.kind];
  }
  ImGui::BeginChild("##suggestion_list");
  for (const std::string& kind : kinds) {
    const std::size_t n = open[kind];
    const std::string header = (kind == "quote" ? std::string("Quotes") : type_label(d, kind)) + " (" + std::to_string(n) + ")###sg" + kind;
    ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
    // AllowOverlap: the "Accept all" button drawn on the header line takes its own clicks.
    const bool expanded = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_AllowOverlap);
    if (n > 0) {
      const float w = ImGui::CalcTextSize("Accept all").x + ImGui::GetStyle().FramePadding.x * 2.0f;
      ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w - ImGui::GetStyle().ItemSpacing.x);
      const std::string accept = "Accept all##all" + kind;
      if (ImGui::SmallButton(accept.c_str())) accept_all_of_kind(d, kind);
      probe_last_item("suggestions.accept_all." + kind);
    }
    if (!expanded) continue;
    for (std::size_t k = 0; k < st.items.size(); ++k) {
      const SuggestionItem& i = st.items[k];
      if (i.kind != kind || !st.visible(i)) continue;
      const int index = static_cast<int>(k);
      std::string label = i.text;
      if (i.quote) {
        const auto& q = st.all.quotes[i.index];
        label += "  — " + (q.speaker_entity.empty() ? q.speaker ? excerpt(d, *q.speaker, 30) : std::string("no speaker") : q.speaker_entity);
      }
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", i.confidence);
      label += std::string("  (") + conf + ")##sg" + std::to_string(k);
      if (ImGui::Selectable(label.c_str(), st.current == index)) {
        st.current = index;
        d.reveal = i.span;
      }
      if (st.current == index && d.reveal) ImGui::SetScrollHereY(0.4f);
    }
  }
  ImGui::EndChild();
}

}  // namespace glossa::app
