#include "app/ui_probe.h"

namespace glossa::app {

namespace {
bool g_enabled = false;
}  // namespace

void enable_probes(bool on) {
  g_enabled = on;
  if (!on) ui_probes().clear();
}

bool probes_enabled() { return g_enabled; }

std::map<std::string, ProbeRect>& ui_probes() {
  static std::map<std::string, ProbeRect> probes;
  return probes;
}

void probe_rect(std::string_view name, ImVec2 min, ImVec2 max) {
  if (!g_enabled) return;
  std::string key(name);
  ui_probes()[key] = ProbeRect{min.x, min.y, max.x, max.y};
}

void probe_last_item(std::string_view name, std::string_view more) {
  if (!g_enabled) return;
  std::string key;
  key.reserve(name.size() + more.size());
  key.append(name).append(more);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ui_probes()[key] = ProbeRect{a.x, a.y, b.x, b.y};
}

}  // namespace glossa::app
