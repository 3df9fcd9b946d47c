#include "app/status_bar.h"

#include <string>

#include "app/app.h"
#include "app/theme.h"
#include "app/ui_probe.h"

namespace glossa::app {

float status_bar_height() { return ImGui::GetFrameHeight() + 2.0f; }

namespace {
std::string n(std::size_t k, const char* one, const char* many) { return std::to_string(k) + " " + (k == 1 ? one : many); }
}  // namespace

void draw_status_bar(const App& app, ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 3));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("##status", nullptr, flags);
  if (const Document* d = app.current()) {
    // Counts, then where the selection is (code point offsets, as every file counts), then the last message.
    std::string line = n(d->set.mentions.size(), "mention", "mentions") + " · " + n(d->set.entities.size(), "entity", "entities") +
                       " · " + n(d->set.quotes.size(), "quote", "quotes") + " · " + n(d->set.notes.size(), "note", "notes");
    if (!d->sel.empty()) {
      const auto s = d->sel.span();
      line += "   |   selection " + std::to_string(s.begin) + "–" + std::to_string(s.end) + " (" + n(s.size(), "character", "characters") + ")";
    } else {
      line += "   |   caret " + std::to_string(d->sel.caret);
    }
    line += "   |   document " + std::to_string(app.current_index() + 1) + " of " + std::to_string(app.documents().size());
    ImGui::TextUnformatted(line.c_str());
    probe_last_item("status.counts");
    if (!d->status.empty()) {
      ImGui::SameLine(0, 24);
      if (d->status_is_error) ImGui::PushStyleColor(ImGuiCol_Text, palette(app.theme()).warning);
      ImGui::TextUnformatted(d->status.c_str());
      if (d->status_is_error) ImGui::PopStyleColor();
    }
  } else {
    ImGui::TextUnformatted("No document");
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace glossa::app
