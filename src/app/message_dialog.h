#pragma once
// A modal message (e.g. "Cannot open x.txt" and why). Several messages queue up; none is lost.
#include <deque>
#include <string>

namespace glossa::app {

class MessageDialog {
 public:
  void show(std::string title, std::string body) { queue_.push_back({std::move(title), std::move(body)}); }
  void draw();
  bool open() const { return !queue_.empty(); }
  const std::string& title() const { return queue_.front().title; }
  const std::string& body() const { return queue_.front().body; }

 private:
  struct Message {
    std::string title, body;
  };
  std::deque<Message> queue_;
};

}  // namespace glossa::app
