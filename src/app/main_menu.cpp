#include "app/main_menu.h"

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "core/formats/registry.h"
#include "core/version.h"

namespace glossa::app {

void export_current(App& app, const std::string& format) {
  Document* d = app.current();
  if (!d) return;
  const formats::Exported e = formats::export_document(format, d->article, d->set);
  if (!e.ok()) {
    d->say(e.error, true);
    return;
  }
  std::string base = formats::base_name(d->article.source);
  if (const std::size_t slash = base.find_last_of("/#"); slash != std::string::npos) base[slash] = '-';
  for (const auto& f : e.files) {
    const bool json = f.suffix.find("json") != std::string::npos;
    app.hooks().download(base + f.suffix, f.content, json ? "application/json" : f.suffix == ".quotes.csv" ? "text/csv" : "text/plain");
  }
  d->say("Exported " + format + (e.warnings.empty() ? "" : " (" + std::to_string(e.warnings.size()) + " warnings: " + e.warnings.front() + ")"));
}

// Every document with its article and annotations in one file; File > Open reads it back.
void export_all(App& app) {
  const std::size_t n = app.documents().size();
  app.hooks().download("glossa-documents.json", app.all_documents_json(), "application/json");
  if (Document* d = app.current()) d->say("Exported all " + std::to_string(n) + " documents to glossa-documents.json");
}

float draw_main_menu(App& app, const std::function<void()>& open_file_dialog) {
  float h = 0.0f;
  if (!ImGui::BeginMainMenuBar()) return h;
  const bool file_open = ImGui::BeginMenu("File");
  probe_last_item("menu.File");
  if (file_open) {
    if (ImGui::MenuItem("Open…", "Ctrl+O", false, static_cast<bool>(open_file_dialog))) open_file_dialog();
    probe_last_item("menu.File.Open");
    if (ImGui::MenuItem("New workspace…", nullptr, false, !app.documents().empty())) {
      app.confirm = App::Confirm{"Close every document?",
                                 (app.documents().size() == 1 ? std::string("The open document and its annotations leave")
                                                              : "All " + std::to_string(app.documents().size()) +
                                                                    " open documents and their annotations leave") +
                                     " this browser. Export what you want to keep first.",
                                 "Close all", [](App& a) { a.clear_workspace(); }};
    }
    probe_last_item("menu.File.New");
    const bool export_open = ImGui::BeginMenu("Export", app.current() && app.hooks().download);
    probe_last_item("menu.File.Export");
    if (export_open) {
      for (const auto& f : formats::all_formats()) {
        if (!f.writes) continue;
        if (ImGui::MenuItem(f.description.c_str())) export_current(app, f.name);
        probe_last_item("menu.File.Export.", f.name);
      }
      ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Export all documents", nullptr, false, !app.documents().empty() && app.hooks().download)) export_all(app);
    probe_last_item("menu.File.ExportAll");
    ImGui::EndMenu();
  }
  const bool edit_open = ImGui::BeginMenu("Edit");
  probe_last_item("menu.Edit");
  if (edit_open) {
    Document* d = app.current();
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, d && d->editor.can_undo())) undo(*d);
    if (ImGui::MenuItem("Redo", "Ctrl+Y", false, d && d->editor.can_redo())) redo(*d);
    ImGui::Separator();
    if (ImGui::MenuItem("Copy", "Ctrl+C", false, d && (!d->sel.empty() || !d->selected.empty()))) app.copy_selection();
    probe_last_item("menu.Edit.Copy");
    ImGui::Separator();
    if (ImGui::MenuItem("Suggest quotes and entities", "Ctrl+G", false, d != nullptr)) {
      run_suggestions(*d);
      app.panels.sidebar_tab = 3;
      step_suggestion(*d, 1);
    }
    probe_last_item("menu.Edit.Suggest");
    ImGui::EndMenu();
  }
  const bool documents_open = ImGui::BeginMenu("Documents");
  probe_last_item("menu.Documents");
  if (documents_open) {
    const auto& docs = app.documents();
    if (docs.empty()) ImGui::TextDisabled("No documents");
    if (const Document* cur = app.current()) {
      if (ImGui::MenuItem("Remove this document…")) {
        const std::string title = cur->article.title.empty() ? cur->article.source : cur->article.title;
        app.confirm = App::Confirm{"Remove “" + title + "”?",
                                   "The article and its " + std::to_string(cur->set.size()) +
                                       " annotations leave this browser. Export them first to keep them.",
                                   "Remove", [serial = cur->serial](App& a) { a.remove_document(serial); }};
      }
      probe_last_item("menu.Documents.Remove");
      ImGui::Separator();
    }
    for (int i = 0; i < static_cast<int>(docs.size()); ++i) {
      const auto& a = docs[static_cast<std::size_t>(i)]->article;
      const std::string label = (a.title.empty() ? a.source : a.title) + "##doc" + std::to_string(i);
      if (ImGui::MenuItem(label.c_str(), nullptr, i == app.current_index())) app.select_document(i);
      probe_last_item("menu.Documents.", std::to_string(i));
    }
    ImGui::EndMenu();
  }
  const bool view_open = ImGui::BeginMenu("View");
  probe_last_item("menu.View");
  if (view_open) {
    if (ImGui::MenuItem("Light theme", nullptr, app.theme() == Theme::Light)) app.set_theme(Theme::Light);
    probe_last_item("menu.View.Light");
    if (ImGui::MenuItem("Dark theme", nullptr, app.theme() == Theme::Dark)) app.set_theme(Theme::Dark);
    probe_last_item("menu.View.Dark");
    ImGui::EndMenu();
  }
  const bool help_open = ImGui::BeginMenu("Help");
  probe_last_item("menu.Help");
  if (help_open) {
    if (ImGui::MenuItem("About Glossa")) app.show_about = true;
    ImGui::EndMenu();
  }
  h = ImGui::GetWindowHeight();
  ImGui::EndMainMenuBar();

  if (open_file_dialog && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O)) open_file_dialog();
  if (app.hooks().download && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S)) export_current(app, "bundle");
  return h;
}

void draw_about(App& app) {
  if (!app.show_about) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("About Glossa", &app.show_about, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    ImGui::Text("Glossa %s", kVersion);
    ImGui::TextUnformatted("Annotate quotes, their speakers and named entities in news articles.");
    ImGui::TextUnformatted("Everything stays on this machine: no server, no network.");
    ImGui::Separator();
    ImGui::Text("Dear ImGui %s · fonts: DejaVu", IMGUI_VERSION);
  }
  ImGui::End();
}

}  // namespace glossa::app
