#pragma once
// Calls from C++ into the shell's JavaScript (shell/glossa-shell.js).
#include <string>

namespace glossa::web {

void open_file_dialog();     // clicks the hidden <input type=file multiple>
void notify_ready();         // the first frame is on screen: window.glossa.ready = true
float device_pixel_ratio();
// Puts text on the system clipboard (navigator.clipboard.writeText); answers through glossa_copied.
void copy_text(const std::string& text);
// Saves bytes as a file through the browser's download (a Blob and an <a download>).
void download(const std::string& name, const std::string& bytes, const std::string& mime);

}  // namespace glossa::web
