#pragma once
// The application state and the frame that draws it. Platform code (src/platform/*) owns the window, the
// GL context and the event loop, and calls App::frame() once per frame between ImGui::NewFrame/Render.
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/document.h"
#include "core/formats/workspace.h"
#include "app/fonts.h"
#include "app/message_dialog.h"
#include "app/persistence.h"
#include "app/theme.h"

namespace glossa::app {

// What the app asks of its platform (file picker, downloads, ...). Empty functions mean "not available here".
// An article the saved workspace refers to by key (formats/workspace.h). article is null for one a
// document that could not be read refers to: kept if stored, never written.
struct ApartArticle {
  std::string key;
  const article::Article* article = nullptr;
};

struct PlatformHooks {
  std::function<void()> open_file_dialog;
  // Saves a file on the user's machine (the browser's download): name, bytes, MIME type.
  std::function<void(const std::string&, const std::string&, const std::string&)> download;
  // Stores the workspace (JSON) in the browser's storage, with the articles its documents refer to
  // (App::apart_articles: each written once, under its key; any other stored article is deleted); the
  // platform answers through App::persistence().stored().
  std::function<void(const std::string&, const std::vector<ApartArticle>&)> save_workspace;
  // Puts text on the system clipboard (navigator.clipboard); the platform reports a refusal through
  // App::copied().
  std::function<void(const std::string&)> copy_text;
};

// Files coming in (chosen or dropped together): read by the platform a piece at a time, so the page shows
// progress and stays alive, then opened together (a brat .ann with its .txt).
struct IncomingFile {
  std::string name;
  std::string bytes;  // may be empty when `read` is given (the text of a large article is not kept twice)
  // An article file already read (off the page's thread, by the platform): opened as it is.
  std::optional<article::ReadResult> read;
};
struct Intake {
  int count = 0;                  // files announced
  std::vector<IncomingFile> files;
  std::string reading;            // the file being read now
  int index = 0;                  // its place among count
  double done = 0, total = 0;     // its bytes read, and its size
  bool reading_text = false;      // the file is in; its text is being read (decoded, split) off the page
  bool complete = false;          // every file is in: they open after one frame that says so
  int wait_frames = 0;
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
  explicit App(PlatformHooks hooks);  // registers itself with the browser tests' hooks (debug_state.h)
  ~App();

  // Reads an article or an annotation file from bytes; on failure shows a dialog naming the file and the
  // reason, and nothing open is touched.
  bool open_bytes(const std::string& name, std::string_view bytes);
  // Files opened together: articles first, a brat .ann with the .txt of its name, then annotation files,
  // each matched to the open article it was made for. Each failure is shown with the file's name.
  void open_files(std::vector<IncomingFile> files);

  // The platform's reading of files (see Intake).
  void intake_begin(int count);
  void intake_progress(const std::string& name, int index, double done, double total);
  void intake_add(const std::string& name, std::string bytes);
  // The platform reads a large article's text off the page's thread: it says when it starts, then hands
  // over the result (and the raw bytes too when they may be needed, e.g. a .txt beside a brat .ann).
  void intake_reading_text(const std::string& name);
  void intake_add_read(const std::string& name, std::string bytes, article::ReadResult read);
  void intake_failed(const std::string& name, const std::string& reason);
  void intake_end();
  const std::optional<Intake>& intake() const { return intake_; }

  // Annotations for a document that has its own, waiting for the person to choose replace, merge or compare.
  std::deque<PendingImport>& pending_imports() { return imports_; }
  const std::deque<PendingImport>& pending_imports() const { return imports_; }
  Document* document_by_serial(std::uint64_t serial);

  // Ctrl+C: the selected text, else the selected annotation, to the clipboard.
  void copy_selection();
  // The platform's answer to a copy: "" when the clipboard took it.
  void copied(const std::string& error);

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
  // The documents' articles are kept apart (apart_articles), found again through `load` on restore.
  std::string workspace_json() const;
  std::vector<ApartArticle> apart_articles() const;
  bool restore_workspace(std::string_view bytes, const formats::ArticleLoader& load = {});
  Persistence& persistence() { return persistence_; }
  // Closes every document (after the person confirmed), or the current one.
  void clear_workspace();
  // Removes the document with this serial (the one the person confirmed, whatever is current by then).
  void remove_document(std::uint64_t serial);
  // A file's annotations opened beside d, on a copy of its article, leaving d as it is.
  void open_copy(const Document& d, annotate::AnnotationSet set, const std::string& name);
  // Every document as one file to share (the workspace's format, without the undo histories, which hold
  // what the person deleted, and without saved documents this version cannot read).
  std::string all_documents_json() const;
  // Makes the document with this serial the current one.
  void select_serial(std::uint64_t serial);
  // A question that needs a yes before something is deleted.
  struct Confirm {
    std::string title, body, yes;
    std::function<void(App&)> action;
  };
  std::optional<Confirm> confirm;
  Panels panels;
  bool show_about = false;

 private:
  bool open_article(const std::string& name, std::string_view bytes, std::optional<article::ReadResult> read = std::nullopt);
  bool open_annotations(const std::string& name, std::string_view bytes, bool for_current,
                        std::optional<std::string_view> companion_txt = std::nullopt);

  PlatformHooks hooks_;
  Fonts fonts_;
  Theme theme_ = Theme::Light;
  float text_scale_ = 1.0f;
  std::vector<std::unique_ptr<Document>> documents_;
  int current_ = -1;
  MessageDialog dialog_;
  Persistence persistence_;
  std::optional<Intake> intake_;
  std::deque<PendingImport> imports_;
  std::string copying_;  // what was last handed to the clipboard, for the status line
  std::vector<std::string> unreadable_;  // saved documents this version could not read: kept in the workspace
  std::vector<nlohmann::ordered_json> unreadable_states_;  // their states, kept too
};

}  // namespace glossa::app
