#include "app/intake_progress.h"

#include <imgui.h>

#include <cmath>

#include "app/app.h"

namespace glossa::app {

void draw_intake_progress(App& app) {
  const auto& in = app.intake();
  if (!in) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(420, 0));
  ImGui::Begin("##intake", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing);
  if (in->complete) {
    const std::size_t n = in->files.size();
    ImGui::Text("Opening %s…", n == 1 ? in->files.front().name.c_str() : (std::to_string(n) + " files").c_str());
    ImGui::ProgressBar(1.0f, ImVec2(-1, 0), "");
  } else if (in->reading_text) {
    // Decoding and splitting the text takes a while on a large file; how long is not known in advance.
    ImGui::Text("Reading the text of %s…", in->reading.c_str());
    // This ImGui has no indeterminate bar: one that keeps filling says the page is alive.
    ImGui::ProgressBar(static_cast<float>(std::fmod(ImGui::GetTime() * 0.5, 1.0)), ImVec2(-1, 0), "");
  } else {
    const double mb = 1024.0 * 1024.0;
    if (in->count > 1) ImGui::Text("Reading %s (%d of %d)", in->reading.c_str(), in->index + 1, in->count);
    else ImGui::Text("Reading %s", in->reading.c_str());
    const float f = in->total > 0 ? static_cast<float>(in->done / in->total) : 0.0f;
    char label[64];
    std::snprintf(label, sizeof label, "%.1f of %.1f MB", in->done / mb, in->total / mb);
    ImGui::ProgressBar(f, ImVec2(-1, 0), label);
  }
  ImGui::End();
}

}  // namespace glossa::app
