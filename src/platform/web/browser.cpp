#include "browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace glossa::web {

EM_JS(void, js_open_file_dialog, (), { if (Module.glossaOpenFileDialog) Module.glossaOpenFileDialog(); });
EM_JS(void, js_notify_ready, (), { if (Module.glossaReady) Module.glossaReady(); });

EM_JS(void, js_download, (const char* name, const char* data, int len, const char* mime), {
  // Copied out of the heap: the Blob must not see memory that C++ frees or moves.
  const bytes = HEAPU8.slice(data, data + len);
  if (Module.glossaDownload) Module.glossaDownload(UTF8ToString(name), bytes, UTF8ToString(mime));
});

void open_file_dialog() { js_open_file_dialog(); }
void download(const std::string& name, const std::string& bytes, const std::string& mime) {
  js_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mime.c_str());
}
void notify_ready() { js_notify_ready(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

}  // namespace glossa::web
