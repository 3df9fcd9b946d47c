#include "app/debug_state.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>
#endif

#include "app/app.h"
#include "app/commands.h"
#include "app/ui_probe.h"

namespace glossa::app {

namespace {

// Glyphs the fonts lack in the article. Counting walks the whole text (tens of milliseconds on a 1 MB
// article, and the tests ask every frame while they wait), so the count is kept for the article it was made
// for: an article's text never changes under its id.
std::size_t missing_glyphs(const App& app, const article::Article& a) {
  static std::string id, title;
  static const ImFont *body = nullptr, *heading = nullptr;
  static std::size_t missing = 0;
  if (a.id == id && a.title == title && app.fonts().body == body && app.fonts().title == heading) return missing;
  id = a.id;
  title = a.title;
  body = app.fonts().body;
  heading = app.fonts().title;
  missing = count_missing_glyphs(body, a.text.view()) + count_missing_glyphs(heading, a.title);
  return missing;
}

}  // namespace

std::string debug_state_json(const App& app) {
  using nlohmann::json;
  const ImGuiIO& io = ImGui::GetIO();
  json j;
  j["frame"] = ImGui::GetFrameCount();
  j["display"] = {{"width", io.DisplaySize.x}, {"height", io.DisplaySize.y},
                  {"framebuffer_scale", io.DisplayFramebufferScale.x}};
  j["fonts"] = {{"pixel_ratio", app.fonts().pixel_ratio}, {"error", app.fonts().error},
                {"atlas", {io.Fonts->TexWidth, io.Fonts->TexHeight}}};
  j["theme"] = app.theme() == Theme::Dark ? "dark" : "light";
  json docs = json::array();
  for (const auto& d : app.documents())
    docs.push_back({{"source", d->article.source}, {"title", d->article.title}, {"id", d->article.id}});
  j["documents"] = docs;
  j["current"] = app.current_index();
  if (const Document* d = app.current()) {
    const auto& a = d->article;
    const std::size_t missing = missing_glyphs(app, a);
    json meta = json::object();
    for (const auto& m : a.metadata) meta[m.key] = {{"raw", m.raw}, {"iso", m.iso}};
    j["article"] = {{"title", a.title},
                    {"format", a.format},
                    {"encoding", a.encoding},
                    {"metadata", meta},
                    {"warnings", a.warnings},
                    {"paragraphs", a.paragraphs.size()},
                    {"sentences", a.sentences.size()},
                    {"code_points", a.text.code_points()},
                    {"missing_glyphs", missing}};
  }
  if (const Document* d = app.current()) {
    const auto& st = *d;
    json counts = {{"mentions", st.set.mentions.size()}, {"entities", st.set.entities.size()},
                   {"quotes", st.set.quotes.size()}, {"notes", st.set.notes.size()}};
    const auto sel = st.sel.span();
    j["annotator"] = {{"counts", counts},
                      {"selection", {sel.begin, sel.end}},
                      {"selected", st.selected},
                      {"pick", st.pick == Pick::Speaker ? "speaker" : st.pick == Pick::Cue ? "cue" : ""},
                      {"status", st.status},
                      {"can_undo", st.editor.can_undo()},
                      {"can_redo", st.editor.can_redo()},
                      {"search", {{"open", st.search.open}, {"query", st.search.query}, {"matches", st.search.matches.size()}, {"current", st.search.current}}},
                      {"lines", st.layout.lines().size()},
                      {"text_height", st.layout.height()},
                      // While a layout is built a step a frame: how far (0..1); null when none is.
                      {"layout_progress", st.next_layout.building() ? json(st.next_layout.progress()) : json(nullptr)},
                      {"scroll_y", st.scroll_y},
                      {"undo_depth", st.editor.undo_depth()},
                      {"undo_label", st.editor.undo_label()}};
    if (st.merging) {
      const auto& m = *st.merging;
      j["merge"] = {{"name", m.name}, {"conflicts", m.plan.conflicts.size()}, {"at", m.at},
                    {"description", m.at < m.plan.conflicts.size() ? m.plan.conflicts[m.at].description : ""}};
    } else {
      j["merge"] = nullptr;
    }
    if (st.suggestions) {
      const auto& sg = *st.suggestions;
      json open = json::object();
      for (const auto& i : sg.items)
        if (sg.visible(i)) open[i.kind] = open.value(i.kind, 0) + 1;
      json cur = nullptr;
      if (sg.current >= 0) {
        const auto& i = sg.items[static_cast<std::size_t>(sg.current)];
        cur = {{"kind", i.kind}, {"text", i.text}, {"span", {i.span.begin, i.span.end}}};
      }
      json quotes = json::array();
      for (const auto& q : sg.all.quotes) quotes.push_back({{"span", {q.span.begin, q.span.end}}, {"speaker_entity", q.speaker_entity}});
      json rejected = json::array();
      for (const auto& i : sg.items)
        if (i.state == SuggestionItem::State::Rejected) rejected.push_back({{"kind", i.kind}, {"text", i.text}});
      j["suggestions"] = {{"open", open},   {"current", cur}, {"quotes", quotes}, {"flags", sg.all.flags},
                          {"rejected", rejected}, {"min_confidence", sg.min_confidence}};
    } else {
      j["suggestions"] = nullptr;
    }
    if (st.comparison) {
      const auto& c = *st.comparison;
      json diffs = json::array();
      for (const auto& x : c.differences)
        diffs.push_back({{"kind", x.kind == compare::Difference::Kind::OnlyA   ? "only a"
                                  : x.kind == compare::Difference::Kind::OnlyB ? "only b"
                                                                                : "conflict"},
                         {"span", {x.span.begin, x.span.end}},
                         {"description", x.description}});
      j["comparison"] = {{"name", c.name}, {"at", c.at}, {"differences", diffs}, {"error", c.agreement.error},
                         {"mentions", {{"a", c.agreement.mentions.a}, {"b", c.agreement.mentions.b},
                                       {"exact_f1", c.agreement.mentions.exact.f1}, {"overlap_f1", c.agreement.mentions.overlap.f1}}},
                         {"quotes", {{"a", c.agreement.quotes.a}, {"b", c.agreement.quotes.b}, {"exact_f1", c.agreement.quotes.exact.f1}}},
                         {"token_kappa", c.agreement.tokens.kappa}};
    } else {
      j["comparison"] = nullptr;
    }
  }
  json imports = json::array();
  for (const auto& p : app.pending_imports()) imports.push_back({{"name", p.name}, {"mentions", p.set.mentions.size()}, {"quotes", p.set.quotes.size()}});
  j["imports"] = imports;
  if (const auto& in = app.intake()) {
    j["intake"] = {{"count", in->count}, {"reading", in->reading}, {"index", in->index}, {"done", in->done}, {"total", in->total}, {"reading_text", in->reading_text},
                   {"complete", in->complete}, {"files", in->files.size()}};
  } else {
    j["intake"] = nullptr;
  }
  j["text_scale"] = app.text_scale();
  const Persistence& store = const_cast<App&>(app).persistence();
  // Memory, for the stress test's bound: the wasm heap's size (it only grows) and what malloc has handed out.
#ifdef __EMSCRIPTEN__
  const struct mallinfo mi = mallinfo();
  j["memory"] = {{"wasm_heap", emscripten_get_heap_size()}, {"malloc_in_use", mi.uordblks}, {"malloc_arena", mi.arena}};
#else
  j["memory"] = nullptr;
#endif
  // Input events Dear ImGui has queued but not yet taken (it takes a key's press and release in different
  // frames): 0 when every key sent has been acted on.
  j["input_queue"] = GImGui ? GImGui->InputEventsQueue.Size : 0;
  j["storage"] = {{"saves", store.saves()}, {"failures", store.failures()}, {"dirty", store.dirty(app)}, {"in_flight", store.in_flight()}};
  j["confirm"] = app.confirm ? nlohmann::json(app.confirm->title) : nlohmann::json(nullptr);
  j["panels"] = {{"help", app.panels.help}, {"note_editor", app.panels.note_editor}, {"entity_picker", app.panels.entity_picker},
                 {"sidebar_tab", app.panels.sidebar_tab}};
  j["dialog"] = app.dialog().open() ? json{{"title", app.dialog().title()}, {"body", app.dialog().body()}} : json(nullptr);
  json probes = json::object();
  for (const auto& [name, r] : ui_probes()) probes[name] = {r.x0, r.y0, r.x1, r.y1};
  j["probes"] = probes;
  return j.dump();
}

}  // namespace glossa::app

namespace glossa::app {

std::string locate_text_json(const App& app, const std::string& needle, int nth) {
  using nlohmann::json;
  const Document* d = app.current();
  if (!d || needle.empty() || d->layout.lines().empty()) return "null";
  const std::string& t = d->article.text.str();
  std::size_t pos = t.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = t.find(needle, pos + 1);
  if (pos == std::string::npos) return "null";
  const std::size_t b = d->article.text.cp_of_byte(pos), e = d->article.text.cp_of_byte(pos + needle.size());
  const auto& L = d->layout;
  // Points in the middle of the first and last character's line: where a person would press and release.
  const auto point = [&](std::size_t cp, bool end) {
    const std::size_t line = L.line_of_cp(end ? cp - 1 : cp);
    const float x = L.x_of(line, cp);
    const auto& ln = L.lines()[line];
    return json{d->view_x + x + (end ? -1.0f : 1.0f), d->view_y + ln.y + ln.height * 0.5f};
  };
  return json{{"cp", {b, e}}, {"begin", point(b, false)}, {"end", point(e, true)}}.dump();
}

}  // namespace glossa::app

namespace glossa::app {

namespace {
App* g_test_app = nullptr;

const annotate::Mention* mention_at(const Document& d, std::size_t b, std::size_t e) {
  for (const auto& [id, m] : d.set.mentions)
    if (m.span.begin == b && m.span.end == e) return &m;
  return nullptr;
}
const annotate::Quote* quote_at(const Document& d, std::size_t b, std::size_t e) {
  for (const auto& [id, q] : d.set.quotes)
    if (q.span.begin == b && q.span.end == e) return &q;
  return nullptr;
}
}  // namespace

void attach_test_hooks(App* app) { g_test_app = app; }
App* test_app() { return g_test_app; }

std::string test_annotations_json(const App& app) {
  using nlohmann::json;
  json docs = json::array();
  for (const auto& dp : app.documents()) {
    const Document& d = *dp;
    json ms = json::array(), qs = json::array();
    for (const auto* m : d.set.mentions_in_order()) ms.push_back({m->span.begin, m->span.end, m->type});
    for (const auto* q : d.set.quotes_in_order()) {
      json speaker = nullptr;
      if (const auto* sp = d.set.mention(q->speaker)) speaker = {sp->span.begin, sp->span.end};
      qs.push_back({q->span.begin, q->span.end, annotate::to_string(q->kind), speaker});
    }
    docs.push_back({{"source", d.article.source},
                    {"mentions", ms},
                    {"quotes", qs},
                    {"entities", d.set.entities.size()},
                    {"notes", d.set.notes.size()},
                    {"problems", d.set.problems()},
                    {"undo_depth", d.editor.undo_steps().size()},
                    {"redo_depth", d.editor.redo_steps().size()},
                    {"undo_label", d.editor.undo_label()},
                    {"redo_label", d.editor.redo_label()}});
  }
  return json{{"current", app.current_index()}, {"documents", docs}}.dump();
}

std::string run_test_edits(App& app, const std::string& ops_json) {
  using nlohmann::json;
  const json ops = json::parse(ops_json, nullptr, false);
  Document* d = app.current();
  if (!d || !ops.is_array()) return "null";
  json out = json::array();
  for (const json& op : ops) {
    const auto str = [&](const char* k) { return op.contains(k) && op[k].is_string() ? op[k].get<std::string>() : std::string(); };
    const auto num = [&](const char* k) { return op.contains(k) && op[k].is_number_unsigned() ? op[k].get<std::size_t>() : std::size_t{0}; };
    const std::string what = str("op");
    const std::size_t b = num("b"), e = num("e");
    const auto kind = str("kind") == "indirect" ? annotate::QuoteKind::Indirect : annotate::QuoteKind::Direct;
    // What a person selects first: text (a drag), or an annotation (a click on it).
    const auto select_text = [&] { d->selected.clear(); d->sel.set({b, e}); };
    const auto select_annotation = [&](const Id& id) { d->sel.clear(); d->selected = id; };
    if (what == "mark" || what == "quote") {
      select_text();
      if (what == "mark") mark_type(*d, str("type"));
      else mark_quote(*d, kind);
    } else if (what == "retype" || what == "requote" || what == "delete") {
      // A mention and a quote may cover the same words: "what" ("m" or "q") says which a delete clicks.
      const bool mention = what == "retype" || (what == "delete" && str("what") != "q");
      const annotate::Mention* m = mention ? mention_at(*d, b, e) : nullptr;
      const annotate::Quote* q = !mention ? quote_at(*d, b, e) : nullptr;
      if (!m && !q) {
        out.push_back("no annotation at " + std::to_string(b) + ".." + std::to_string(e));
        continue;
      }
      select_annotation(m ? m->id : q->id);
      if (what == "retype") mark_type(*d, str("type"));
      else if (what == "requote") mark_quote(*d, kind);
      else remove_selected(*d);
    } else if (what == "undo") {
      undo(*d);
    } else if (what == "redo") {
      redo(*d);
    } else {
      out.push_back("unknown op " + what);
      continue;
    }
    out.push_back(d->status);
  }
  return out.dump();
}

}  // namespace glossa::app

#ifdef __EMSCRIPTEN__
// The test hooks as JavaScript calls them (Module.ccall): each answers a JSON string, valid until the next call.
namespace {
std::string g_test_out;
}
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* glossa_test_annotations() {
  g_test_out = glossa::app::test_app() ? glossa::app::test_annotations_json(*glossa::app::test_app()) : "null";
  return g_test_out.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* glossa_test_edit(const char* ops) {
  g_test_out = glossa::app::test_app() && ops ? glossa::app::run_test_edits(*glossa::app::test_app(), ops) : "null";
  return g_test_out.c_str();
}
// Input events not yet taken by Dear ImGui (cheap to poll every frame, unlike the whole debug state).
EMSCRIPTEN_KEEPALIVE int glossa_test_input_pending() { return GImGui ? GImGui->InputEventsQueue.Size : 0; }
}
#endif
