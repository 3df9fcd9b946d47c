#pragma once
// Where named widgets were drawn in the last frame (CSS pixels). Browser tests read these through the
// platform's debug export to click real widgets instead of guessing coordinates.
#include <map>
#include <string>

#include <imgui.h>

namespace glossa::app {

struct ProbeRect {
  float x0, y0, x1, y1;
};

std::map<std::string, ProbeRect>& ui_probes();
// Records the last item's rectangle under name.
void probe_last_item(const std::string& name);

}  // namespace glossa::app
