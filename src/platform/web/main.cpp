// The web app's entry point: SDL2 window + WebGL2 context, the frame loop, and the functions the shell's
// JavaScript calls (open file bytes, debug state).
#include <SDL.h>
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/debug_state.h"
#include "app/ui_probe.h"
#include "browser.h"
#include "core/article/article_binary.h"
#include "core/article/reader.h"
#include "core/formats/registry.h"

namespace {

struct Runtime {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  std::unique_ptr<glossa::app::App> app;
  int frames = 0;
  std::string debug_json;
  // CPU time of each frame since the last reset (milliseconds), for the benchmarks: the app's own work
  // from input to the draw calls handed to WebGL, not the browser's compositing.
  std::vector<float> frame_ms;
};
Runtime g;

constexpr const char* kFontDir = "/fonts";
constexpr const char* kSampleDir = "/samples";

// The atlas is rasterized for the screen's pixel ratio and the reading text's size: rebuilt when either
// changes, so text stays crisp.
void rebuild_fonts_if_needed() {
  const float ratio = glossa::web::device_pixel_ratio();
  const float scale = g.app->text_scale();
  if (ratio <= 0.0f || (ratio == g.app->fonts().pixel_ratio && scale == g.app->fonts().text_scale)) return;
  if (g.app->fonts().pixel_ratio != 0.0f) ImGui_ImplOpenGL3_DestroyFontsTexture();
  if (!g.app->fonts().build(kFontDir, ratio, scale)) std::fprintf(stderr, "glossa: %s\n", g.app->fonts().error.c_str());
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void open_samples() {
  DIR* dir = opendir(kSampleDir);
  if (!dir) return;
  while (dirent* e = readdir(dir)) {
    const std::string name = e->d_name;
    if (name.size() < 5 || name.compare(name.size() - 4, 4, ".txt") != 0) continue;
    std::ifstream in(std::string(kSampleDir) + "/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    g.app->open_bytes(name, ss.str());
  }
  closedir(dir);
  if (!g.app->documents().empty()) g.app->select_document(0);
}

// The workspace lives in IndexedDB, mounted at /workspace (IDBFS). Loaded once before the first document
// opens; saved after changes (app/persistence.h), one write to IndexedDB at a time. The documents'
// articles are kept apart, one file each under /workspace/articles (written once: a text never changes),
// so a save after an edit writes the annotations only, however long the article.
constexpr const char* kWorkspaceFile = "/workspace/workspace.json";
constexpr const char* kArticleDir = "/workspace/articles";
bool g_workspace_ready = false;
bool g_syncing = false;
int g_unsynced = 0;       // saves written to /workspace since the last sync began
int g_sync_covers = 0;    // saves the running sync carries to IndexedDB
// Article files written and not yet in IndexedDB: those since the running sync began, and those it carries.
std::vector<std::string> g_articles_unsynced, g_articles_syncing;

void start_sync() {
  g_syncing = true;
  g_sync_covers = g_unsynced;
  g_unsynced = 0;
  g_articles_syncing.insert(g_articles_syncing.end(), g_articles_unsynced.begin(), g_articles_unsynced.end());
  g_articles_unsynced.clear();
  EM_ASM({
    FS.syncfs(false, function(err) { Module.ccall('glossa_workspace_stored', null, ['string'], [err ? String(err.message || err) : ""]); });
  });
}

std::string read_file(const char* path, bool& found) {
  std::ifstream in(path, std::ios::binary);
  found = static_cast<bool>(in);
  std::ostringstream ss;
  if (found) ss << in.rdbuf();
  return ss.str();
}

// Written beside and renamed: a crash mid-write never leaves half a file. One write() call: MEMFS then
// sizes the file once, where a stream's small pieces would grow (and copy) it again and again.
bool write_file(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) return false;
  std::size_t at = 0;
  while (at < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + at, bytes.size() - at);
    if (n <= 0) break;
    at += static_cast<std::size_t>(n);
  }
  const bool ok = close(fd) == 0 && at == bytes.size();
  return ok && std::rename(tmp.c_str(), path.c_str()) == 0;
}

bool is_article_key(const std::string& key) {
  return key.size() == 16 && key.find_first_not_of("0123456789abcdef") == std::string::npos;
}
std::string article_path(const std::string& key) { return std::string(kArticleDir) + "/" + key + ".bin"; }

// The articles the workspace refers to: each written once; any other stored article is deleted.
bool store_articles(const std::vector<glossa::app::ApartArticle>& articles) {
  mkdir(kArticleDir, 0777);
  std::set<std::string> wanted;
  for (const auto& a : articles) {
    if (!is_article_key(a.key)) continue;
    wanted.insert(a.key);
    const std::string path = article_path(a.key);
    struct stat st;
    if (!a.article || stat(path.c_str(), &st) == 0) continue;
    if (!write_file(path, glossa::article::to_binary(*a.article))) return false;
    g_articles_unsynced.push_back(path);
  }
  if (DIR* dir = opendir(kArticleDir)) {
    std::vector<std::string> stale;
    while (dirent* e = readdir(dir)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".bin") == 0 && !wanted.count(name.substr(0, name.size() - 4)))
        stale.push_back(std::string(kArticleDir) + "/" + name);
    }
    closedir(dir);
    for (const auto& path : stale) std::remove(path.c_str());
  }
  return true;
}

std::optional<glossa::article::Article> load_article(const std::string& key) {
  if (!is_article_key(key)) return std::nullopt;
  bool found = false;
  const std::string bytes = read_file(article_path(key).c_str(), found);
  if (!found) return std::nullopt;
  auto r = glossa::article::from_binary(bytes);
  if (!r || r->articles.size() != 1) return std::nullopt;
  return std::move(r->articles.front());
}

// The files are written at once (a page closing now still has them in memory to put into IndexedDB); the
// sync waits for the one running, then carries everything written meanwhile.
void write_workspace(const std::string& json, const std::vector<glossa::app::ApartArticle>& articles) {
  if (!store_articles(articles) || !write_file(kWorkspaceFile, json)) {
    g.app->persistence().stored(*g.app, "cannot write the workspace file", 1);
    return;
  }
  ++g_unsynced;
  if (!g_syncing) start_sync();
}

void frame(void*) {
  const double started = emscripten_get_now();
  rebuild_fonts_if_needed();
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // A frozen clock (virtual time in headless runs) gives DeltaTime 0, which ImGui asserts on.
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  g.app->frame();
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  SDL_GL_GetDrawableSize(g.window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g.window);
  // Bounded: a page left open for days does not grow this list without end.
  if (g.frame_ms.size() < 1000000) g.frame_ms.push_back(static_cast<float>(emscripten_get_now() - started));

  // Two frames after the workspace is restored: the first lays out windows, the second draws them in place.
  if (g_workspace_ready && ++g.frames == 2) glossa::web::notify_ready();
}

}  // namespace

extern "C" {

// Bytes of a file the user chose or dropped. Returns 1 when it opened as an article.
EMSCRIPTEN_KEEPALIVE int glossa_open_bytes(const char* name, const char* data, int len) {
  return g.app && g.app->open_bytes(name, std::string_view(data, static_cast<std::size_t>(len))) ? 1 : 0;
}

// Files chosen or dropped together, read by the shell a piece at a time (app/app.h Intake).
EMSCRIPTEN_KEEPALIVE void glossa_intake_begin(int count) {
  if (g.app) g.app->intake_begin(count);
}
EMSCRIPTEN_KEEPALIVE void glossa_intake_progress(const char* name, int index, double done, double total) {
  if (g.app) g.app->intake_progress(name, index, done, total);
}
EMSCRIPTEN_KEEPALIVE void glossa_intake_add(const char* name, const char* data, int len) {
  if (g.app) g.app->intake_add(name, std::string(data, static_cast<std::size_t>(len)));
}
// Whether a file may be an article, from its first bytes (the shell passes 4 KB): 0 when it surely is not
// (an annotation file, a bundle), which the shell then hands over without starting the reading worker.
// The head alone never takes an annotation file for an article's opposite: more bytes can only find a
// Label Studio file in what looked like an article, which the worker then says.
EMSCRIPTEN_KEEPALIVE int glossa_may_be_article(const char* name, const char* head, int len) {
  return glossa::formats::detect_file_kind(name, std::string_view(head, static_cast<std::size_t>(len))) == "article" ? 1 : 0;
}
// A large article is read in a worker (shell/read-worker.js): first this, while it works, then its result.
EMSCRIPTEN_KEEPALIVE void glossa_intake_reading_text(const char* name) {
  if (g.app) g.app->intake_reading_text(name);
}
// The worker's result (core/article/article_binary.h), with the file's raw bytes when they may be needed
// (raw_len 0 otherwise). Returns 0 when the result cannot be read back, which the shell reports.
EMSCRIPTEN_KEEPALIVE int glossa_intake_add_read(const char* name, const char* raw, int raw_len, const char* read, int read_len) {
  if (!g.app) return 0;
  auto result = glossa::article::from_binary(std::string_view(read, static_cast<std::size_t>(read_len)));
  if (!result) return 0;
  g.app->intake_add_read(name, raw_len > 0 ? std::string(raw, static_cast<std::size_t>(raw_len)) : std::string(), std::move(*result));
  return 1;
}
EMSCRIPTEN_KEEPALIVE void glossa_intake_failed(const char* name, const char* reason) {
  if (g.app) g.app->intake_failed(name, reason);
}
// The largest file worth reading into memory (the readers refuse anything larger).
EMSCRIPTEN_KEEPALIVE double glossa_intake_limit() { return static_cast<double>(glossa::article::kMaxFileBytes); }
EMSCRIPTEN_KEEPALIVE void glossa_intake_end() {
  if (g.app) g.app->intake_end();
}

EMSCRIPTEN_KEEPALIVE void glossa_copied(const char* error) {
  if (g.app) g.app->copied(error ? error : "");
}

EMSCRIPTEN_KEEPALIVE const char* glossa_debug_state() {
  g.debug_json = g.app ? glossa::app::debug_state_json(*g.app) : "{}";
  return g.debug_json.c_str();
}

EMSCRIPTEN_KEEPALIVE int glossa_frame_count() { return g.frames; }

// Frame CPU times recorded since the last reset, as a JSON array of milliseconds; the reset starts anew.
EMSCRIPTEN_KEEPALIVE const char* glossa_frame_times(int reset) {
  std::ostringstream out;
  out << '[';
  for (std::size_t i = 0; i < g.frame_ms.size(); ++i) out << (i ? "," : "") << g.frame_ms[i];
  out << ']';
  g.debug_json = out.str();
  if (reset) g.frame_ms.clear();
  return g.debug_json.c_str();
}

// IndexedDB has been read into /workspace: restore the workspace, or show the samples the first time.
EMSCRIPTEN_KEEPALIVE void glossa_workspace_loaded(const char* error) {
  if (error && *error) {
    // Saving now would make IndexedDB match this empty start and delete what it holds: keep it off.
    std::fprintf(stderr, "glossa: the saved workspace could not be read: %s\n", error);
    open_samples();
    g.app->dialog().show("Your saved work could not be read",
                         std::string("The browser's storage did not answer (") + error +
                             "). What it holds is left untouched, and changes in this session are not saved "
                             "automatically: export your work (Ctrl+S), then reload the page.");
    g_workspace_ready = true;
    return;
  }
  bool found = false;
  const std::string saved = read_file(kWorkspaceFile, found);
  if (!found || !g.app->restore_workspace(saved, load_article)) {
    // A damaged workspace is kept aside, never overwritten.
    if (found) std::rename(kWorkspaceFile, "/workspace/workspace.damaged.json");
    open_samples();
    g.app->persistence().mark_saved(*g.app);
  }
  g_workspace_ready = true;
}

EMSCRIPTEN_KEEPALIVE void glossa_workspace_stored(const char* error) {
  g_syncing = false;
  // Stored, or not: a failed sync's articles go with the next one (IDBFS compares times, so it would too).
  if (error && *error) g_articles_unsynced.insert(g_articles_unsynced.end(), g_articles_syncing.begin(), g_articles_syncing.end());
  g_articles_syncing.clear();
  g.app->persistence().stored(*g.app, error ? error : "", g_sync_covers);
  if (g_unsynced > 0) start_sync();
}

// The page is going away: write what is not written yet. FS.syncfs takes several asynchronous steps, which
// a closing page does not live to finish; so the file also goes straight into IndexedDB in one put, as
// IDBFS itself stores it, on the connection IDBFS already holds open.
EMSCRIPTEN_KEEPALIVE void glossa_save_now() {
  if (!g.app || !g_workspace_ready || !g.app->persistence().active()) return;
  g.app->persistence().flush(*g.app);
  // The workspace file, and the articles written since the last sync that finished (a document opened a
  // moment ago): a workspace that refers to an article IndexedDB does not hold would lose that document.
  // The articles' folder too (IndexedDB holds folders as entries; restoring a file needs its folder's).
  std::string paths = "[\"" + std::string(kWorkspaceFile) + "\",\"" + kArticleDir + "\"";
  for (const auto* list : {&g_articles_syncing, &g_articles_unsynced})
    for (const auto& p : *list) paths += ",\"" + p + "\"";
  paths += "]";
  EM_ASM({
    try {
      var db = IDBFS.dbs['/workspace'];
      if (!db) return;
      var tx = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
      var store = tx.objectStore(IDBFS.DB_STORE_NAME);
      JSON.parse(UTF8ToString($0)).forEach(function(path) {
        if (!FS.analyzePath(path).exists) return;
        var stat = FS.stat(path);
        if (FS.isDir(stat.mode)) {
          store.put({timestamp: stat.mtime, mode: stat.mode}, path);
          return;
        }
        store.put({timestamp: stat.mtime, mode: stat.mode, contents: MEMFS.getFileDataAsTypedArray(FS.lookupPath(path).node)}, path);
      });
      // Commit now rather than when the closing page's task ends: a page torn down with the transaction
      // still open can lose it.
      if (tx.commit) tx.commit();
    } catch (e) {
      console.warn('glossa: could not store the workspace while closing: ' + e);
    }
  }, paths.c_str());
}

// Where a text is on screen (for the browser tests, which press and drag over words like a person).
EMSCRIPTEN_KEEPALIVE const char* glossa_locate(const char* text, int nth) {
  g.debug_json = g.app ? glossa::app::locate_text_json(*g.app, text, nth) : "null";
  return g.debug_json.c_str();
}

}  // extern "C"

int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "glossa: SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  // WebGL2 is OpenGL ES 3.0.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // The canvas is sized by CSS (full window); RESIZABLE makes SDL follow it, ALLOW_HIGHDPI sizes the
  // drawing buffer in device pixels.
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  g.window = SDL_CreateWindow("Glossa", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800, flags);
  if (!g.window) {
    std::fprintf(stderr, "glossa: cannot create the window: %s\n", SDL_GetError());
    return 1;
  }
  g.gl = SDL_GL_CreateContext(g.window);
  if (!g.gl) {
    std::fprintf(stderr, "glossa: WebGL2 is not available: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g.window, g.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigInputTextEnterKeepActive = true;  // Enter in the search field goes to the next match and stays there  // layout persistence comes with the workspace, not imgui.ini
  // No keyboard navigation of widgets: the annotator's keys (arrows, Tab, Enter) act on the text
  // (app/keyboard.cpp); text fields and dialogs take their own keys.
  ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  glossa::app::PlatformHooks hooks;
  hooks.open_file_dialog = glossa::web::open_file_dialog;
  hooks.download = glossa::web::download;
  hooks.save_workspace = write_workspace;
  hooks.copy_text = glossa::web::copy_text;
  g.app = std::make_unique<glossa::app::App>(std::move(hooks));
  // Widget rectangles for the browser tests, which set window.glossaProbes before the page starts.
  glossa::app::enable_probes(EM_ASM_INT({ return (typeof window !== 'undefined' && window.glossaProbes) ? 1 : 0; }) != 0);
  g.app->set_theme(glossa::app::Theme::Light);
  rebuild_fonts_if_needed();
  EM_ASM({
    FS.mkdir('/workspace');
    FS.mount(IDBFS, {}, '/workspace');
    FS.syncfs(true, function(err) { Module.ccall('glossa_workspace_loaded', null, ['string'], [err ? String(err.message || err) : ""]); });
  });

  emscripten_set_main_loop_arg(frame, nullptr, 0, true);
  return 0;
}
