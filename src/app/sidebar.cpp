#include "app/sidebar.h"

#include "app/app.h"
#include "app/documents_panel.h"
#include "app/entity_panel.h"
#include "app/quote_panel.h"
#include "app/suggestion_panel.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

void draw_sidebar(App& app, ImVec2 pos, ImVec2 size) {
  UiFont font(app.fonts().ui);
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("##sidebar", nullptr, flags);
  ImGui::PopStyleVar();
  // The tab can change from outside (a shortcut, a command): select it in the tab bar once when it does.
  static int shown = -1;
  for (const char* p : {"entities.", "quotes.", "documents.", "suggestions."}) forget_probes(p);  // the tabs not drawn this frame
  const bool external = app.panels.sidebar_tab != shown;
  if (ImGui::BeginTabBar("sidebar_tabs")) {
    static const char* const names[] = {"Entities", "Quotes", "Documents", "Suggestions"};
    for (int i = 0; i < 4; ++i) {
      const ImGuiTabItemFlags f = external && app.panels.sidebar_tab == i ? ImGuiTabItemFlags_SetSelected : 0;
      const bool open = ImGui::BeginTabItem(names[i], nullptr, f);
      probe_last_item("sidebar.tab.", names[i]);
      if (!open) continue;
      if (!external) app.panels.sidebar_tab = i;  // clicked by the person
      shown = app.panels.sidebar_tab;
      Document* d = app.current();
      if (i == 2) draw_documents_panel(app);
      else if (!d) ImGui::TextDisabled("No article open.");
      else if (i == 0) draw_entity_panel(app, *d);
      else if (i == 1) draw_quote_panel(app, *d);
      else draw_suggestion_panel(app, *d);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace glossa::app
