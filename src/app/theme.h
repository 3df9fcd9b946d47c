#pragma once
// Light ("paper") and dark themes, and the few colours the views draw with themselves.
#include <imgui.h>

namespace glossa::app {

enum class Theme { Light, Dark };

void apply_theme(Theme t);

struct Palette {
  ImU32 text_muted;
  ImU32 page;       // reading column background
  ImU32 warning;
};
Palette palette(Theme t);

}  // namespace glossa::app
