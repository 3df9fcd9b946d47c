#pragma once
// The application state and the frame that draws it. Platform code (src/platform/*) owns the window, the
// GL context and the event loop, and calls App::frame() once per frame between ImGui::NewFrame/Render.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/document.h"
#include "app/fonts.h"
#include "app/message_dialog.h"
#include "app/theme.h"

namespace glossa::app {

// What the app asks of its platform (file picker, ...). Empty functions mean "not available here".
struct PlatformHooks {
  std::function<void()> open_file_dialog;
};

class App {
 public:
  explicit App(PlatformHooks hooks) : hooks_(std::move(hooks)) {}

  // Reads an article from bytes; on failure shows a dialog naming the file and the reason.
  bool open_bytes(const std::string& name, std::string_view bytes);

  void frame();

  Fonts& fonts() { return fonts_; }
  const Fonts& fonts() const { return fonts_; }
  const std::vector<Document>& documents() const { return documents_; }
  int current_index() const { return current_; }
  const Document* current() const { return current_ >= 0 ? &documents_[current_] : nullptr; }
  Theme theme() const { return theme_; }
  void set_theme(Theme t);
  void select_document(int i) {
    if (i >= 0 && i < static_cast<int>(documents_.size())) current_ = i;
  }
  const MessageDialog& dialog() const { return dialog_; }
  MessageDialog& dialog() { return dialog_; }
  bool show_about = false;

 private:
  PlatformHooks hooks_;
  Fonts fonts_;
  Theme theme_ = Theme::Light;
  std::vector<Document> documents_;
  int current_ = -1;
  MessageDialog dialog_;
};

}  // namespace glossa::app
