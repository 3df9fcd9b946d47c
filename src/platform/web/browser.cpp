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

// The answer comes back through glossa_copied ("" or why the browser refused).
EM_JS(void, js_copy_text, (const char* data, int len), {
  const text = UTF8ToString(data, len);
  const answer = (err) => Module.ccall('glossa_copied', null, ['string'], [err]);
  if (!navigator.clipboard || !navigator.clipboard.writeText) { answer('this page has no clipboard access (it needs https or 127.0.0.1)'); return; }
  navigator.clipboard.writeText(text).then(() => answer(''), (e) => answer(String((e && e.message) || e)));
});

void open_file_dialog() { js_open_file_dialog(); }
void copy_text(const std::string& text) { js_copy_text(text.data(), static_cast<int>(text.size())); }
void download(const std::string& name, const std::string& bytes, const std::string& mime) {
  js_download(name.c_str(), bytes.data(), static_cast<int>(bytes.size()), mime.c_str());
}
void notify_ready() { js_notify_ready(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

}  // namespace glossa::web
