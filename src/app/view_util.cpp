#include "app/view_util.h"

#include "app/ui_probe.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::app {

namespace {

// ImGui asks to grow the buffer while typing: resize the string and hand back its storage.
int resize_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* s = static_cast<std::string*>(data->UserData);
    s->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = s->data();
  }
  return 0;
}

}  // namespace

bool input_text(const char* label, std::string& s, ImGuiInputTextFlags flags, const char* hint) {
  flags |= ImGuiInputTextFlags_CallbackResize;
  return ImGui::InputTextWithHint(label, hint, s.data(), s.capacity() + 1, flags, resize_callback, &s);
}

bool input_text_multiline(const char* label, std::string& s, ImVec2 size, ImGuiInputTextFlags flags) {
  flags |= ImGuiInputTextFlags_CallbackResize;
  return ImGui::InputTextMultiline(label, s.data(), s.capacity() + 1, size, flags, resize_callback, &s);
}

ImU32 type_color(const Document& d, const std::string& type, int alpha) {
  const annotate::EntityType* t = d.set.types.find(type);
  return rgb_color(t ? t->color : 0x808080u, alpha);
}

std::string type_label(const Document& d, const std::string& type) {
  const annotate::EntityType* t = d.set.types.find(type);
  return t && !t->label.empty() ? t->label : type;
}

void color_swatch(ImU32 color) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float inset = h * 0.15f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + inset, p.y + inset), ImVec2(p.x + h - inset, p.y + h - inset),
                                            color, 2.0f);
  ImGui::Dummy(ImVec2(h, h));
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (!text::utf8_sequence_length(utf8, i)) {  // keep a stray byte rather than stop
      out += utf8[i++];
      continue;
    }
    text::append_utf8(out, text::to_lower(text::decode_utf8(utf8, i)));
  }
  return out;
}

bool contains_folded(std::string_view text, const std::string& folded_needle) {
  if (folded_needle.empty()) return true;
  return fold_case(text).find(folded_needle) != std::string::npos;
}

std::string one_line(std::string_view s) {
  std::string t(s);
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return t;
}

std::string excerpt(const Document& d, Span s, std::size_t max_cp) {
  const bool cut = s.size() > max_cp;
  std::string t = one_line(d.article.text.slice(s.begin, cut ? s.begin + max_cp : s.end));
  if (cut) t += "…";
  return t;
}

void focus_next_item() {
  ImGui::SetWindowFocus();
  ImGui::SetKeyboardFocusHere();
}

bool popup_must_wait(const char* id) {
  return !ImGui::IsPopupOpen(id) && ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
}

void forget_probes(const std::string& prefix) {
  if (!probes_enabled()) return;
  auto& probes = ui_probes();
  for (auto it = probes.lower_bound(prefix); it != probes.end() && it->first.compare(0, prefix.size(), prefix) == 0;)
    it = probes.erase(it);
}

void select_annotation(Document& d, const Id& id) {
  d.selected = id;
  d.sel.clear();  // commands act on a text selection first: the panel's choice must win
  d.scroll_to_selection = true;
}

std::string annotation_as_text(const Document& d, const Id& id) {
  const auto quoted = [&](Span sp) { return "“" + std::string(d.article.text.slice(sp.begin, sp.end)) + "”"; };
  const auto entity_name = [&](const Id& e) {
    const annotate::Entity* x = d.set.entity(e);
    return x ? x->name : std::string();
  };
  if (const annotate::Mention* m = d.set.mention(id)) {
    const std::string e = entity_name(m->entity);
    return quoted(m->span) + " — " + m->type + (e.empty() ? "" : ", " + e);
  }
  if (const annotate::Quote* q = d.set.quote(id)) {
    std::string who;
    if (const annotate::Mention* sp = d.set.mention(q->speaker)) {
      who = entity_name(sp->entity);
      if (who.empty()) who = std::string(d.article.text.slice(sp->span.begin, sp->span.end));
    }
    return quoted(q->span) + " — " + annotate::to_string(q->kind) + " quote" + (who.empty() ? "" : ", " + who);
  }
  if (const annotate::Entity* e = d.set.entity(id)) return e->name + " — " + e->type;
  if (auto it = d.set.notes.find(id); it != d.set.notes.end()) return it->second.text;
  return {};
}

}  // namespace glossa::app
