#include "app/import_dialog.h"

#include <imgui.h>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

std::string counts(const annotate::AnnotationSet& s) {
  return std::to_string(s.mentions.size()) + " mentions, " + std::to_string(s.entities.size()) + " entities, " +
         std::to_string(s.quotes.size()) + " quotes";
}

}  // namespace

void draw_import_dialog(App& app) {
  if (app.pending_imports().empty()) {
    forget_probes("import.");
    return;
  }
  PendingImport& p = app.pending_imports().front();
  Document* d = app.document_by_serial(p.document);
  if (!d) return;  // dropped next frame
  // One thing at a time: the next file waits until the conflicts being settled are.
  if (d->merging || (app.current() && app.current()->merging)) return;
  const char* id = "Import annotations###import";
  if (popup_must_wait(id)) return;
  // The document asked about is the one on screen (files for several documents may have come together).
  if (!ImGui::IsPopupOpen(id)) app.select_serial(d->serial);
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560, 0));
  if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) return;
  const std::string title = d->article.title.empty() ? d->article.source : d->article.title;
  ImGui::TextWrapped("%s has annotations for “%s”, which has annotations of its own.", p.name.c_str(), title.c_str());
  ImGui::Spacing();
  ImGui::BulletText("This document: %s", counts(d->set).c_str());
  ImGui::BulletText("%s: %s", p.name.c_str(), counts(p.set).c_str());
  if (!p.warning.empty()) ImGui::TextWrapped("Note: %s", p.warning.c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("Merge and Replace are one step each: Ctrl+Z takes them back.");
  ImGui::Spacing();
  enum { None, Merge, Compare, Replace, Copy, Cancel } choice = None;
  if (ImGui::Button("Merge…")) choice = Merge;
  probe_last_item("import.merge");
  ImGui::SameLine();
  if (ImGui::Button("Compare")) choice = Compare;
  probe_last_item("import.compare");
  ImGui::SameLine();
  if (ImGui::Button("Replace")) choice = Replace;
  probe_last_item("import.replace");
  ImGui::SameLine();
  if (ImGui::Button("Open as a copy")) choice = Copy;
  probe_last_item("import.copy");
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) choice = Cancel;
  probe_last_item("import.cancel");
  if (choice != None) {
    PendingImport taken = std::move(p);
    app.pending_imports().pop_front();
    ImGui::CloseCurrentPopup();
    switch (choice) {
      case Merge: start_merge(*d, taken.set, taken.name); break;
      case Compare: start_compare(*d, std::move(taken.set), taken.name); break;
      case Replace: replace_annotations(*d, std::move(taken.set), taken.name); break;
      case Copy: app.open_copy(*d, std::move(taken.set), taken.name); break;
      default: d->say("Not imported: " + taken.name); break;
    }
    forget_probes("import.");
  }
  ImGui::EndPopup();
}

}  // namespace glossa::app
