#include "app/app.h"

#include <imgui.h>

#include <algorithm>

#include "app/article_view.h"
#include "app/compare_window.h"
#include "app/debug_state.h"
#include "app/import_dialog.h"
#include "app/intake_progress.h"
#include "app/merge_window.h"
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
#include "app/view_util.h"
#include "core/article/reader.h"
#include "core/formats/registry.h"
#include "core/formats/workspace.h"

namespace glossa::app {

App::App(PlatformHooks hooks) : hooks_(std::move(hooks)) { attach_test_hooks(this); }
App::~App() {
  if (test_app() == this) attach_test_hooks(nullptr);
}

namespace {
// Files that bring their articles open as documents; the others are annotations for an open article.
bool carries_text(const std::string& kind) { return kind == "bundle" || kind == "label-studio" || kind == "workspace"; }
}  // namespace

bool App::open_bytes(const std::string& name, std::string_view bytes) {
  const std::string kind = formats::detect_file_kind(name, bytes);
  if (kind == "article") return open_article(name, bytes);
  // Files that carry their text (a bundle, Label Studio tasks) open as they are; the others are for an
  // open article.
  return open_annotations(name, bytes, !carries_text(kind));
}

bool App::open_article(const std::string& name, std::string_view bytes, std::optional<article::ReadResult> read) {
  article::ReadResult r = read ? std::move(*read) : article::read_article_file(bytes, name);
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

// An annotation file: a bundle, Label Studio tasks or a brat .ann with its .txt open as documents with
// their annotations. A file of annotations only (Glossa, W3C, a lone .ann) is for the open article it was
// made for (the current one if it fits, else the first that does): it fills it when it has no annotations
// yet; else the person chooses to replace, merge or compare (PendingImport), so nothing there is touched
// before they decide.
bool App::open_annotations(const std::string& name, std::string_view bytes, bool for_current,
                           std::optional<std::string_view> companion_txt) {
  std::vector<formats::Loaded> loaded;
  Document* target = nullptr;
  if (for_current && current()) {
    std::vector<Document*> order{current()};
    for (auto& d : documents_)
      if (d.get() != current()) order.push_back(d.get());
    for (Document* d : order) {
      formats::ImportOptions opts;
      opts.target = &d->article;
      auto l = formats::load_documents(bytes, name, opts, companion_txt);
      const bool fits = !l.empty() && std::all_of(l.begin(), l.end(), [](const formats::Loaded& x) { return x.ok(); });
      // When none fits, the current article's problems are the ones to show.
      if (fits || d == order.front()) {
        loaded = std::move(l);
        target = d;
      }
      if (fits) break;
    }
  } else {
    loaded = formats::load_documents(bytes, name, {}, companion_txt);
  }
  bool any = false;
  std::string problems;
  for (auto& l : loaded) {
    if (!l.ok()) {
      problems += (problems.empty() ? "" : "\n") + l.error();
      continue;
    }
    any = true;
    const std::string warning = l.warnings.empty() ? "" : l.warnings.front();
    if (l.article) {
      documents_.push_back(std::make_unique<Document>(std::move(*l.article)));
      current_ = static_cast<int>(documents_.size()) - 1;
      Document& d = *documents_.back();
      d.set = std::move(l.set);
      d.index_version = ~std::uint64_t{0};  // the editor's version did not move: rebuild the index
      d.say("Opened " + name + ": " + std::to_string(d.set.mentions.size()) + " mentions, " +
            std::to_string(d.set.quotes.size()) + " quotes" + (warning.empty() ? "" : " (" + warning + ")"));
      continue;
    }
    for (int i = 0; i < static_cast<int>(documents_.size()); ++i)
      if (documents_[static_cast<std::size_t>(i)].get() == target) current_ = i;
    if (target->set.size() == 0 && target->set.foreign.empty()) {
      replace_annotations(*target, std::move(l.set), name);
      target->say("Opened " + name + ": " + std::to_string(target->set.mentions.size()) + " mentions, " +
                  std::to_string(target->set.quotes.size()) + " quotes" + (warning.empty() ? "" : " (" + warning + ")"));
    } else {
      imports_.push_back(PendingImport{name, target->serial, std::move(l.set), warning});
    }
  }
  if (!problems.empty()) dialog_.show("Cannot open " + name, problems);
  return any;
}

void App::open_files(std::vector<IncomingFile> files) {
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.name);
  const std::vector<std::size_t> companion = formats::brat_companions(names);
  std::vector<bool> is_companion(files.size(), false);
  for (std::size_t c : companion)
    if (c != std::string::npos) is_companion[c] = true;
  std::vector<std::string> kinds;
  for (const auto& f : files)
    kinds.push_back(f.read ? "article" : formats::detect_file_kind(f.name, f.bytes));
  // Articles first, so annotation files dropped with them find them open.
  for (std::size_t i = 0; i < files.size(); ++i)
    if (kinds[i] == "article" && !is_companion[i]) open_article(files[i].name, files[i].bytes, std::move(files[i].read));
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (kinds[i] == "article") continue;
    if (companion[i] != std::string::npos) {
      // The .ann could not be read (its dialog says why): the text still opens.
      if (!open_annotations(files[i].name, files[i].bytes, false, std::string_view(files[companion[i]].bytes)))
        open_article(files[companion[i]].name, files[companion[i]].bytes, std::move(files[companion[i]].read));
    }
    else
      open_annotations(files[i].name, files[i].bytes, !carries_text(kinds[i]));
  }
}

void App::intake_begin(int count) {
  // A batch read but not opened yet (it waits a frame to say so): open it now, before the next batch.
  if (intake_ && intake_->complete) {
    std::vector<IncomingFile> files = std::move(intake_->files);
    intake_.reset();
    open_files(std::move(files));
  }
  intake_ = Intake{};
  intake_->count = count;
}

void App::intake_progress(const std::string& name, int index, double done, double total) {
  if (!intake_) intake_begin(index + 1);
  intake_->reading = name;
  intake_->index = index;
  intake_->done = done;
  intake_->total = total;
}

void App::intake_add(const std::string& name, std::string bytes) {
  if (!intake_) intake_begin(1);
  intake_->reading_text = false;
  intake_->files.push_back({name, std::move(bytes), std::nullopt});
}

void App::intake_reading_text(const std::string& name) {
  if (!intake_) intake_begin(1);
  intake_->reading = name;
  intake_->reading_text = true;
}

void App::intake_add_read(const std::string& name, std::string bytes, article::ReadResult read) {
  if (!intake_) intake_begin(1);
  intake_->reading_text = false;
  intake_->files.push_back({name, std::move(bytes), std::move(read)});
}

void App::intake_failed(const std::string& name, const std::string& reason) {
  dialog_.show("Cannot open " + name, name + ": " + reason);
}

void App::intake_end() {
  if (!intake_) return;
  intake_->complete = true;
  intake_->wait_frames = 1;  // one frame to say "Opening…" before the work that takes the frame
}

Document* App::document_by_serial(std::uint64_t serial) {
  for (auto& d : documents_)
    if (d->serial == serial) return d.get();
  return nullptr;
}

void App::copy_selection() {
  Document* d = current();
  if (!d) return;
  std::string text;
  if (!d->sel.empty()) {
    const Span s = d->sel.span();
    text = std::string(d->article.text.slice(s.begin, s.end));
  } else if (!d->selected.empty()) {
    text = annotation_as_text(*d, d->selected);
  }
  if (text.empty()) {
    d->say("Nothing to copy: select some text or an annotation first", true);
    return;
  }
  if (!hooks_.copy_text) {
    d->say("This platform has no clipboard", true);
    return;
  }
  copying_ = text;
  hooks_.copy_text(text);
}

void App::copied(const std::string& error) {
  Document* d = current();
  if (!d) return;
  if (!error.empty()) d->say("The browser refused the clipboard: " + error, true);
  else d->say("Copied " + std::to_string(text::IndexedText(copying_).code_points()) + " characters");
}

std::string App::workspace_json() const {
  std::vector<formats::WorkspaceDocument> docs;
  std::vector<nlohmann::ordered_json> states;
  states.reserve(documents_.size());  // docs point into it
  for (const auto& d : documents_) {
    states.push_back(suggestion_memory_json(*d));
    docs.push_back({&d->article, &d->set, &d->editor, true, &states.back()});
  }
  const nlohmann::ordered_json settings = {{"theme", theme_ == Theme::Dark ? "dark" : "light"},
                                           {"text_scale", text_scale_},
                                           {"sidebar", panels.sidebar},
                                           {"sidebar_tab", panels.sidebar_tab}};
  return formats::write_workspace(docs, current_, settings, unreadable_, unreadable_states_);
}

std::vector<ApartArticle> App::apart_articles() const {
  std::vector<ApartArticle> out;
  for (const auto& d : documents_) out.push_back({formats::article_key(d->article), &d->article});
  for (const auto& raw : unreadable_) {
    std::string key = formats::apart_article_key(raw);
    if (!key.empty()) out.push_back({std::move(key), nullptr});
  }
  return out;
}

std::string App::all_documents_json() const {
  std::vector<formats::WorkspaceDocument> docs;
  for (const auto& d : documents_) docs.push_back({&d->article, &d->set, nullptr});
  return formats::write_workspace(docs, current_, nlohmann::ordered_json::object());
}

void App::select_serial(std::uint64_t serial) {
  for (std::size_t i = 0; i < documents_.size(); ++i)
    if (documents_[i]->serial == serial) current_ = static_cast<int>(i);
}

bool App::restore_workspace(std::string_view bytes, const formats::ArticleLoader& load) {
  formats::Workspace w = formats::read_workspace(bytes, load);
  if (!w.ok()) {
    dialog_.show("The saved workspace could not be restored", w.error + ". It is kept as it was; open your exported files to go on.");
    return false;
  }
  std::string problems;
  documents_.clear();
  unreadable_.clear();
  unreadable_states_.clear();
  int current = -1;
  for (std::size_t i = 0; i < w.documents.size(); ++i) {
    auto& l = w.documents[i];
    if (!l.ok() || !l.article) {
      problems += (problems.empty() ? "" : "\n") + l.error();
      unreadable_.push_back(w.raw[i]);
      unreadable_states_.push_back(i < w.states.size() ? w.states[i] : nlohmann::ordered_json(nullptr));
      continue;
    }
    if (static_cast<int>(i) == w.current) current = static_cast<int>(documents_.size());
    documents_.push_back(std::make_unique<Document>(std::move(*l.article)));
    Document& d = *documents_.back();
    d.set = std::move(l.set);
    if (i < w.states.size()) restore_suggestion_memory(d, w.states[i]);
    // The undo history, now that the editor's set holds the annotations (read_workspace checked it fits).
    if (i < w.histories.size() && !w.histories[i].empty()) {
      std::string why;
      if (!d.editor.restore_history(std::move(w.histories[i].undo), std::move(w.histories[i].redo), &why))
        w.warning += (w.warning.empty() ? "" : "\n") + std::string("the undo history of ") + d.article.title +
                     " was not restored (" + why + ")";
    }
  }
  current_ = documents_.empty() ? -1 : current >= 0 ? current : 0;
  // A history that could not be restored costs only undo: said in the status bar, not in a dialog.
  if (!w.warning.empty() && this->current()) this->current()->say(w.warning.substr(0, w.warning.find('\n')), true);
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

void App::remove_document(std::uint64_t serial) {
  for (std::size_t i = 0; i < documents_.size(); ++i) {
    if (documents_[i]->serial != serial) continue;
    documents_.erase(documents_.begin() + static_cast<std::ptrdiff_t>(i));
    const int removed = static_cast<int>(i);
    if (current_ > removed || current_ >= static_cast<int>(documents_.size())) --current_;
    if (documents_.empty()) current_ = -1;
    return;
  }
}

void App::open_copy(const Document& d, annotate::AnnotationSet set, const std::string& name) {
  documents_.push_back(std::make_unique<Document>(d.article));
  current_ = static_cast<int>(documents_.size()) - 1;
  Document& copy = *documents_.back();
  copy.set = std::move(set);
  copy.index_version = ~std::uint64_t{0};
  copy.say("Opened " + name + " beside the document: " + std::to_string(copy.set.mentions.size()) + " mentions, " +
           std::to_string(copy.set.quotes.size()) + " quotes");
}

void App::set_text_scale(float s) {
  text_scale_ = std::min(2.5f, std::max(0.7f, s));
}

void App::set_theme(Theme t) {
  theme_ = t;
  apply_theme(t);
}

void App::frame() {
  // Files wait while conflicts are being settled: opening one would change the current document under
  // the merge window.
  const bool merging = std::any_of(documents_.begin(), documents_.end(), [](const auto& d) { return d->merging.has_value(); });
  if (intake_ && intake_->complete && !merging && intake_->wait_frames-- <= 0) {
    std::vector<IncomingFile> files = std::move(intake_->files);
    intake_.reset();
    open_files(std::move(files));
  }
  imports_.erase(std::remove_if(imports_.begin(), imports_.end(), [&](const PendingImport& p) { return !document_by_serial(p.document); }),
                 imports_.end());
  Document* d = current();
  if (d) {
    refresh_comparison(*d);
    // Suggestions shown when the workspace was saved are shown again (rejections kept) once the document is.
    if (d->suggestion_memory.show_when_current && !d->suggestions && d->article.text.code_points() <= kRestoreSuggestMax)
      run_suggestions(*d, true);
    refresh_suggestions(*d);
  }
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
    draw_merge_window(*this, *d);
    draw_compare_window(*this, *d);
  }
  draw_import_dialog(*this);
  draw_intake_progress(*this);
  draw_help_window(*this);
  draw_confirm_dialog(*this);
  dialog_.draw();
  persistence_.tick(*this, ImGui::GetTime());
  draw_about(*this);
}

}  // namespace glossa::app
