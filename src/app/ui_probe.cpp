#include "app/ui_probe.h"

namespace glossa::app {

std::map<std::string, ProbeRect>& ui_probes() {
  static std::map<std::string, ProbeRect> probes;
  return probes;
}

void probe_last_item(const std::string& name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ui_probes()[name] = ProbeRect{a.x, a.y, b.x, b.y};
}

}  // namespace glossa::app
