#include "app/debug_state.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/ui_probe.h"

namespace glossa::app {

std::string debug_state_json(const App& app) {
  using nlohmann::json;
  const ImGuiIO& io = ImGui::GetIO();
  json j;
  j["frame"] = ImGui::GetFrameCount();
  j["display"] = {{"width", io.DisplaySize.x}, {"height", io.DisplaySize.y},
                  {"framebuffer_scale", io.DisplayFramebufferScale.x}};
  j["fonts"] = {{"pixel_ratio", app.fonts().pixel_ratio}, {"error", app.fonts().error},
                {"atlas", {io.Fonts->TexWidth, io.Fonts->TexHeight}}};
  j["theme"] = app.theme() == Theme::Dark ? "dark" : "light";
  json docs = json::array();
  for (const auto& d : app.documents())
    docs.push_back({{"source", d.article.source}, {"title", d.article.title}, {"id", d.article.id}});
  j["documents"] = docs;
  j["current"] = app.current_index();
  if (const Document* d = app.current()) {
    const auto& a = d->article;
    std::size_t missing = count_missing_glyphs(app.fonts().body, a.text.view());
    missing += count_missing_glyphs(app.fonts().title, a.title);
    json meta = json::object();
    for (const auto& m : a.metadata) meta[m.key] = {{"raw", m.raw}, {"iso", m.iso}};
    j["article"] = {{"title", a.title},
                    {"format", a.format},
                    {"encoding", a.encoding},
                    {"metadata", meta},
                    {"warnings", a.warnings},
                    {"paragraphs", a.paragraphs.size()},
                    {"sentences", a.sentences.size()},
                    {"code_points", a.text.code_points()},
                    {"missing_glyphs", missing}};
  }
  j["dialog"] = app.dialog().open() ? json{{"title", app.dialog().title()}, {"body", app.dialog().body()}} : json(nullptr);
  json probes = json::object();
  for (const auto& [name, r] : ui_probes()) probes[name] = {r.x0, r.y0, r.x1, r.y1};
  j["probes"] = probes;
  return j.dump();
}

}  // namespace glossa::app
