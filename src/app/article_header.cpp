#include "app/article_header.h"

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

#include "app/theme.h"
#include "core/article/draft.h"

namespace glossa::app {

namespace {

const char* meta_label(const std::string& key) {
  if (key == "posted") return "Posted";
  if (key == "published") return "Published";
  if (key == "modified") return "Modified";
  if (key == "updated") return "Updated";
  if (key == "date") return "Date";
  if (key == "author") return "By";
  if (key == "url") return "URL";
  if (key == "site") return "Site";
  return nullptr;
}

// "2022-01-10T13:42" -> "2022-01-10 13:42": unambiguous in every locale.
std::string show_date(const article::MetaField& m) {
  if (m.iso.empty()) return m.raw;
  std::string s = m.iso;
  if (s.size() > 10 && s[10] == 'T') s[10] = ' ';
  return s;
}

// Metadata as "Posted / Published 2022-01-10 13:42   ·   Modified / Updated 2022-12-24 22:37   ·   By …":
// fields that say the same thing share one entry.
std::string metadata_line(const article::Article& a) {
  std::vector<std::pair<std::string, std::string>> groups;  // labels, value
  for (const auto& m : a.metadata) {
    const char* label = meta_label(m.key);
    const std::string value = article::is_date_key(m.key) ? show_date(m) : m.raw;
    bool merged = false;
    for (auto& g : groups)
      if (g.second == value && article::is_date_key(m.key)) {
        g.first += std::string(" / ") + (label ? label : m.key.c_str());
        merged = true;
        break;
      }
    if (!merged) groups.emplace_back(label ? label : m.key, value);
  }
  std::string line;
  for (const auto& [labels, value] : groups) {
    if (!line.empty()) line += "   ·   ";
    line += labels + " " + value;
  }
  return line;
}

}  // namespace

void draw_article_header(const article::Article& a, const Palette& pal) {
  ImGui::PushStyleColor(ImGuiCol_Text, pal.text_muted);
  const std::string line = metadata_line(a);
  if (!line.empty()) ImGui::TextWrapped("%s", line.c_str());
  // How the file was read, so nothing happens behind the reader's back.
  std::string how = "Read as " + a.format;
  if (a.normalization.empty() || a.normalization.front().rfind("converted from", 0) != 0) how += " (" + a.encoding + ")";
  for (const auto& n : a.normalization) how += "; " + n;
  ImGui::TextWrapped("%s", how.c_str());
  ImGui::PopStyleColor();
  if (!a.warnings.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, pal.warning);
    for (const auto& w : a.warnings) ImGui::TextWrapped("Warning: %s", w.c_str());
    ImGui::PopStyleColor();
  }
}

}  // namespace glossa::app
