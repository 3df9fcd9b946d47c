#include "app/app.h"

#include <imgui.h>

#include <algorithm>

#include "app/article_view.h"
#include "app/confirm_dialog.h"
#include "app/entity_picker.h"
#include "app/help_window.h"
#include "app/keyboard.h"
#include "app/legend.h"
#include "app/main_menu.h"
#include "app/note_editor.h"
#include "app/search_bar.h"
#include "app/sidebar.h"
#include "app/status_bar.h"
#include "core/article/reader.h"
#include "core/formats/registry.h"
#include "core/formats/workspace.h"

namespace glossa::app {

bool App::open_bytes(const std::string& name, std::string_view bytes) {
  const std::string kind = formats::detect_file_kind(name, bytes.substr(0, 4096));
  if (kind == "article") return open_article(name, bytes);
  // Files that carry their text (a bundle, Label Studio tasks) open as they are; the others are for the
  // current article.
  return open_annotations(name, bytes, kind != "bundle" && kind != "label-studio");
}

bool App::open_article(const std::string& name, std::string_view bytes) {
  article::ReadResult r = article::read_article_file(bytes, name);
  if (!r.ok()) {
    dialog_.show("Cannot open " + name, r.error);
    return false;
  }
  const int first_new = static_cast<int>(documents_.size());
  for (auto& a : r.articles) documents_.push_back(std::make_unique<Document>(std::move(a)));
  current_ = first_new;
  if (!r.warnings.empty()) {
    std::string body = "Read " + std::to_string(r.articles.size()) + " article(s). Not everything could be read:";
    for (const auto& w : r.warnings) body += "\n• " + w;
    dialog_.show("Opened " + name + " with warnings", body);
  }
  return true;
}

// An annotation file: a bundle or Label Studio tasks open as documents with their annotations; a file of
// annotations only (Glossa, W3C) is for the current article: it fills it when it has no annotations yet,
// else it opens beside it as a copy, so nothing already there is touched.
bool App::open_annotations(const std::string& name, std::string_view bytes, bool for_current) {
  formats::ImportOptions opts;
  opts.target = for_current && current() ? &current()->article : nullptr;
  std::vector<formats::Loaded> loaded = formats::load_documents(bytes, name, opts);
  bool any = false;
  std::string problems;
  for (auto& l : loaded) {
    if (!l.ok()) {
      problems += (problems.empty() ? "" : "\n") + l.error();
      continue;
    }
    any = true;
    Document* into = nullptr;
    Document* cur = current();
    if (!l.article && cur && cur->set.size() == 0 && !cur->editor.can_undo() && !cur->editor.can_redo()) {
      into = cur;
    } else {
      documents_.push_back(std::make_unique<Document>(l.article ? std::move(*l.article) : current()->article));
      current_ = static_cast<int>(documents_.size()) - 1;
      into = documents_.back().get();
    }
    into->set = std::move(l.set);
    into->index_version = ~std::uint64_t{0};  // the editor's version did not move: rebuild the index
    into->selected.clear();
    into->say("Opened " + name + ": " + std::to_string(into->set.mentions.size()) + " mentions, " +
              std::to_string(into->set.quotes.size()) + " quotes" + (l.warnings.empty() ? "" : " (" + l.warnings.front() + ")"));
  }
  if (!problems.empty()) dialog_.show("Cannot open " + name, problems);
  return any;
}

std::string App::workspace_json() const {
  std::vector<formats::WorkspaceDocument> docs;
  for (const auto& d : documents_) docs.push_back({&d->article, &d->set});
  const nlohmann::ordered_json settings = {{"theme", theme_ == Theme::Dark ? "dark" : "light"},
                                           {"text_scale", text_scale_},
                                           {"sidebar", panels.sidebar},
                                           {"sidebar_tab", panels.sidebar_tab}};
  return formats::write_workspace(docs, current_, settings, unreadable_);
}

bool App::restore_workspace(std::string_view bytes) {
  formats::Workspace w = formats::read_workspace(bytes);
  if (!w.ok()) {
    dialog_.show("The saved workspace could not be restored", w.error + ". It is kept as it was; open your exported files to go on.");
    return false;
  }
  std::string problems;
  documents_.clear();
  unreadable_.clear();
  int current = -1;
  for (std::size_t i = 0; i < w.documents.size(); ++i) {
    auto& l = w.documents[i];
    if (!l.ok() || !l.article) {
      problems += (problems.empty() ? "" : "\n") + l.error();
      unreadable_.push_back(w.raw[i]);
      continue;
    }
    if (static_cast<int>(i) == w.current) current = static_cast<int>(documents_.size());
    documents_.push_back(std::make_unique<Document>(std::move(*l.article)));
    documents_.back()->set = std::move(l.set);
  }
  current_ = documents_.empty() ? -1 : current >= 0 ? current : 0;
  const auto& st = w.settings;
  set_theme(st.contains("theme") && st["theme"] == "dark" ? Theme::Dark : Theme::Light);
  if (st.contains("text_scale") && st["text_scale"].is_number()) set_text_scale(st["text_scale"].get<float>());
  if (st.contains("sidebar") && st["sidebar"].is_boolean()) panels.sidebar = st["sidebar"].get<bool>();
  if (st.contains("sidebar_tab") && st["sidebar_tab"].is_number_integer()) panels.sidebar_tab = st["sidebar_tab"].get<int>();
  if (!problems.empty())
    dialog_.show("Some saved documents could not be restored",
                 problems + "\nThey stay in the saved workspace as they were, for a later version to read.");
  persistence_.mark_saved(*this);
  return true;
}

void App::clear_workspace() {
  documents_.clear();
  current_ = -1;
}

void App::remove_current_document() {
  if (current_ < 0) return;
  documents_.erase(documents_.begin() + current_);
  current_ = documents_.empty() ? -1 : std::min(current_, static_cast<int>(documents_.size()) - 1);
}

void App::set_text_scale(float s) {
  text_scale_ = std::min(2.5f, std::max(0.7f, s));
}

void App::set_theme(Theme t) {
  theme_ = t;
  apply_theme(t);
}

void App::frame() {
  Document* d = current();
  handle_keys(*this, d);
  draw_main_menu(*this, hooks_.open_file_dialog);
  const float status_h = status_bar_height();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // The side panels take the right; on a narrow window the text keeps the room.
  const float sidebar_w = panels.sidebar && vp->WorkSize.x >= 900.0f ? std::min(380.0f, vp->WorkSize.x * 0.3f) : 0.0f;
  const ImVec2 pos(vp->WorkPos.x, vp->WorkPos.y);
  const ImVec2 size(vp->WorkSize.x - sidebar_w, vp->WorkSize.y - status_h);

  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##workspace", nullptr, flags);
  ImGui::PopStyleVar(2);
  if (d) {
    draw_legend(*this, *d);
    draw_search_bar(*this, *d);
    draw_article_view(*this, *d);
  } else {
    ImGui::TextDisabled("No article open. File > Open… to choose one.");
  }
  ImGui::End();
  if (sidebar_w > 0) draw_sidebar(*this, ImVec2(pos.x + size.x, pos.y), ImVec2(sidebar_w, size.y));

  draw_status_bar(*this, ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - status_h), ImVec2(vp->WorkSize.x, status_h));
  if (d) {
    draw_note_editor(*this, *d);
    draw_entity_picker(*this, *d);
  }
  draw_help_window(*this);
  draw_confirm_dialog(*this);
  dialog_.draw();
  persistence_.tick(*this, ImGui::GetTime());
  draw_about(*this);
}

}  // namespace glossa::app
