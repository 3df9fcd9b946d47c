#include "app/quote_panel.h"

#include <cfloat>

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

struct Row {
  Id id;
  const char* kind;
  std::string text, speaker;  // speaker: its entity's name, else the mention's text; "" when none
};

// Rebuilt when the annotations change, not every frame (excerpts cost a little, and there may be thousands).
struct Rows {
  const Document* doc = nullptr;
  std::uint64_t version = ~std::uint64_t{0};
  std::vector<Row> rows;
  std::size_t unattributed = 0;
};

const Rows& rows_of(const Document& d) {
  static Rows r;
  if (r.doc == &d && r.version == d.editor.version()) return r;
  r = Rows{&d, d.editor.version(), {}, 0};
  for (const annotate::Quote* q : d.set.quotes_in_order()) {
    std::string speaker;
    if (const annotate::Mention* m = d.set.mention(q->speaker)) {
      const annotate::Entity* e = d.set.entity(m->entity);
      speaker = e ? one_line(e->name) : excerpt(d, m->span, 40);
    }
    if (speaker.empty()) ++r.unattributed;
    r.rows.push_back(Row{q->id, annotate::to_string(q->kind), excerpt(d, q->span, 60), speaker});
  }
  return r;
}

int index_of(const Rows& r, const Id& id) {
  for (std::size_t i = 0; i < r.rows.size(); ++i)
    if (r.rows[i].id == id) return static_cast<int>(i);
  return -1;
}

// The first quote without a speaker after the selected one, wrapping around; -1 when every quote has one.
int next_unattributed(const Rows& r, const Id& selected) {
  const int n = static_cast<int>(r.rows.size());
  const int from = index_of(r, selected);
  for (int k = 1; k <= n; ++k) {
    const int i = (from + k + n) % n;  // from -1 (no quote selected): the first
    if (r.rows[static_cast<std::size_t>(i)].speaker.empty()) return i;
  }
  return -1;
}

void header(App& app, Document& d, const Rows& r, int& scroll_row) {
  ImGui::Text("%zu quotes", r.rows.size());
  ImGui::SameLine();
  const ImVec4 warning = ImGui::ColorConvertU32ToFloat4(palette(app.theme()).warning);
  if (r.unattributed) ImGui::TextColored(warning, "· %zu without speaker", r.unattributed);
  else if (!r.rows.empty()) ImGui::TextDisabled("· all attributed");
  ImGui::BeginDisabled(r.unattributed == 0);
  if (ImGui::Button("Next unattributed")) {
    const int i = next_unattributed(r, d.selected);
    if (i >= 0) {
      select_annotation(d, r.rows[static_cast<std::size_t>(i)].id);
      d.say("Quote without a speaker: press S, then click the speaker's name");
      scroll_row = i;
    }
  }
  ImGui::EndDisabled();
  probe_last_item("quotes.next_unattributed");
}

void row(App& app, Document& d, const Row& q, bool scroll_here) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  const std::string label = std::string(q.kind) + "##" + q.id;
  if (ImGui::Selectable(label.c_str(), d.selected == q.id, ImGuiSelectableFlags_SpanAllColumns)) {
    select_annotation(d, q.id);
    d.say(describe(d, q.id));
  }
  probe_last_item("quotes.row.", q.id);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", describe(d, q.id).c_str());
  if (scroll_here && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(q.text.c_str());
  ImGui::TableNextColumn();
  if (q.speaker.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette(app.theme()).warning), "no speaker");
  else ImGui::TextUnformatted(q.speaker.c_str());
}

}  // namespace

void draw_quote_panel(App& app, Document& d) {
  UiFont font(app.fonts().ui);
  forget_probes("quotes.");  // rows scrolled away are no longer on screen
  const Rows& r = rows_of(d);
  // Follow a quote selected elsewhere (clicked in the text, Tab): scroll its row into view once.
  static Id followed;
  int scroll_row = -1;
  if (followed != d.selected) {
    followed = d.selected;
    scroll_row = index_of(r, d.selected);
  }
  header(app, d, r, scroll_row);
  if (r.rows.empty()) {
    ImGui::TextWrapped("No quotes yet. Select quoted text and press Q (Shift+Q: indirect speech).");
    return;
  }
  const ImGuiTableFlags tf = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("quotes", 3, tf)) return;
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Speaker", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGuiListClipper clip;  // thousands of quotes: draw only the visible rows
  clip.Begin(static_cast<int>(r.rows.size()));
  if (scroll_row >= 0) clip.IncludeItemByIndex(scroll_row);
  while (clip.Step())
    for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) row(app, d, r.rows[static_cast<std::size_t>(i)], i == scroll_row);
  ImGui::EndTable();
}

}  // namespace glossa::app
