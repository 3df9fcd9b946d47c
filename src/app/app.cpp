#include "app/app.h"

#include <imgui.h>

#include "app/article_view.h"
#include "app/main_menu.h"
#include "app/status_bar.h"
#include "core/article/reader.h"

namespace glossa::app {

bool App::open_bytes(const std::string& name, std::string_view bytes) {
  article::ReadResult r = article::read_article_file(bytes, name);
  if (!r.ok()) {
    dialog_.show("Cannot open " + name, r.error);
    return false;
  }
  const int first_new = static_cast<int>(documents_.size());
  for (auto& a : r.articles) documents_.push_back(Document{std::move(a)});
  current_ = first_new;
  if (!r.warnings.empty()) {
    std::string body = "Read " + std::to_string(r.articles.size()) + " article(s). Not everything could be read:";
    for (const auto& w : r.warnings) body += "\n• " + w;
    dialog_.show("Opened " + name + " with warnings", body);
  }
  return true;
}

void App::set_theme(Theme t) {
  theme_ = t;
  apply_theme(t);
}

void App::frame() {
  draw_main_menu(*this, hooks_.open_file_dialog);
  const float status_h = status_bar_height();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 pos(vp->WorkPos.x, vp->WorkPos.y);
  const ImVec2 size(vp->WorkSize.x, vp->WorkSize.y - status_h);

  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##workspace", nullptr, flags);
  ImGui::PopStyleVar(2);
  if (current_ >= 0) {
    draw_article_view(documents_[current_], fonts_, theme_);
  } else {
    ImGui::TextDisabled("No article open. File > Open… to choose one.");
  }
  ImGui::End();

  draw_status_bar(*this, ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - status_h), ImVec2(vp->WorkSize.x, status_h));
  dialog_.draw();
  draw_about(*this);
}

}  // namespace glossa::app
