#pragma once
// The app's fonts (DejaVu from Debian's fonts-dejavu-core): a sans for the UI, a serif for reading and a
// bold serif for titles. Rasterized at the device pixel ratio and drawn at 1/ratio, so text stays crisp on
// high-DPI screens; rebuilt when the ratio changes (window moved to another screen, browser zoom).
#include <string>
#include <string_view>

struct ImFont;

namespace glossa::app {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* body = nullptr;
  ImFont* title = nullptr;
  float pixel_ratio = 0.0f;  // the ratio the atlas was built for (0: not built)
  float text_scale = 1.0f;   // the reading text's size factor it was built for (Ctrl +/-)
  std::string error;         // why a font could not be loaded (empty when all loaded)

  // Adds the fonts to ImGui's atlas for this pixel ratio. The caller re-creates the GPU texture.
  // text_scale enlarges the reading fonts (body, title); the UI font keeps its size.
  bool build(const std::string& font_dir, float ratio, float text_scale = 1.0f);
};

// Code points of utf8 that the font has no glyph for (drawn as '?').
std::size_t count_missing_glyphs(const ImFont* font, std::string_view utf8);

}  // namespace glossa::app
