#pragma once
// Calls from C++ into the shell's JavaScript (shell/glossa-shell.js).
namespace glossa::web {

void open_file_dialog();     // clicks the hidden <input type=file multiple>
void notify_ready();         // the first frame is on screen: window.glossa.ready = true
float device_pixel_ratio();

}  // namespace glossa::web
