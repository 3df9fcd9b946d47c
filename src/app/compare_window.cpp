#include "app/compare_window.h"

#include <imgui.h>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

void row(const compare::Row& r, bool total) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (total) ImGui::TextUnformatted(r.label.c_str());
  else ImGui::Text("  %s", r.label.c_str());
  ImGui::TableNextColumn();
  ImGui::Text("%zu", r.a);
  ImGui::TableNextColumn();
  ImGui::Text("%zu", r.b);
  ImGui::TableNextColumn();
  ImGui::Text("%zu", r.exact.matched);
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", r.exact.f1);
  ImGui::TableNextColumn();
  ImGui::Text("%zu", r.overlap.matched);
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", r.overlap.f1);
}

const char* what(const compare::Difference& x) {
  switch (x.kind) {
    case compare::Difference::Kind::OnlyA: return "only a";
    case compare::Difference::Kind::OnlyB: return "only b";
    default: return "conflict";
  }
}

}  // namespace

void draw_compare_window(App& app, Document& d) {
  if (!d.comparison || d.merging) {
    forget_probes("compare.");
    return;
  }
  Comparison& c = *d.comparison;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 12.0f, vp->WorkPos.y + vp->WorkSize.y - 40.0f), ImGuiCond_Appearing,
                          ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(600.0f, vp->WorkSize.x - 24.0f), std::min(470.0f, vp->WorkSize.y - 80.0f)), ImGuiCond_Appearing);
  bool open = true;
  const std::string title = "Compared with " + c.name + "###compare";
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  probe_last_item("compare.window");
  const compare::Agreement& g = c.agreement;
  ImGui::TextDisabled("a: this document   b: %s (b scored against a)", c.name.c_str());
  if (!g.ok()) {
    ImGui::TextWrapped("%s", g.error.c_str());
  } else if (ImGui::BeginTable("##agreement", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
    for (const char* h : {"a", "b", "exact", "F1", "overlap", "F1"}) ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    for (const auto& r : g.mention_types) row(r, false);
    row(g.mentions, true);
    for (const auto& r : g.quote_kinds) row(r, false);
    row(g.quotes, true);
    ImGui::EndTable();
    ImGui::Text("Token kappa %.3f (agreed %zu of %zu)   In-quote kappa %.3f", g.tokens.kappa, g.tokens.agreed, g.tokens.items, g.in_quote.kappa);
    ImGui::Text("Speakers agree on %zu of %zu quotes both attributed", g.speakers.agreed, g.speakers.compared);
  }
  ImGui::Separator();
  const int n = static_cast<int>(c.differences.size());
  if (n == 0) {
    ImGui::TextUnformatted("No differences: both marked the same.");
  } else {
    ImGui::Text("%d differences", n);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) reveal_difference(d, c.at <= 0 ? n - 1 : c.at - 1);
    probe_last_item("compare.prev");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) reveal_difference(d, c.at + 1 >= n ? 0 : c.at + 1);
    probe_last_item("compare.next");
    ImGui::SameLine();
    ImGui::TextDisabled("red: conflict  orange: only a  violet: only b");
    ImGui::BeginChild("##differences", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 4), true);
    for (int i = 0; i < n; ++i) {
      const compare::Difference& x = c.differences[static_cast<std::size_t>(i)];
      const std::string label = std::string(what(x)) + ": " + x.description + "##diff" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), i == c.at)) reveal_difference(d, i);
      if (i == c.at && d.reveal) ImGui::SetScrollHereY(0.5f);
    }
    ImGui::EndChild();
  }
  if (ImGui::Button("Merge…")) {
    annotate::AnnotationSet theirs = c.theirs;
    const std::string name = c.name;
    start_merge(d, theirs, name);
  }
  probe_last_item("compare.merge");
  ImGui::SameLine();
  if (ImGui::Button("Close")) open = false;
  probe_last_item("compare.close");
  ImGui::End();
  if (!open) {
    d.comparison.reset();
    forget_probes("compare.");
  }
  (void)app;
}

}  // namespace glossa::app
