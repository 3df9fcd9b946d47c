#include "app/suggestion_panel.h"

#include <imgui.h>

#include <map>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

// text cut at a character boundary, with "…", to fit width pixels (whole when it fits).
std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  const float ellipsis = ImGui::CalcTextSize("\u2026").x;
  // The longest prefix that fits, by bisection over byte lengths moved back to a UTF-8 boundary.
  std::size_t lo = 0, hi = text.size();
  const auto boundary = [&](std::size_t n) {
    while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return n;
  };
  while (lo < hi) {
    const std::size_t mid = boundary((lo + hi + 1) / 2);
    if (mid <= lo) break;
    if (ImGui::CalcTextSize(text.data(), text.data() + mid).x + ellipsis <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.substr(0, boundary(lo)) + "\u2026";
}

}  // namespace

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
  std::map<std::string, std::vector<int>> open;  // kind -> its shown items, in order
  for (std::size_t k = 0; k < st.items.size(); ++k) {
    const SuggestionItem& i = st.items[k];
    if (std::find(kinds.begin(), kinds.end(), i.kind) == kinds.end()) kinds.push_back(i.kind);
    if (st.visible(i)) open[i.kind].push_back(static_cast<int>(k));
  }
  ImGui::BeginChild("##suggestion_list");
  for (const std::string& kind : kinds) {
    const std::vector<int>& shown = open[kind];
    const std::size_t n = shown.size();
    const std::string header = (kind == "quote" ? std::string("Quotes") : type_label(d, kind)) + " (" + std::to_string(n) + ")###sg" + kind;
    ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
    // AllowOverlap: the "Accept all" button drawn on the header line takes its own clicks.
    const bool expanded = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_AllowOverlap);
    if (n > 0) {
      const float w = ImGui::CalcTextSize("Accept all").x + ImGui::GetStyle().FramePadding.x * 2.0f;
      ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w - ImGui::GetStyle().ItemSpacing.x);
      const std::string accept = "Accept all##all" + kind;
      if (ImGui::SmallButton(accept.c_str())) accept_all_of_kind(d, kind);
      probe_last_item("suggestions.accept_all.", kind);
    }
    if (!expanded) continue;
    // Thousands of suggestions on a long article: only the visible rows are drawn (and the one shown, so
    // that it can be scrolled to).
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(n));
    const auto at = std::find(shown.begin(), shown.end(), st.current);
    if (at != shown.end()) clip.IncludeItemByIndex(static_cast<int>(at - shown.begin()));
    while (clip.Step())
      for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
        const int index = shown[static_cast<std::size_t>(r)];
        const SuggestionItem& i = st.items[static_cast<std::size_t>(index)];
        // Who said it first, then the words, cut to the row with an ellipsis, then the confidence.
        std::string who;
        if (i.quote) {
          const auto& q = st.all.quotes[i.index];
          who = (q.speaker_entity.empty() ? q.speaker ? excerpt(d, *q.speaker, 30) : std::string("no speaker") : q.speaker_entity) + ": ";
        }
        char conf[16];
        std::snprintf(conf, sizeof conf, "  (%.2f)", i.confidence);
        const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize((who + conf).c_str()).x;
        const std::string label = who + fit_text(i.text, room) + conf + "##sg" + std::to_string(index);
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
