#include "browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace glossa::web {

EM_JS(void, js_open_file_dialog, (), { if (Module.glossaOpenFileDialog) Module.glossaOpenFileDialog(); });
EM_JS(void, js_notify_ready, (), { if (Module.glossaReady) Module.glossaReady(); });

void open_file_dialog() { js_open_file_dialog(); }
void notify_ready() { js_notify_ready(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

}  // namespace glossa::web
