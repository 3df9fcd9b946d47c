#pragma once
// The application state and the frame that draws it. Platform code (src/platform/*) owns the window, the
// GL context and the event loop, and calls App::frame() once per frame between ImGui::NewFrame/Render.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/document.h"
#include "app/fonts.h"
#include "app/message_dialog.h"
#include "app/persistence.h"
#include "app/theme.h"

namespace glossa::app {

// What the app asks of its platform (file picker, downloads, ...). Empty functions mean "not available here".
struct PlatformHooks {
  std::function<void()> open_file_dialog;
  // Saves a file on the user's machine (the browser's download): name, bytes, MIME type.
  std::function<void(const std::string&, const std::string&, const std::string&)> download;
  // Stores the workspace (JSON) in the browser's storage; the platform answers through
  // App::persistence().stored().
  std::function<void(const std::string&)> save_workspace;
};

// Windows and dialogs of the workspace that are not a document's.
struct Panels {
  bool sidebar = true;            // Entities / Quotes / Documents on the right
  int sidebar_tab = 0;            // 0 entities, 1 quotes, 2 documents
  bool help = false;              // F1 / ?: the keyboard help
  bool note_editor = false;       // N: a note is being written
  std::string note_text;
  bool entity_picker = false;     // E: choose the entity a mention joins
  std::string entity_filter;
  bool focus_field = false;       // put the keyboard in the dialog's text field next frame
};

class App {
 public:
  explicit App(PlatformHooks hooks) : hooks_(std::move(hooks)) {}

  // Reads an article or an annotation file from bytes; on failure shows a dialog naming the file and the
  // reason, and nothing open is touched.
  bool open_bytes(const std::string& name, std::string_view bytes);

  void frame();

  Fonts& fonts() { return fonts_; }
  const Fonts& fonts() const { return fonts_; }
  const std::vector<std::unique_ptr<Document>>& documents() const { return documents_; }
  int current_index() const { return current_; }
  Document* current() { return current_ >= 0 ? documents_[current_].get() : nullptr; }
  const Document* current() const { return current_ >= 0 ? documents_[current_].get() : nullptr; }
  Theme theme() const { return theme_; }
  void set_theme(Theme t);
  void select_document(int i) {
    if (i >= 0 && i < static_cast<int>(documents_.size())) current_ = i;
  }
  // Ctrl +/-: the reading text's size, a factor of the default (the fonts are rebuilt for it, so it stays crisp).
  float text_scale() const { return text_scale_; }
  void set_text_scale(float s);
  const MessageDialog& dialog() const { return dialog_; }
  MessageDialog& dialog() { return dialog_; }
  const PlatformHooks& hooks() const { return hooks_; }

  // The whole workspace (documents, which is current, settings) as one file, and back. restore_workspace
  // replaces what is open; false (with the reason in a dialog) when the file cannot be read.
  std::string workspace_json() const;
  bool restore_workspace(std::string_view bytes);
  Persistence& persistence() { return persistence_; }
  // Closes every document (after the person confirmed), or the current one.
  void clear_workspace();
  void remove_current_document();
  // A question that needs a yes before something is deleted.
  struct Confirm {
    std::string title, body, yes;
    std::function<void(App&)> action;
  };
  std::optional<Confirm> confirm;
  Panels panels;
  bool show_about = false;

 private:
  bool open_article(const std::string& name, std::string_view bytes);
  bool open_annotations(const std::string& name, std::string_view bytes, bool for_current);

  PlatformHooks hooks_;
  Fonts fonts_;
  Theme theme_ = Theme::Light;
  float text_scale_ = 1.0f;
  std::vector<std::unique_ptr<Document>> documents_;
  int current_ = -1;
  MessageDialog dialog_;
  Persistence persistence_;
  std::vector<std::string> unreadable_;  // saved documents this version could not read: kept in the workspace
};

}  // namespace glossa::app
