#include "app/article_view.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "app/app.h"
#include "app/article_header.h"
#include "app/commands.h"
#include "app/context_menu.h"
#include "app/ui_probe.h"
#include "app/view_util.h"
#include "core/article/selection.h"

namespace glossa::app {

using annotate::Indexed;

ImU32 quote_color(int alpha) { return IM_COL32(200, 45, 120, alpha); }
ImU32 cue_color(int alpha) { return IM_COL32(0, 140, 150, alpha); }

namespace {

constexpr int kBody = 0, kTitle = 1;

// What the mouse is doing in the view; one view is active at a time.
struct Drag {
  bool active = false;
  Id pressed_on;  // the annotation under the press, chosen if the press turns out to be a click
};
Drag g_drag;

ImFont* font_of(const Fonts& f, int style) { return style == kTitle ? f.title : f.body; }

// The font's size on screen (the atlas is rasterized at the device pixel ratio and drawn scaled down).
float display_size(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

// Layout time per frame: the rest of the frame stays well inside 16 ms. A short article is laid out in
// its first frame; a long one (about 30 ns per code point) over several, while the page keeps drawing.
// The first layout of a document, with only its progress on screen, takes longer slices: fewer frames
// until the text is there, each still far from a stall.
constexpr double kLayoutBudgetMs = 8.0;
constexpr double kFirstLayoutBudgetMs = 25.0;
constexpr std::size_t kLayoutStep = 16384;  // code points between looks at the clock

// Returns true when d.layout is the one for this width and font; else builds it further (d.next_layout)
// and returns false while it is not complete.
bool ensure_layout(Document& d, const Fonts& fonts, float width) {
  std::uint64_t gen = 0;
  float key[2] = {fonts.pixel_ratio, display_size(fonts.body)};
  std::memcpy(&gen, key, sizeof gen);
  if (d.layout.valid_for(width, gen)) {
    if (d.next_layout.building()) d.next_layout = layout::TextLayout();  // back to the width it had
    return true;
  }
  layout::TextLayout& next = d.next_layout;
  if (!next.building() || next.width != width || next.generation != gen) {
    std::vector<layout::Block> blocks;
    if (d.article.title_span.size()) blocks.push_back({d.article.title_span, kTitle});
    for (const Span& p : d.article.paragraphs) blocks.push_back({p, kBody});
    // Captured by value: the build outlives this frame. The fonts it names stay until they are rebuilt,
    // which changes `gen` and starts the build again.
    const float scale = ImGui::GetIO().FontGlobalScale;
    ImFont* body = fonts.body;
    ImFont* title = fonts.title;
    // Code points beyond the 16-bit range have no glyph in the atlas and are drawn as the fallback.
    const auto advance = [body, title, scale](int style, char32_t cp) -> float {
      if (cp == '\n') return 0.0f;
      const ImWchar c = cp <= 0xFFFF ? static_cast<ImWchar>(cp) : static_cast<ImWchar>('?');
      return (style == kTitle ? title : body)->GetCharAdvance(c) * scale;
    };
    const float body_h = std::round(display_size(body) * 1.55f), title_h = std::round(display_size(title) * 1.25f);
    const auto line_height = [body_h, title_h](int style) { return style == kTitle ? title_h : body_h; };
    next.start(d.article.text, std::move(blocks), width, advance, line_height, std::round(display_size(body) * 0.75f));
    next.generation = gen;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const double budget = d.layout.lines().empty() ? kFirstLayoutBudgetMs : kLayoutBudgetMs;
  while (!next.step(kLayoutStep))
    if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() > budget) return false;
  d.layout = std::move(next);
  next = layout::TextLayout();
  return true;
}

// The caret position (between characters) and the character under a point in layout coordinates.
std::size_t caret_at_point(const layout::TextLayout& L, ImVec2 p) { return L.cp_at(L.line_at_y(p.y), p.x); }
std::size_t glyph_at_point(const layout::TextLayout& L, ImVec2 p) { return L.glyph_at(L.line_at_y(p.y), p.x); }

struct Painter {
  const Document& d;
  const layout::TextLayout& L;
  ImDrawList* dl;
  ImVec2 origin;

  ImVec2 at(std::size_t line, float x, float dy) const { return ImVec2(origin.x + x, origin.y + L.lines()[line].y + dy); }
  float h(std::size_t line) const { return L.lines()[line].height; }

  void fill(Span s, ImU32 col, float inset) const {
    for (const auto& p : L.pieces(s.begin, s.end))
      dl->AddRectFilled(at(p.line, p.x0, inset), at(p.line, p.x1, h(p.line) - inset), col, 2.0f);
  }
  void outline(Span s, ImU32 col, float thickness) const {
    for (const auto& p : L.pieces(s.begin, s.end))
      dl->AddRect(at(p.line, p.x0 - 1, 0), at(p.line, p.x1 + 1, h(p.line)), col, 3.0f, 0, thickness);
  }
  // A line under the text, solid or dashed, `drop` pixels above the line's bottom.
  void underline(Span s, ImU32 col, float drop, float thickness, float dash) const {
    for (const auto& p : L.pieces(s.begin, s.end)) {
      const float y = L.lines()[p.line].y + h(p.line) - drop;
      if (dash <= 0) {
        dl->AddLine(ImVec2(origin.x + p.x0, origin.y + y), ImVec2(origin.x + p.x1, origin.y + y), col, thickness);
        continue;
      }
      for (float x = p.x0; x < p.x1; x += dash * 2)
        dl->AddLine(ImVec2(origin.x + x, origin.y + y), ImVec2(origin.x + std::min(x + dash, p.x1), origin.y + y), col, thickness);
    }
  }
  void dashed_outline(Span s, ImU32 col, float thickness) const {
    for (const auto& p : L.pieces(s.begin, s.end)) {
      const ImVec2 a = at(p.line, p.x0 - 2, -1), b = at(p.line, p.x1 + 2, h(p.line) + 1);
      for (float x = a.x; x < b.x; x += 8.0f) {
        dl->AddLine(ImVec2(x, a.y), ImVec2(std::min(x + 4.0f, b.x), a.y), col, thickness);
        dl->AddLine(ImVec2(x, b.y), ImVec2(std::min(x + 4.0f, b.x), b.y), col, thickness);
      }
      dl->AddLine(a, ImVec2(a.x, b.y), col, thickness);
      dl->AddLine(ImVec2(b.x, a.y), b, col, thickness);
    }
  }
  // Quote brackets: a hook at the start and at the end, so where a quote begins and ends is plain even
  // when it runs over many lines.
  void brackets(Span s, ImU32 col) const {
    const auto ps = L.pieces(s.begin, s.end);
    if (ps.empty()) return;
    const auto& f = ps.front();
    const auto& b = ps.back();
    const ImVec2 a0 = at(f.line, f.x0 - 2, 1), a1 = at(f.line, f.x0 - 2, h(f.line) - 3);
    dl->AddLine(a0, a1, col, 2.0f);
    dl->AddLine(a0, ImVec2(a0.x + 5, a0.y), col, 2.0f);
    const ImVec2 z0 = at(b.line, b.x1 + 2, 1), z1 = at(b.line, b.x1 + 2, h(b.line) - 3);
    dl->AddLine(z0, z1, col, 2.0f);
    dl->AddLine(z1, ImVec2(z1.x - 5, z1.y), col, 2.0f);
  }
  ImVec2 start_of(Span s) const {
    const auto ps = L.pieces(s.begin, s.end);
    return ps.empty() ? origin : at(ps.front().line, ps.front().x0, h(ps.front().line) * 0.5f);
  }
};

// How many visible mentions strictly contain m: nested mentions are drawn inset, so each stays visible.
int depth_of(const Indexed* m, const std::vector<const Indexed*>& vis) {
  int depth = 0;
  for (const Indexed* o : vis)
    if (o != m && o->kind == 'm' && o->span.begin <= m->span.begin && o->span.end >= m->span.end && o->span.size() > m->span.size())
      ++depth;
  return std::min(depth, 3);
}

// Suggestions still to decide: dashed (entities in their type's colour, quotes in the quote colour), the
// one shown filled lightly.
void paint_suggestions(const Document& d, const Painter& P, std::size_t cp0, std::size_t cp1, bool dark) {
  if (!d.suggestions) return;
  const SuggestionState& st = *d.suggestions;
  for (std::size_t i = 0; i < st.items.size(); ++i) {
    const SuggestionItem& x = st.items[i];
    if (!st.visible(x) || x.span.end <= cp0 || x.span.begin >= cp1) continue;
    const ImU32 col = x.quote ? quote_color(220) : type_color(d, x.kind, 255);
    if (static_cast<int>(i) == st.current) P.fill(x.span, x.quote ? quote_color(dark ? 60 : 40) : type_color(d, x.kind, dark ? 70 : 50), 0);
    P.dashed_outline(x.span, col, static_cast<int>(i) == st.current ? 2.0f : 1.0f);
  }
}

// Merging: the conflict being settled, a's side outlined and b's dashed. Comparing: every place the two
// differ (red: conflict, orange: only in a, violet: only in b), the one shown thicker.
void paint_differences(const Document& d, const Painter& P, std::size_t cp0, std::size_t cp1, bool dark) {
  const ImU32 conflict = dark ? IM_COL32(255, 90, 90, 255) : IM_COL32(210, 30, 30, 255);
  if (d.merging && !d.merging->plan.conflicts.empty()) {
    const auto& cs = d.merging->plan.conflicts;
    const auto& c = cs[std::min(d.merging->at, cs.size() - 1)];
    P.outline(c.a_span, conflict, 2.5f);
    P.dashed_outline(c.b_span, dark ? IM_COL32(120, 170, 255, 255) : IM_COL32(20, 80, 220, 255), 2.0f);
    return;
  }
  if (!d.comparison) return;
  const auto& ds = d.comparison->differences;
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const auto& x = ds[i];
    if (x.span.end <= cp0 || x.span.begin >= cp1) continue;
    const ImU32 col = x.kind == compare::Difference::Kind::Conflict ? conflict
                      : x.kind == compare::Difference::Kind::OnlyA ? IM_COL32(235, 130, 0, 255)
                                                                    : IM_COL32(150, 60, 210, 255);
    const float w = static_cast<int>(i) == d.comparison->at ? 3.0f : 1.5f;
    if (x.kind == compare::Difference::Kind::OnlyB) P.dashed_outline(x.span, col, w);
    else P.outline(x.span, col, w);
  }
}

void paint(Document& d, const Painter& P, std::size_t cp0, std::size_t cp1, bool dark) {
  const auto vis = d.spans().overlapping(cp0, cp1);
  // Search matches (when searching), then the selection, under everything.
  if (d.search.open) {
    const auto& ms = d.search.matches;
    auto it = std::lower_bound(ms.begin(), ms.end(), cp0, [](const Span& m, std::size_t c) { return m.end <= c; });
    for (; it != ms.end() && it->begin < cp1; ++it) P.fill(*it, dark ? IM_COL32(150, 120, 0, 140) : IM_COL32(255, 225, 90, 160), 0);
  }
  if (!d.sel.empty()) P.fill(d.sel.span(), dark ? IM_COL32(60, 110, 200, 150) : IM_COL32(150, 190, 255, 150), 0);
  for (const Indexed* x : vis) {
    if (x->kind != 'm') continue;
    const annotate::Mention* m = d.set.mention(x->id);
    const float inset = 1.0f + 2.5f * static_cast<float>(depth_of(x, vis));
    P.fill(x->span, type_color(d, m->type, dark ? 95 : 70), inset);
    P.underline(x->span, type_color(d, m->type, 255), inset, 2.0f, 0);
  }
  for (const Indexed* x : vis) {
    const annotate::Quote* q = x->kind == 'q' ? d.set.quote(x->id) : nullptr;
    if (q) {
      const float dash = q->kind == annotate::QuoteKind::Direct ? 0 : q->kind == annotate::QuoteKind::Indirect ? 5 : 2;
      P.underline(x->span, quote_color(q->speaker.empty() ? 150 : 255), -1.0f, 2.5f, dash);
      P.brackets(x->span, quote_color(230));
    } else if (x->kind == 'c') {
      P.underline(x->span, cue_color(255), -1.0f, 2.0f, 2.0f);
    } else if (x->kind == 'n') {
      const auto ps = P.L.pieces(x->span.begin, x->span.end);
      if (!ps.empty()) {
        const ImVec2 c = P.at(ps.back().line, ps.back().x1, 0);
        P.dl->AddTriangleFilled(ImVec2(c.x - 6, c.y), c, ImVec2(c.x, c.y + 6), IM_COL32(230, 170, 0, 255));
      }
    }
  }
  paint_suggestions(d, P, cp0, cp1, dark);
  paint_differences(d, P, cp0, cp1, dark);
  // The selected annotation; for a quote, its speaker and cue too, joined to it by a line.
  const ImU32 accent = dark ? IM_COL32(255, 220, 120, 255) : IM_COL32(30, 30, 30, 255);
  if (const annotate::Quote* q = d.set.quote(d.selected)) {
    P.outline(q->span, quote_color(255), 1.5f);
    if (q->cue) P.outline(*q->cue, cue_color(255), 1.5f);
    if (const annotate::Mention* sp = d.set.mention(q->speaker)) {
      P.outline(sp->span, accent, 2.0f);
      const ImVec2 a = P.start_of(sp->span), b = P.start_of(q->span);
      P.dl->AddBezierCubic(a, ImVec2(a.x - 30, a.y), ImVec2(b.x - 30, b.y), b, quote_color(200), 1.5f);
    }
  } else if (!d.selected.empty()) {
    const Span s = span_of(d, d.selected);
    if (s.size()) P.outline(s, accent, 2.0f);
  }
  if (d.pick == Pick::Speaker && d.set.mention(d.pick_candidate)) P.outline(d.set.mention(d.pick_candidate)->span, quote_color(255), 2.5f);
}

void draw_text(const Document& d, const Fonts& fonts, const Painter& P, std::size_t first, std::size_t last, ImU32 col) {
  const std::string& s = d.article.text.str();
  for (std::size_t i = first; i < last; ++i) {
    const layout::Line& ln = P.L.lines()[i];
    const layout::Block& blk = P.L.blocks()[ln.block];
    ImFont* f = font_of(fonts, blk.style);
    std::size_t e = ln.byte_end;
    while (e > ln.byte_begin && (s[e - 1] == '\n' || s[e - 1] == ' ')) --e;
    if (e > ln.byte_begin)
      P.dl->AddText(f, display_size(f), P.at(i, 0, std::round((ln.height - display_size(f)) * 0.5f)), col, s.data() + ln.byte_begin, s.data() + e);
  }
}

void tooltip(Document& d, std::size_t cp) {
  const auto here = d.spans().at(cp);
  if (here.empty()) return;
  ImGui::BeginTooltip();
  for (const Indexed* x : here) {
    if (x->kind == 'n') {
      const auto it = d.set.notes.find(x->id);
      if (it != d.set.notes.end()) ImGui::Text("Note: %s", it->second.text.c_str());
      continue;
    }
    if (x->kind == 'c') {
      ImGui::Text("Cue of %s", describe(d, x->id).c_str());
      continue;
    }
    ImGui::TextUnformatted(describe(d, x->id).c_str());
    for (const auto& [nid, n] : d.set.notes)
      if (n.target == x->id) ImGui::Text("  Note: %s", n.text.c_str());
  }
  ImGui::EndTooltip();
}

// Mouse: select like a text editor; a click selects an annotation; S/C picks finish on a click or a
// selection; right-click opens the menu.
void mouse(App& app, Document& d, const layout::TextLayout& L, ImVec2 origin, bool hovered) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m(io.MousePos.x - origin.x, io.MousePos.y - origin.y);
  const std::size_t cp = caret_at_point(L, m);
  const std::size_t glyph = glyph_at_point(L, m);
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const int clicks = io.MouseClickedCount[ImGuiMouseButton_Left];
    if (clicks >= 2) {
      g_drag.active = false;
      const Span s = clicks == 2 ? article::word_at(d.article, glyph)
                     : clicks == 3 ? article::sentence_at(d.article, glyph)
                                   : article::paragraph_at(d.article, glyph);
      d.sel.set(s);
    } else if (io.KeyShift) {
      if (d.sel.empty()) d.sel.anchor = d.sel.caret;
      d.sel.caret = cp;
      g_drag.active = true;
      g_drag.pressed_on.clear();
    } else {
      d.sel.anchor = d.sel.caret = cp;
      g_drag.active = true;
      g_drag.pressed_on = annotation_at(d, glyph);
    }
  }
  if (g_drag.active && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    d.sel.caret = cp;
    // Dragging past the edge scrolls.
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    if (io.MousePos.y < top + 10) ImGui::SetScrollY(ImGui::GetScrollY() - 12);
    if (io.MousePos.y > bottom - 10) ImGui::SetScrollY(ImGui::GetScrollY() + 12);
  }
  if (g_drag.active && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    g_drag.active = false;
    if (d.sel.empty()) {
      if (!finish_pick(d, g_drag.pressed_on, {})) d.selected = g_drag.pressed_on;
      if (d.selected.empty() && d.suggestions) d.suggestions->current = suggestion_at(d, d.sel.caret);
    } else {
      // Whole words unless Alt is held; the caret stays at the end the person dragged to.
      if (!io.KeyAlt) {
        const bool backwards = d.sel.caret < d.sel.anchor;
        const Span s = article::snap_to_words(d.article, d.sel.span());
        d.sel.anchor = backwards ? s.end : s.begin;
        d.sel.caret = backwards ? s.begin : s.end;
      }
      finish_pick(d, {}, d.sel.span());
    }
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    const Span s = d.sel.span();
    if (d.sel.empty() || glyph < s.begin || glyph >= s.end) {
      d.sel.clear();
      d.selected = annotation_at(d, glyph);
    }
    open_context_menu();
  }
  if (hovered && !g_drag.active && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) tooltip(d, glyph);
  (void)app;
}

}  // namespace

void draw_article_view(App& app, Document& d) {
  const Fonts& fonts = app.fonts();
  const Palette pal = palette(app.theme());
  const bool dark = app.theme() == Theme::Dark;
  // One child window shows every document: each keeps its own place in the text when switched back to.
  static std::uint64_t last_drawn = 0;
  if (last_drawn != d.serial) {
    ImGui::SetNextWindowScroll(ImVec2(0.0f, d.scroll_y));
    last_drawn = d.serial;
  }
  ImGui::BeginChild("##article", ImVec2(0, 0), false, ImGuiWindowFlags_NoMove);
  probe_last_item("article");
  // A comfortable reading column: about 70 characters wide, centred.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float column = std::max(120.0f, std::min(avail - 32.0f, display_size(fonts.body) * 38.0f));
  const float left = std::max(12.0f, (avail - column) * 0.5f);
  ImGui::Indent(left);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  ImGui::Dummy(ImVec2(0, 10));
  draw_article_header(d.article, pal);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 6));
  const ImVec2 rule = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(rule, ImVec2(rule.x + column, rule.y), ImGui::GetColorU32(ImGuiCol_Separator));
  ImGui::Dummy(ImVec2(0, 12));

  if (!ensure_layout(d, fonts, column) && !d.layout.built()) {
    // The first layout of a long article: say how far it is, and restore the document's place in the
    // text once there is text to scroll (d.scroll_y is left as it was).
    ImGui::TextDisabled("Laying out the text… %d%%", static_cast<int>(d.next_layout.progress() * 100.0));
    ImGui::ProgressBar(static_cast<float>(d.next_layout.progress()), ImVec2(column, 0), "");
    last_drawn = 0;
    ImGui::Unindent(left);
    ImGui::EndChild();
    return;
  }
  const layout::TextLayout& L = d.layout;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  d.view_x = origin.x;
  d.view_y = origin.y;
  const float text_top = ImGui::GetCursorPosY();
  // Reserve the text's height so the window scrolls over all of it; draw only what is visible.
  ImGui::InvisibleButton("##text", ImVec2(column, std::max(1.0f, L.height() + 40.0f)));
  const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip0 = dl->GetClipRectMin(), clip1 = dl->GetClipRectMax();
  if (!L.lines().empty()) {
    const auto [first, last] = L.lines_in(clip0.y - origin.y, clip1.y - origin.y);
    if (first < last) {
      const Painter P{d, L, dl, origin};
      paint(d, P, L.lines()[first].cp_begin, L.lines()[last - 1].cp_end, dark);
      draw_text(d, fonts, P, first, last, ImGui::GetColorU32(ImGuiCol_Text));
    }
    mouse(app, d, L, origin, hovered);
  }
  if (d.reveal && !L.lines().empty()) {  // a conflict or a difference: near the top, whatever the scroll
    const Span s = *d.reveal;
    d.reveal.reset();
    const float y = text_top + L.lines()[L.line_of_cp(std::min(s.begin, d.article.text.code_points()))].y;
    ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.3f));
  }
  if (d.scroll_to_selection) {
    d.scroll_to_selection = false;
    const Span s = !d.sel.empty() ? d.sel.span() : span_of(d, d.selected);
    if (s.size() && !L.lines().empty()) {
      const float y = text_top + L.lines()[L.line_of_cp(s.begin)].y;
      if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - 60)
        ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.35f));
    }
  }
  ImGui::Unindent(left);
  d.scroll_y = ImGui::GetScrollY();
  draw_context_menu(app, d);
  ImGui::EndChild();
}

}  // namespace glossa::app
