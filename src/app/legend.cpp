#include "app/legend.h"

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

// A button tinted with the type's colour and a solid bar on its left; true when clicked.
bool chip(const std::string& text, ImU32 solid, ImU32 tint, ImU32 hover) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float w = ImGui::CalcTextSize(text.c_str()).x + st.FramePadding.x * 2 + 4.0f;
  // Keep chips on one row while they fit; wrap instead of clipping when the window is narrow.
  if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
  ImGui::PushStyleColor(ImGuiCol_Button, tint);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, solid);
  const bool clicked = ImGui::Button(("  " + text).c_str());
  ImGui::PopStyleColor(3);
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + 4.0f, b.y), solid, st.FrameRounding, ImDrawFlags_RoundCornersLeft);
  ImGui::SameLine(0.0f, 4.0f);
  return clicked;
}

}  // namespace

void draw_legend(App& app, Document& d) {
  UiFont font(app.fonts().ui);
  ImGui::PushID("legend");
  for (const annotate::EntityType& t : d.set.types.all()) {
    const std::string text = (t.key ? std::string(1, t.key) + " " : std::string()) + (t.label.empty() ? t.name : t.label);
    ImGui::PushID(t.name.c_str());
    if (chip(text, rgb_color(t.color), rgb_color(t.color, 50), rgb_color(t.color, 100))) mark_type(d, t.name);
    ImGui::PopID();
    probe_last_item("legend.", t.name);
  }
  // Quotes are not entity types: drawn in the muted text colour.
  const ImU32 muted = palette(app.theme()).text_muted;
  const ImU32 tint = (muted & ~IM_COL32_A_MASK) | (40u << IM_COL32_A_SHIFT);
  const ImU32 hover = (muted & ~IM_COL32_A_MASK) | (90u << IM_COL32_A_SHIFT);
  if (chip("Q Quote", muted, tint, hover)) mark_quote(d, annotate::QuoteKind::Direct);
  probe_last_item("legend.Quote");
  if (chip("S Speaker", muted, tint, hover)) begin_pick_speaker(d);
  probe_last_item("legend.Speaker");
  if (chip("C Cue", muted, tint, hover)) mark_cue(d);
  probe_last_item("legend.Cue");
  ImGui::NewLine();
  ImGui::PopID();
}

}  // namespace glossa::app
