#include "app/confirm_dialog.h"

#include <imgui.h>

#include "app/view_util.h"

#include "app/app.h"
#include "app/ui_probe.h"

namespace glossa::app {

void draw_confirm_dialog(App& app) {
  if (!app.confirm) return;
  const char* id = "Are you sure?###confirm";
  if (popup_must_wait(id)) return;
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(460, 0));
  if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextUnformatted(app.confirm->title.c_str());
  ImGui::Spacing();
  ImGui::TextWrapped("%s", app.confirm->body.c_str());
  ImGui::Spacing();
  bool close = false;
  if (ImGui::Button(app.confirm->yes.c_str())) {
    auto action = app.confirm->action;
    action(app);
    close = true;
  }
  probe_last_item("confirm.yes");
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) close = true;
  probe_last_item("confirm.cancel");
  if (close) {
    app.confirm.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace glossa::app
