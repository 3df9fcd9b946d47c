#pragma once
// Keeping the workspace across reloads: after every change (edits, documents, settings) the app writes the
// whole workspace through the platform's hook, at most about a second later (changes that come in a burst
// are written once), and the platform reports whether the browser's storage took it.
#include <cstdint>
#include <string>

namespace glossa::app {

class App;

class Persistence {
 public:
  // Call once a frame with the time in seconds: saves when something changed and things have settled.
  void tick(App& app, double now);
  // Saves now if anything changed (the page is being closed).
  void flush(App& app);
  // The platform's answer for `saves` saves (one sync can carry several): "" when stored, else why not
  // (shown to the person; the same workspace is not tried again until it changes).
  void stored(App& app, const std::string& error, int saves);
  // After the restore (or the first start): what is on screen is what is stored. Nothing is saved before,
  // so an empty app can never overwrite a stored workspace.
  void mark_saved(const App& app) {
    saved_ = signature(app);
    active_ = true;
  }

  int saves() const { return saves_; }
  bool active() const { return active_; }
  // Changes not handed to the platform yet, and writes it has not answered yet.
  bool dirty(const App& app) const { return active_ && signature(app) != saved_; }
  int in_flight() const { return requests_ - saves_ - failures_; }
  int failures() const { return failures_; }

 private:
  static std::uint64_t signature(const App& app);
  void save(App& app);

  std::uint64_t saved_ = 0;
  std::uint64_t pending_ = 0;   // the signature last seen changed
  std::uint64_t failed_ = 0;    // the signature whose save the browser refused
  double changed_at_ = 0;       // when the first unsaved change of a burst was seen
  double last_change_ = 0;      // when the frame after the latest one began
  bool settle_next_tick_ = false;  // a change was seen this frame: the lull starts with the next
  int saves_ = 0, failures_ = 0, requests_ = 0;
  bool active_ = false;
};

}  // namespace glossa::app
