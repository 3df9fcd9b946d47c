#include "app/entity_panel.h"

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

using annotate::EditResult;
using annotate::Mention;

// One row: an entity, or the loose mentions of one type and text.
struct Row {
  Id entity;  // "" for a loose group
  std::string name, type;
  std::vector<Id> mentions;  // in text order
  // An entity's mentions by text ("Putin" ×3, "the Russian leader" ×1), shown when the row is open.
  std::vector<std::pair<std::string, std::vector<Id>>> forms;
  std::string folded;  // name, type and mention texts, lower-cased, for the filter
};

// Rows are rebuilt only when the annotations change (the editor's version moves), not every frame.
struct Rows {
  const Document* doc = nullptr;
  std::uint64_t version = ~std::uint64_t{0};
  std::vector<Row> entities, loose;
  std::size_t mention_count = 0, loose_count = 0;
};

// What the panel remembers between frames.
struct PanelState {
  std::string filter;
  Id renaming;  // the entity whose name is being edited inline
  std::string rename_text;
  bool focus_rename = false;
};

PanelState& state() {
  static PanelState s;
  return s;
}

void add_form(Row& r, const std::string& text, const Id& mention) {
  for (auto& f : r.forms)
    if (f.first == text) {
      f.second.push_back(mention);
      return;
    }
  r.forms.push_back({text, {mention}});
}

void build_rows(const Document& d, Rows& out) {
  out = Rows{};
  out.doc = &d;
  out.version = d.editor.version();
  std::map<Id, std::size_t> entity_row;
  for (const auto& kv : d.set.entities) {  // entities without mentions are listed too
    entity_row[kv.first] = out.entities.size();
    const annotate::Entity& e = kv.second;
    out.entities.push_back(Row{e.id, one_line(e.name), e.type, {}, {}, fold_case(e.name + " " + type_label(d, e.type))});
  }
  std::map<std::string, std::size_t> loose_row;  // type + '\x1f' + text
  for (const Mention* m : d.set.mentions_in_order()) {
    ++out.mention_count;
    const std::string text = excerpt(d, m->span, 80);
    const auto e = entity_row.find(m->entity);
    if (e != entity_row.end()) {
      Row& r = out.entities[e->second];
      r.mentions.push_back(m->id);
      add_form(r, text, m->id);
      continue;
    }
    const auto [it, added] = loose_row.emplace(m->type + '\x1f' + text, out.loose.size());
    if (added) out.loose.push_back(Row{"", text, m->type, {}, {}, fold_case(text + " " + type_label(d, m->type))});
    out.loose[it->second].mentions.push_back(m->id);
    ++out.loose_count;
  }
  for (Row& r : out.entities)
    for (const auto& f : r.forms) r.folded += " " + fold_case(f.first);
  // The most mentioned first: what a person most often looks for.
  const auto order = [](const Row& a, const Row& b) {
    if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
    return a.folded < b.folded;
  };
  std::stable_sort(out.entities.begin(), out.entities.end(), order);
  std::stable_sort(out.loose.begin(), out.loose.end(), order);
}

const Rows& rows_of(const Document& d) {
  static Rows rows;
  if (rows.doc != &d || rows.version != d.editor.version()) build_rows(d, rows);
  return rows;
}

bool report(Document& d, const EditResult& r, const std::string& done) {
  if (!r.ok) d.say("Not done: " + r.error, true);
  else d.say(done);
  return r.ok;
}

// A click on a row: while picking a speaker, the row's mention nearest the quote is the speaker; otherwise
// the next mention after the selected one (so repeated clicks walk through them).
void choose(Document& d, const std::vector<Id>& mentions) {
  if (mentions.empty()) return;
  if (d.pick == Pick::Speaker) {
    const Span q = span_of(d, d.selected);
    const auto dist = [&](const Id& id) {
      const Span s = span_of(d, id);
      return s.begin > q.begin ? s.begin - q.begin : q.begin - s.begin;
    };
    const auto nearest = std::min_element(mentions.begin(), mentions.end(), [&](const Id& a, const Id& b) { return dist(a) < dist(b); });
    finish_pick(d, *nearest, {});
    return;
  }
  const auto at = std::find(mentions.begin(), mentions.end(), d.selected);
  const std::size_t next = at == mentions.end() ? 0 : (static_cast<std::size_t>(at - mentions.begin()) + 1) % mentions.size();
  select_annotation(d, mentions[next]);
  d.say(describe(d, mentions[next]) + "  (" + std::to_string(next + 1) + " of " + std::to_string(mentions.size()) + ")");
}

void row_columns(const Document& d, const Row& r) {
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(type_label(d, r.type).c_str());
  ImGui::PopStyleColor();
  ImGui::TableNextColumn();
  ImGui::Text("%zu", r.mentions.size());
}

void entity_menu(Document& d, const Row& r, const Rows& all) {
  if (!ImGui::BeginPopupContextItem("actions")) return;
  PanelState& st = state();
  if (ImGui::MenuItem("Rename…")) {
    st.renaming = r.entity;
    st.rename_text = r.name;
    st.focus_rename = true;
  }
  probe_last_item("entities.menu.Rename");
  if (ImGui::BeginMenu("Type")) {
    for (const annotate::EntityType& t : d.set.types.all()) {
      const std::string label = type_label(d, t.name) + "##" + t.name;
      if (ImGui::MenuItem(label.c_str(), nullptr, t.name == r.type) && t.name != r.type)
        report(d, d.editor.set_entity_type(r.entity, t.name), r.name + " is now " + type_label(d, t.name));
    }
    ImGui::EndMenu();
  }
  probe_last_item("entities.menu.Type");
  if (ImGui::BeginMenu("Merge into", all.entities.size() > 1)) {
    for (const Row& o : all.entities) {
      if (o.entity == r.entity) continue;
      const std::string label = o.name + "  (" + type_label(d, o.type) + ", " + std::to_string(o.mentions.size()) + ")##" + o.entity;
      if (ImGui::MenuItem(label.c_str())) report(d, d.editor.merge_entities(o.entity, r.entity), r.name + " merged into " + o.name);
      probe_last_item("entities.menu.Merge.", o.entity);
    }
    ImGui::EndMenu();
  }
  probe_last_item("entities.menu.Merge");
  ImGui::Separator();
  if (ImGui::MenuItem("Delete") && report(d, d.editor.remove(r.entity), "Removed entity " + r.name + " (its mentions stay)")) {
    if (d.selected == r.entity) d.selected.clear();
  }
  probe_last_item("entities.menu.Delete");
  ImGui::EndPopup();
}

// The inline name field of the entity being renamed: Enter (or leaving the field) renames, Esc cancels.
void rename_field(Document& d, const Row& r) {
  PanelState& st = state();
  if (st.focus_rename) focus_next_item();
  st.focus_rename = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  input_text("##rename", st.rename_text, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  probe_last_item("entities.rename");
  if (!ImGui::IsItemDeactivated()) return;  // still typing, or the focus has not arrived yet
  if (!ImGui::IsKeyPressed(ImGuiKey_Escape) && st.rename_text != r.name && !st.rename_text.empty())
    report(d, d.editor.rename_entity(r.entity, st.rename_text), "Renamed " + r.name + " to " + st.rename_text);
  st.renaming.clear();
}

// Under an open entity: its mentions by text, each with its count; a click walks through that text's mentions.
void form_rows(Document& d, const Row& r) {
  for (const auto& form : r.forms) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool here = std::find(form.second.begin(), form.second.end(), d.selected) != form.second.end();
    ImGui::TreeNodeEx(form.first.c_str(), ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen |
                      ImGuiTreeNodeFlags_SpanAllColumns | (here ? ImGuiTreeNodeFlags_Selected : 0), "%s", form.first.c_str());
    if (ImGui::IsItemClicked()) choose(d, form.second);
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", form.second.size());
  }
}

// The entity's row: a tree node (its arrow shows the mentions), a click selects, a right click acts.
void entity_node(Document& d, const Row& r, const Rows& all, bool selected) {
  const ImGuiTreeNodeFlags f = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAllColumns |
                               (selected ? ImGuiTreeNodeFlags_Selected : 0);
  const bool open = ImGui::TreeNodeEx("row", f, "%s", r.name.c_str());
  probe_last_item("entities.row.", r.entity);
  if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) choose(d, r.mentions);
  entity_menu(d, r, all);
  row_columns(d, r);
  if (!open) return;
  form_rows(d, r);
  ImGui::TreePop();
}

void entity_row(Document& d, const Row& r, const Rows& all, bool selected) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(r.entity.c_str());
  color_swatch(type_color(d, r.type));
  ImGui::SameLine(0.0f, 4.0f);
  if (state().renaming == r.entity) {
    rename_field(d, r);
    row_columns(d, r);
  } else {
    entity_node(d, r, all, selected);
  }
  ImGui::PopID();
}

void loose_row(Document& d, const Row& r) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushID(r.mentions.front().c_str());
  color_swatch(type_color(d, r.type));
  ImGui::SameLine(0.0f, 4.0f);
  const bool here = std::find(r.mentions.begin(), r.mentions.end(), d.selected) != r.mentions.end();
  ImGui::TreeNodeEx("row", ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_SpanAllColumns |
                    (here ? ImGuiTreeNodeFlags_Selected : 0), "%s", r.name.c_str());
  probe_last_item("entities.loose.", r.mentions.front());
  if (ImGui::IsItemClicked()) choose(d, r.mentions);
  row_columns(d, r);
  ImGui::PopID();
}

bool matches(const Row& r, const std::string& folded_filter) {
  return folded_filter.empty() || r.folded.find(folded_filter) != std::string::npos;
}

}  // namespace

void draw_entity_panel(App& app, Document& d) {
  UiFont font(app.fonts().ui);
  forget_probes("entities.");  // rows filtered out or scrolled away are no longer on screen
  PanelState& st = state();
  const Rows& all = rows_of(d);
  ImGui::SetNextItemWidth(-FLT_MIN);
  input_text("##filter", st.filter, ImGuiInputTextFlags_None, "Filter entities…");
  probe_last_item("entities.filter");
  const std::string filter = fold_case(st.filter);
  ImGui::TextDisabled("%zu entities · %zu mentions · %zu loose", all.entities.size(), all.mention_count, all.loose_count);
  if (all.mention_count == 0 && all.entities.empty()) {
    ImGui::TextWrapped("No mentions yet. Select a name in the text and press 1–9 (or click a type above the text).");
    return;
  }

  const ImGuiTableFlags tf = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("entities", 3, tf, ImVec2(0.0f, 0.0f))) return;
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Count", ImGuiTableColumnFlags_WidthFixed);
  const Mention* sm = d.set.mention(d.selected);
  const Id selected_entity = sm ? sm->entity : d.selected;
  for (const Row& r : all.entities)
    if (matches(r, filter)) entity_row(d, r, all, !selected_entity.empty() && r.entity == selected_entity);

  std::vector<const Row*> loose;
  for (const Row& r : all.loose)
    if (matches(r, filter)) loose.push_back(&r);
  if (!loose.empty()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string head = "Loose mentions (" + std::to_string(loose.size()) + ")###loose";
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    const bool open = ImGui::TreeNodeEx(head.c_str(), ImGuiTreeNodeFlags_SpanAllColumns);
    probe_last_item("entities.loose");
    if (open) {
      ImGuiListClipper clip;  // loose groups can be thousands: draw only the visible ones
      clip.Begin(static_cast<int>(loose.size()));
      while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) loose_row(d, *loose[static_cast<std::size_t>(i)]);
      ImGui::TreePop();
    }
  }
  ImGui::EndTable();
}

}  // namespace glossa::app
