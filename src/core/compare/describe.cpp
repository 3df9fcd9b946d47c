#include "core/compare/describe.h"

#include <string_view>

namespace glossa::compare {

std::string span_text(const article::Span& s) { return std::to_string(s.begin) + ".." + std::to_string(s.end); }

// The text of s, a long one shortened in the middle at word boundaries: "Putin noted that those … are one people".
std::string excerpt(const text::IndexedText& t, const article::Span& s) {
  constexpr std::size_t kMax = 60, kKeep = 28;
  std::string out;
  if (s.size() <= kMax) {
    out = std::string(t.slice(s.begin, s.end));
  } else {
    std::string head(t.slice(s.begin, s.begin + kKeep)), tail(t.slice(s.end - kKeep, s.end));
    const auto is_space = [](std::string_view c) { return c == " " || c == "\n" || c == "\t"; };
    if (!is_space(t.slice(s.begin + kKeep, s.begin + kKeep + 1)))
      if (const auto cut = head.find_last_of(" \n\t"); cut != std::string::npos && cut > 0) head.erase(cut);
    if (!is_space(t.slice(s.end - kKeep - 1, s.end - kKeep)))
      if (const auto cut = tail.find_first_of(" \n\t"); cut != std::string::npos && cut + 1 < tail.size()) tail.erase(0, cut + 1);
    while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.pop_back();
    while (!tail.empty() && (tail.front() == ' ' || tail.front() == '\n')) tail.erase(0, 1);
    out = head + " … " + tail;
  }
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

// "text" at 120..130 (the text only when the article is known).
std::string where(const article::Article* art, const article::Span& s) {
  std::string out;
  if (art && s.begin < s.end && s.end <= art->text.code_points()) out = "\"" + excerpt(art->text, s) + "\" ";
  return out + "at " + span_text(s);
}

}  // namespace glossa::compare
