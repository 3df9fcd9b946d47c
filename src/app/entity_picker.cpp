#include "app/entity_picker.h"

#include <algorithm>
#include <cfloat>
#include <map>

#include <imgui.h>

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"
#include "app/view_util.h"

namespace glossa::app {

namespace {

constexpr const char* kPopup = "Join entity###entity_picker";

struct Candidate {
  Id id;  // an entity, or a loose mention (joining it makes a new entity of the two)
  std::string name, type;
  std::size_t count = 0;  // mentions of the entity, or loose mentions with this text
  bool entity = false;
  std::string folded;
};

// The candidates for a mention, rebuilt when the annotations or the mention change.
struct Candidates {
  std::uint64_t doc = 0;  // Document::serial (an address can be reused by the next document)
  std::uint64_t version = ~std::uint64_t{0};
  Id mention;
  std::vector<Candidate> all;
};

void build(const Document& d, const annotate::Mention& m, Candidates& c) {
  c = Candidates{d.serial, d.editor.version(), m.id, {}};
  const auto by_entity = d.set.mentions_by_entity();
  for (const auto& kv : d.set.entities) {
    if (kv.first == m.entity) continue;  // already there
    const std::string label = type_label(d, kv.second.type);
    c.all.push_back({kv.first, kv.second.name, kv.second.type, annotate::AnnotationSet::mentions_in(by_entity, kv.first).size(), true,
                     fold_case(kv.second.name + " " + label)});
  }
  // Loose mentions, one row per type and text (the first of them is the target).
  std::map<std::string, std::size_t> row;  // type + '\x1f' + text -> index in c.all
  for (const annotate::Mention* o : d.set.mentions_in_order()) {
    if (!o->entity.empty() || o->id == m.id) continue;
    const std::string text = excerpt(d, o->span, 60);
    const auto found = row.emplace(o->type + '\x1f' + text, c.all.size());
    if (!found.second) {
      ++c.all[found.first->second].count;
      continue;
    }
    c.all.push_back({o->id, text, o->type, 1, false, fold_case(text + " " + type_label(d, o->type))});
  }
  // The mention's own type first, then entities before loose mentions, then the most mentioned.
  const std::string& type = m.type;
  std::stable_sort(c.all.begin(), c.all.end(), [&type](const Candidate& a, const Candidate& b) {
    if ((a.type == type) != (b.type == type)) return a.type == type;
    if (a.entity != b.entity) return a.entity;
    return a.count > b.count;
  });
}

const std::vector<Candidate>& candidates(const Document& d, const annotate::Mention& m) {
  static Candidates c;
  if (c.doc != d.serial || c.version != d.editor.version() || c.mention != m.id) build(d, m, c);
  return c.all;
}

struct PickerState {
  int cursor = 0;
  std::string last_filter;
  bool shown = false;
};

void close(App& app, PickerState& st) {
  app.panels.entity_picker = false;
  app.panels.focus_field = false;
  st.cursor = 0;
  ImGui::CloseCurrentPopup();
}

void candidate_row(Document& d, const Candidate& c, bool current, bool& chosen) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  color_swatch(type_color(d, c.type));
  ImGui::SameLine(0.0f, 4.0f);
  const std::string label = c.name + "##" + c.id;
  if (ImGui::Selectable(label.c_str(), current, ImGuiSelectableFlags_SpanAllColumns)) chosen = true;
  probe_last_item("picker.row.", c.id);
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", type_label(d, c.type).c_str());
  ImGui::TableNextColumn();
  if (c.entity) ImGui::Text("%zu", c.count);
  else if (c.count == 1) ImGui::TextDisabled("mention");
  else ImGui::TextDisabled("%zu mentions", c.count);
}

// The filtered list; returns the index chosen by a click, or -1.
int candidate_list(Document& d, const std::vector<const Candidate*>& shown, int cursor, bool scroll_to_cursor) {
  int clicked = -1;
  const ImVec2 size(ImGui::GetFontSize() * 30, ImGui::GetFrameHeightWithSpacing() * 12);
  const ImGuiTableFlags tf = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("candidates", 3, tf, size)) return -1;
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Count", ImGuiTableColumnFlags_WidthFixed);
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(shown.size()));
  if (scroll_to_cursor && cursor >= 0) clip.IncludeItemByIndex(cursor);
  while (clip.Step())
    for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
      bool chosen = false;
      candidate_row(d, *shown[static_cast<std::size_t>(i)], i == cursor, chosen);
      if (i == cursor && scroll_to_cursor) ImGui::SetScrollHereY(0.5f);
      if (chosen) clicked = i;
    }
  ImGui::EndTable();
  return clicked;
}

// Up/Down (and Page Up/Down) move the cursor; true when it moved.
bool move_cursor(int& cursor, int n) {
  int delta = 0;
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) delta = 1;
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) delta = -1;
  if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) delta = 10;
  if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) delta = -10;
  if (!delta || n == 0) return false;
  cursor = std::min(n - 1, std::max(0, cursor + delta));
  return true;
}

void body(App& app, Document& d, PickerState& st) {
  const annotate::Mention* m = d.set.mention(d.selected);
  if (!m) {
    ImGui::TextUnformatted("Click a mention first, then press E to join it to an entity.");
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close(app, st);
    return;
  }
  ImGui::Text("Join “%s” (%s) to:", excerpt(d, m->span, 40).c_str(), type_label(d, m->type).c_str());
  if (app.panels.focus_field) focus_next_item();
  app.panels.focus_field = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool enter = input_text("##filter", app.panels.entity_filter, ImGuiInputTextFlags_EnterReturnsTrue, "Type to filter…");
  probe_last_item("picker.field");
  enter = enter || (!ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Enter, false));
  if (app.panels.entity_filter != st.last_filter) {  // a new filter: start at its best match
    st.last_filter = app.panels.entity_filter;
    st.cursor = 0;
  }
  const std::string folded = fold_case(app.panels.entity_filter);
  std::vector<const Candidate*> shown;
  for (const Candidate& c : candidates(d, *m))
    if (folded.empty() || c.folded.find(folded) != std::string::npos) shown.push_back(&c);
  const int n = static_cast<int>(shown.size());
  st.cursor = std::min(st.cursor, std::max(0, n - 1));
  const bool moved = move_cursor(st.cursor, n);
  if (n == 0) ImGui::TextDisabled("%s", folded.empty() ? "No other entity or mention yet." : "Nothing matches.");
  forget_probes("picker.row.");  // rows filtered out are no longer on screen
  const int clicked = n ? candidate_list(d, shown, st.cursor, moved) : -1;
  ImGui::TextDisabled("Up/Down: move · Enter: join · Esc: cancel");
  const int chosen = clicked >= 0 ? clicked : (enter && n ? st.cursor : -1);
  if (chosen >= 0) {
    merge_into(d, shown[static_cast<std::size_t>(chosen)]->id);
    close(app, st);
  } else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    close(app, st);
  } else if (enter) {
    app.panels.focus_field = true;  // Enter with nothing to choose: keep typing
  }
}

}  // namespace

void draw_entity_picker(App& app, Document& d) {
  static PickerState st;
  const bool popup_open = ImGui::IsPopupOpen(kPopup);
  if (!app.panels.entity_picker && !popup_open) {
    if (st.shown) forget_probes("picker.");
    st.shown = false;
    return;
  }
  if (app.panels.entity_picker && !popup_open) {
    ImGui::OpenPopup(kPopup);
    st.cursor = 0;
  }
  UiFont font(app.fonts().ui);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool keep = true;
  if (!ImGui::BeginPopupModal(kPopup, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
    if (!keep) app.panels.entity_picker = false;  // the title bar's close button
    return;
  }
  if (!app.panels.entity_picker) {  // closed from elsewhere (the keyboard's Esc)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  st.shown = true;
  body(app, d, st);
  ImGui::EndPopup();
}

}  // namespace glossa::app
