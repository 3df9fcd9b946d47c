#include "app/merge_window.h"

#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

void draw_merge_window(App& app, Document& d) {
  (void)app;
  if (!d.merging) {
    forget_probes("merge.");
    return;
  }
  MergeSession& m = *d.merging;
  const auto& conflicts = m.plan.conflicts;
  const char* id = "Merge###merge";
  if (popup_must_wait(id)) return;
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  // At the bottom, over a barely dimmed text: the conflict is marked in the text above it.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 40.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, vp->WorkSize.x - 20.0f), 0));
  ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, IM_COL32(0, 0, 0, 20));
  const bool open = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleColor();
  if (!open) return;
  const std::size_t n = conflicts.size();
  const std::size_t at = std::min(m.at, n - 1);
  const compare::Conflict& c = conflicts[at];
  ImGui::Text("Merging %s into this document", m.name.c_str());
  ImGui::TextDisabled("a: this document (outlined)   b: %s (dashed)", m.name.c_str());
  ImGui::Separator();
  ImGui::Text("Conflict %zu of %zu", at + 1, n);
  ImGui::TextWrapped("%s", c.description.c_str());
  ImGui::Spacing();
  int choice = -1;
  if (ImGui::Button("Keep mine (A)") || ImGui::IsKeyPressed(ImGuiKey_A, false)) choice = static_cast<int>(compare::Choice::TakeA);
  probe_last_item("merge.a");
  ImGui::SameLine();
  if (ImGui::Button("Take theirs (B)") || ImGui::IsKeyPressed(ImGuiKey_B, false)) choice = static_cast<int>(compare::Choice::TakeB);
  probe_last_item("merge.b");
  ImGui::SameLine();
  if (ImGui::Button("Keep both (K)") || ImGui::IsKeyPressed(ImGuiKey_K, false)) choice = static_cast<int>(compare::Choice::KeepBoth);
  probe_last_item("merge.both");
  ImGui::SameLine();
  ImGui::BeginDisabled(at == 0);
  if (ImGui::Button("Back")) {
    m.at = at - 1;
    reveal_difference(d, static_cast<int>(m.at));
  }
  ImGui::EndDisabled();
  probe_last_item("merge.back");
  ImGui::Spacing();
  bool finish = false, cancel = false;
  if (ImGui::Button("Keep mine for the rest and finish")) {
    finish = true;
    m.choices.resize(std::min(m.choices.size(), at));  // choices made ahead of here, before Back, do not stand
  }
  probe_last_item("merge.finish");
  ImGui::SameLine();
  if (ImGui::Button("Cancel merge") || ImGui::IsKeyPressed(ImGuiKey_Escape)) cancel = true;
  probe_last_item("merge.cancel");
  if (choice >= 0) {
    if (m.choices.size() <= at) m.choices.resize(at + 1, compare::Choice::TakeA);
    m.choices[at] = static_cast<compare::Choice>(choice);
    m.at = at + 1;
    if (m.at >= n) finish = true;
    else reveal_difference(d, static_cast<int>(m.at));
  }
  if (finish || cancel) {
    if (finish) {
      finish_merge(d);
    } else {
      d.say("Merge of " + m.name + " cancelled: nothing changed");
      d.merging.reset();
    }
    ImGui::CloseCurrentPopup();
    forget_probes("merge.");
  }
  ImGui::EndPopup();
}

}  // namespace glossa::app
