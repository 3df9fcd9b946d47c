#include "app/persistence.h"

#include "app/app.h"

namespace glossa::app {

namespace {
constexpr double kSettle = 0.3;  // seconds without a change before saving (a burst of keys is one save)
constexpr double kMaxWait = 1.0; // but never later than this after the first unsaved change
}  // namespace

std::uint64_t Persistence::signature(const App& app) {
  // Cheap to compute every frame: the editors' versions, which documents are open, the suggestion decisions
  // and the settings.
  std::uint64_t h = 1469598103934665603ull;
  const auto mix = [&](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  mix(app.documents().size());
  mix(static_cast<std::uint64_t>(app.current_index() + 1));
  for (const auto& d : app.documents()) {
    mix(d->serial);
    mix(d->editor.version());
    mix(d->set.size());
    mix(d->suggestion_memory.changes);
    mix(d->suggestions ? static_cast<std::uint64_t>(d->suggestions->min_confidence * 1000) + 1 : 0);
  }
  mix(static_cast<std::uint64_t>(app.theme()));
  mix(static_cast<std::uint64_t>(app.text_scale() * 1000));
  mix(static_cast<std::uint64_t>(app.panels.sidebar_tab));
  return h;
}

void Persistence::tick(App& app, double now) {
  if (!active_) return;
  const std::uint64_t s = signature(app);
  if (s == saved_ || s == failed_) {
    changed_at_ = 0;
    return;
  }
  if (changed_at_ == 0) changed_at_ = now;  // the first unsaved change of a burst
  // The lull is counted from the end of the frame that made the change (the start of the next): a long
  // frame (opening a large file) is no quiet time, and counting it so put the save in the very next frame,
  // delaying the first look at the new text.
  if (s != pending_) {
    pending_ = s;
    last_change_ = now;
    settle_next_tick_ = true;
  } else if (settle_next_tick_) {
    last_change_ = now;
    settle_next_tick_ = false;
  }
  // While files are coming in or a document is laid out for the first time, the save (a long frame for a
  // large workspace) waits for the deadline rather than the lull, so it does not delay the new text.
  const Document* d = app.current();
  const bool opening = app.intake().has_value() || (d && d->layout.lines().empty() && d->next_layout.building());
  if ((!opening && now - last_change_ >= kSettle) || now - changed_at_ >= kMaxWait) {
    save(app);
    changed_at_ = 0;
  }
}

void Persistence::flush(App& app) {
  if (active_ && signature(app) != saved_) save(app);
}

void Persistence::save(App& app) {
  if (!app.hooks().save_workspace) return;
  saved_ = signature(app);
  pending_ = saved_;
  ++requests_;
  app.hooks().save_workspace(app.workspace_json(), app.apart_articles());
}

void Persistence::stored(App& app, const std::string& error, int saves) {
  if (error.empty()) {
    saves_ += saves;
    return;
  }
  failures_ += saves;
  failed_ = saved_;  // not again until something changes
  saved_ = 0;
  app.dialog().show("Your work could not be saved in this browser",
                    "The browser's storage refused it: " + error +
                        "\nNothing is lost yet: export your documents (File > Export, Ctrl+S) to keep them, and free "
                        "some space for this site in the browser's settings.");
}

}  // namespace glossa::app
