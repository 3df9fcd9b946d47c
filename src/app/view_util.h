#pragma once
// Small helpers shared by the panels and dialogs: std::string text fields, type colours, case-folded
// filtering and one-line excerpts of the article.
#include <cstdint>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app/document.h"

namespace glossa::app {

// InputText over a std::string (ImGui's own overload lives in misc/cpp, which the build does not compile).
// hint: shown greyed while the field is empty.
bool input_text(const char* label, std::string& s, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool input_text_multiline(const char* label, std::string& s, ImVec2 size, ImGuiInputTextFlags flags = 0);

// 0xRRGGBB as an ImGui colour.
inline ImU32 rgb_color(std::uint32_t c, int alpha = 255) {
  return IM_COL32((c >> 16) & 255, (c >> 8) & 255, c & 255, alpha);
}
// The colour of an entity type of the document (grey for a type the set does not know).
ImU32 type_color(const Document& d, const std::string& type, int alpha = 255);
// The label a person reads ("Person"), falling back to the type's name.
std::string type_label(const Document& d, const std::string& type);

// A square of colour on the current line, the size of the text, as an item.
void color_swatch(ImU32 color);

// Lower-cased UTF-8 (Latin, Greek, Cyrillic), for filters that ignore case.
std::string fold_case(std::string_view utf8);
// Whether folded_needle (already folded) occurs in text, ignoring case. An empty needle matches.
bool contains_folded(std::string_view text, const std::string& folded_needle);

// Text for a line of a list or a message: line breaks and tabs as spaces (an imported entity's name may
// hold a line break).
std::string one_line(std::string_view s);
// The text of s on one line (newlines as spaces), cut to max_cp code points with an ellipsis.
std::string excerpt(const Document& d, Span s, std::size_t max_cp = 60);

// An annotation as a line of text for the clipboard: “Putin” — PERSON, Vladimir Putin; “…” — direct quote,
// Vladimir Putin; an entity's name and type; a note's text.
std::string annotation_as_text(const Document& d, const Id& id);

// Pushes the UI font for a scope (the reading fonts may be current when a view is called).
class UiFont {
 public:
  explicit UiFont(ImFont* f) : pushed_(f != nullptr) {
    if (pushed_) ImGui::PushFont(f);
  }
  ~UiFont() {
    if (pushed_) ImGui::PopFont();
  }
  UiFont(const UiFont&) = delete;
  UiFont& operator=(const UiFont&) = delete;

 private:
  bool pushed_;
};

// Puts the keyboard in the next widget. ImGui 1.90.1's SetKeyboardFocusHere alone does nothing when another
// window has the focus (the request is filtered by the old window's focus scope), so focus this window first.
void focus_next_item();

// True while another popup is open at the top level and popup id is not: a modal dialog then waits its
// turn (opening it would close the other one, and the two would take each other's place every frame).
bool popup_must_wait(const char* id);

// Drops the probes whose name starts with prefix: a closed dialog's widgets are no longer on screen.
void forget_probes(const std::string& prefix);

// Makes the annotation id the selected one and brings it into view (panels, search, pickers).
void select_annotation(Document& d, const Id& id);

}  // namespace glossa::app
