#include "app/fonts.h"

#include <imgui.h>

#include "core/text/utf8.h"

namespace glossa::app {

namespace {
// Latin (+ Latin-1, Extended-A/B), Greek, Cyrillic (+ Supplement), General Punctuation (curly quotes,
// dashes, ellipsis), currency, letterlike symbols (№), arrows and geometric shapes for the UI.
const ImWchar kRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x2000, 0x206F,
    0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0,
};
constexpr float kUiSize = 15.0f;
constexpr float kBodySize = 18.0f;
constexpr float kTitleSize = 26.0f;
}  // namespace

bool Fonts::build(const std::string& dir, float ratio, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  error.clear();
  const auto load = [&](const char* file, float size) -> ImFont* {
    const std::string path = dir + "/" + file;
    ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), size * ratio, &cfg, kRanges);
    if (!f) {
      error += (error.empty() ? "" : "; ") + std::string("cannot load font ") + path;
      f = io.Fonts->AddFontDefault();  // ASCII only, but the app stays usable
    }
    return f;
  };
  ui = load("DejaVuSans.ttf", kUiSize);
  body = load("DejaVuSerif.ttf", kBodySize * scale);
  title = load("DejaVuSerif-Bold.ttf", kTitleSize * scale);
  io.FontDefault = ui;
  io.FontGlobalScale = 1.0f / ratio;
  pixel_ratio = ratio;
  text_scale = scale;
  return io.Fonts->Build() && error.empty();
}

std::size_t count_missing_glyphs(const ImFont* font, std::string_view s) {
  std::size_t missing = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::decode_utf8(s, i);
    if (cp == '\n' || cp == '\t') continue;
    if (cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) ++missing;
  }
  return missing;
}

}  // namespace glossa::app
