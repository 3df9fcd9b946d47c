#include "app/search_bar.h"

#include <imgui.h>

#include "app/app.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

// What the matches were found for: the query and both options.
std::string search_key(const SearchState& s) {
  return s.query + '\x1f' + (s.options.match_case ? 'C' : 'c') + (s.options.whole_word ? 'W' : 'w');
}

// Finds again when the query or an option changed since the last search. Typing only counts the matches:
// the selection is what a person marks, so it moves only when they ask (Enter, Next, Prev).
void refresh(Document& d) {
  SearchState& s = d.search;
  const std::string key = search_key(s);
  if (key == s.searched) return;
  s.searched = key;
  s.matches = s.query.empty() ? std::vector<Span>{} : article::find_all(d.article.text, s.query, s.options);
  s.current = -1;
}

// Next (+1) or previous (-1) match; from no current match, the first (or the last) in the text.
void step(Document& d, int delta) {
  if (d.search.matches.empty()) return;
  if (d.search.current < 0) go_to_match(d, delta > 0 ? 0 : -1);
  else go_to_match(d, d.search.current + delta);
}

void close(Document& d) {
  d.search.open = false;
  d.search.focus = false;
}

void count_label(App& app, const SearchState& s) {
  const int n = static_cast<int>(s.matches.size());
  if (s.query.empty()) ImGui::TextDisabled("Type to search");
  else if (!n) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette(app.theme()).warning), "No matches");
  else if (s.current >= 0) ImGui::Text("%d of %d", s.current + 1, n);
  else ImGui::Text("%d matches", n);
  probe_last_item("search.count");
}

}  // namespace

void go_to_match(Document& d, int i) {
  const int n = static_cast<int>(d.search.matches.size());
  if (!n) return;
  i = ((i % n) + n) % n;
  d.search.current = i;
  d.sel.set(d.search.matches[static_cast<std::size_t>(i)]);
  d.scroll_to_selection = true;
}

void draw_search_bar(App& app, Document& d) {
  if (!d.search.open) {
    forget_probes("search.");
    return;
  }
  UiFont font(app.fonts().ui);
  SearchState& s = d.search;
  ImGui::PushID("search");
  const std::string before = s.query;  // Esc in the field reverts it; the query should survive closing
  if (s.focus) focus_next_item();
  s.focus = false;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  const bool enter = input_text("##query", s.query, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll,
                                "Find in text");
  probe_last_item("search.field");
  // Esc in the field (which reverts it: keep the query), or with a checkbox or button of the bar focused.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && (ImGui::IsItemDeactivated() || ImGui::IsWindowFocused())) {
    s.query = before;  // before refresh: the reverted text must not search again and move the selection
    close(d);
    ImGui::PopID();
    return;
  }
  refresh(d);
  // The field stays active after Enter (io.ConfigInputTextEnterKeepActive), so Enter keeps going.
  if (enter) step(d, ImGui::GetIO().KeyShift ? -1 : +1);
  ImGui::SameLine();
  if (ImGui::Checkbox("Match case", &s.options.match_case)) refresh(d);
  probe_last_item("search.case");
  ImGui::SameLine();
  if (ImGui::Checkbox("Whole word", &s.options.whole_word)) refresh(d);
  probe_last_item("search.word");
  ImGui::SameLine();
  ImGui::BeginDisabled(s.matches.empty());
  if (ImGui::ArrowButton("prev", ImGuiDir_Up)) step(d, -1);
  probe_last_item("search.prev");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous match (Shift+Enter)");
  ImGui::SameLine(0.0f, 2.0f);
  if (ImGui::ArrowButton("next", ImGuiDir_Down)) step(d, +1);
  probe_last_item("search.next");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next match (Enter)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  count_label(app, s);
  ImGui::SameLine();
  if (ImGui::SmallButton("Close")) close(d);
  probe_last_item("search.close");
  ImGui::PopID();
}

}  // namespace glossa::app
