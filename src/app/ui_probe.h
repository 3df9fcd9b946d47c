#pragma once
// Where named widgets were drawn in the last frame (CSS pixels). Browser tests read these through the
// platform's debug export to click real widgets instead of guessing coordinates. Recording costs a string
// and a map entry per widget every frame (a quarter to a third of a scrolling frame), so it is off unless the
// platform turns it on (the browser tests ask for it; a person's page never does).
#include <map>
#include <string>
#include <string_view>

#include <imgui.h>

namespace glossa::app {

struct ProbeRect {
  float x0, y0, x1, y1;
};

void enable_probes(bool on);
bool probes_enabled();
std::map<std::string, ProbeRect>& ui_probes();
// Records the last item's rectangle under name + more ("entities.row." + an id), when enabled.
void probe_last_item(std::string_view name, std::string_view more = {});
// Records a rectangle under name, when enabled.
void probe_rect(std::string_view name, ImVec2 min, ImVec2 max);

}  // namespace glossa::app
