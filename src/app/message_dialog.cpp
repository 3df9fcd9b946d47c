#include "app/message_dialog.h"

#include <imgui.h>

#include "app/view_util.h"

namespace glossa::app {

void MessageDialog::draw() {
  if (queue_.empty()) return;
  // One popup id for every message; the visible title is the message's own.
  const std::string id = queue_.front().title + "###message";
  if (popup_must_wait("###message")) return;
  if (!ImGui::IsPopupOpen("###message")) ImGui::OpenPopup(id.c_str());
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(320, 0), ImVec2(vp->WorkSize.x * 0.8f, vp->WorkSize.y * 0.8f));
  if (ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    ImGui::TextUnformatted(queue_.front().body.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button("OK", ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      ImGui::CloseCurrentPopup();
      queue_.pop_front();
    }
    ImGui::EndPopup();
  }
}

}  // namespace glossa::app
