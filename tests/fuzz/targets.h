#pragma once
// The fuzz targets' bodies, shared by the libFuzzer binaries (tests/fuzz/fuzz_target.cpp) and the unit test
// that replays the kept crash inputs (tests/unit/test_fuzz_regressions.cpp): the same entry point, so a
// regression input replays exactly what crashed.
//
// Each target takes arbitrary bytes and returns "" or the invariant it found broken (a crash or a
// sanitizer report is the other way to fail). Targets:
//   article_txt, article_md, article_html, article_json, article_jsonl   article::read_article_file
//   native       formats::load_documents of a .glossa.json (bundle or annotations-only, with an open article)
//   w3c          formats::load_documents of a .jsonld (W3C Web Annotation) with an open article
//   brat         formats::load_documents of a .ann without its .txt (the open article is the text)
//   brat_pair    formats::load_documents of a .ann with its .txt: input = txt '\0' ann
//   label_studio formats::load_documents of a .label-studio.json (every task; then with an open article)
//   workspace    formats::read_workspace
//   offset_index text::IndexedText on the longest valid UTF-8 prefix: every conversion checked both ways
//   json_tree    json::Tree beside nlohmann: both accept or both refuse, and read the same values
//   suggest      suggest::suggest on the article of a plain text file: every span in the text, in order,
//                and the JSON that `glossa suggest` prints (the rules index tokens around every quote)
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"
#include "core/article/reader.h"
#include "core/formats/loaded.h"
#include "core/formats/registry.h"
#include "core/formats/workspace.h"
#include "core/json/parse.h"
#include "core/json/tree.h"
#include "core/suggest/suggestion.h"
#include "core/suggest/suggestion_json.h"
#include "core/text/offset_index.h"
#include "core/text/utf8.h"

namespace glossa::fuzz {

// The open article for the formats that carry no text (annotations-only, W3C, brat without .txt): a short
// text with curly quotes, Cyrillic and an emoji, so that code points, bytes and UTF-16 units all differ.
inline constexpr std::string_view kTargetText =
    "Leaders meet in Almaty\n"
    "\n"
    "\u201cWe will not allow the situation to be destabilised,\u201d Vladimir Putin said on Monday. "
    "The Russian leader spoke after Kassym-Jomart Tokayev asked the CSTO for help.\n"
    "\n"
    "Tokayev said order had been restored in Almaty \U0001F1F0\U0001F1FF. \u00abМы справимся\u00bb, "
    "\u2014 сказал Токаев.\n";

// brat records for kTargetText, each a phrase found in the text (offsets computed, so they stay right).
inline std::string target_ann() {
  const std::string_view t = kTargetText;
  const auto cp = [&](std::size_t byte) { return text::count_code_points(t.substr(0, byte)); };
  std::string ann;
  int n = 0;
  const auto tb = [&](const char* label, std::string_view phrase, std::size_t from = 0) {
    const std::size_t b = t.find(phrase, from);
    ann += "T" + std::to_string(++n) + "\t" + label + " " + std::to_string(cp(b)) + " " +
           std::to_string(cp(b + phrase.size())) + "\t" + std::string(phrase) + "\n";
    return b;
  };
  tb("PERSON", "Vladimir Putin");                                            // T1
  tb("PERSON", "The Russian leader");                                        // T2
  tb("PERSON", "Kassym-Jomart Tokayev");                                     // T3
  tb("ORG", "CSTO");                                                         // T4
  tb("PERSON", "Tokayev", t.find("\n\nTokayev"));                            // T5
  tb("LOC", "Almaty", t.find("restored"));                                   // T6
  tb("Quote", "\u201cWe will not allow the situation to be destabilised,\u201d");  // T7
  tb("Cue", "said");                                                         // T8
  tb("Quote", "order had been restored in Almaty");                          // T9
  tb("Quote", "\u00abМы справимся\u00bb");                                   // T10
  tb("PERSON", "Токаев");                                                    // T11
  ann += "A1\tQuoteKind T7 direct\nA2\tQuoteKind T9 indirect\nA3\tQuoteKind T10 direct\n";
  ann += "R1\tSpeaker Arg1:T7 Arg2:T1\nR2\tCue Arg1:T7 Arg2:T8\nR3\tSpeaker Arg1:T9 Arg2:T5\nR4\tSpeaker Arg1:T10 Arg2:T11\n";
  ann += "*\tEquiv T1 T2\n*\tEquiv T3 T5 T11\n";
  ann += "#1\tAnnotatorNotes T4\tCollective Security Treaty Organization\n";
  return ann;
}

// The target document (article + annotations), built once.
inline const formats::Loaded& target_document() {
  static const formats::Loaded doc = [] {
    std::vector<formats::Loaded> docs = formats::load_documents(target_ann(), "target.ann", {}, kTargetText);
    return docs.empty() ? formats::Loaded{} : std::move(docs.front());
  }();
  return doc;
}
inline const article::Article* target_article() {
  const formats::Loaded& d = target_document();
  return d.article ? &*d.article : nullptr;
}

namespace detail {

inline std::string check_article(const article::Article& a) {
  const std::size_t n = a.text.code_points();
  const auto in = [n](const article::Span& s) { return s.begin <= s.end && s.end <= n; };
  if (!in(a.title_span)) return "title span out of the text";
  for (const auto& p : a.paragraphs)
    if (!in(p)) return "paragraph out of the text";
  for (const auto& s : a.sentences)
    if (!in(s)) return "sentence out of the text";
  if (!text::check_utf8(a.text.view()).valid) return "article text is not valid UTF-8";
  return {};
}

// Whatever was read without problems is written back in every format (the writers see odd but accepted
// input), and the bundle (lossless) must read back as the same annotations.
inline std::string exercise(const std::vector<formats::Loaded>& docs) {
  for (const auto& l : docs) {
    if (!l.ok() || !l.article) continue;
    if (std::string e = check_article(*l.article); !e.empty()) return e;
    for (const auto& f : formats::all_formats())
      if (f.writes) (void)formats::export_document(f.name, *l.article, l.set);
    const formats::Exported bundle = formats::export_document("bundle", *l.article, l.set);
    if (!bundle.ok() || bundle.files.empty()) return "the bundle cannot be written";
    const std::vector<formats::Loaded> back = formats::load_documents(bundle.files[0].content, "back.glossa.json", {});
    if (back.size() != 1 || !back[0].ok()) return "the bundle written does not read back: " + (back.empty() ? "" : back[0].error());
    const annotate::AnnotationSet& b = back[0].set;
    if (!back[0].article || back[0].article->id != l.article->id) return "the bundle read back has another article";
    if (b.mentions.size() != l.set.mentions.size() || b.entities.size() != l.set.entities.size() ||
        b.quotes.size() != l.set.quotes.size() || b.notes.size() != l.set.notes.size())
      return "the bundle read back has other annotations";
  }
  return {};
}

inline std::string load(std::string_view data, const std::string& name, const article::Article* target,
                        bool reanchor, std::optional<std::string_view> txt = std::nullopt) {
  formats::ImportOptions opts;
  opts.target = target;
  opts.reanchor = reanchor;
  return exercise(formats::load_documents(data, name, opts, txt));
}

inline std::string offset_index(std::string_view data) {
  const text::Utf8Check c = text::check_utf8(data);
  const std::string_view valid = c.valid ? data : data.substr(0, c.first_bad_byte);
  const text::IndexedText t{std::string(valid)};
  if (t.bytes() != valid.size()) return "bytes() differs from the input size";
  if (t.code_points() != text::count_code_points(valid)) return "code_points() differs from count_code_points";
  // Walk the text once, checking each code point's byte and UTF-16 offsets both ways.
  std::size_t byte = 0, u16 = 0, k = 0;
  while (byte < valid.size()) {
    if (t.byte_of(k) != byte) return "byte_of(" + std::to_string(k) + ") wrong";
    if (t.utf16_of(k) != u16) return "utf16_of(" + std::to_string(k) + ") wrong";
    const std::size_t len = text::utf8_sequence_length(valid, byte);
    if (len == 0) return "valid text has an invalid sequence";
    for (std::size_t j = 0; j < len; ++j)
      if (t.cp_of_byte(byte + j) != k) return "cp_of_byte(" + std::to_string(byte + j) + ") wrong";
    const std::size_t units = len == 4 ? 2 : 1;
    for (std::size_t j = 0; j < units; ++j)
      if (t.cp_of_utf16(u16 + j) != k) return "cp_of_utf16(" + std::to_string(u16 + j) + ") wrong";
    if (t.slice(k, k + 1) != valid.substr(byte, len)) return "slice of one code point wrong";
    byte += len;
    u16 += units;
    ++k;
  }
  if (k != t.code_points() || u16 != t.utf16_units()) return "code point or UTF-16 count wrong";
  // Past the end clamps to the end.
  if (t.byte_of(k) != valid.size() || t.byte_of(k + 1000) != valid.size()) return "byte_of past the end";
  if (t.utf16_of(k + 7) != u16 || t.cp_of_byte(byte + 3) != k || t.cp_of_utf16(u16 + 5) != k) return "clamping wrong";
  if (t.slice(0, k) != valid || !t.slice(k, k + 3).empty() || !t.slice(5, 2).empty()) return "slice wrong";
  return {};
}

// json::Tree reads Glossa's own files in place of nlohmann's parser: it must agree with it on every input.
inline std::string json_tree(std::string_view data) {
  json::Tree t;
  const bool mine = t.parse(data);
  const json::Parsed theirs = json::parse(data);
  if (mine != theirs.ok) return mine ? "json::Tree accepts what nlohmann refuses" : "json::Tree refuses what nlohmann accepts";
  if (!mine) return {};
  const auto dump = [](const nlohmann::ordered_json& j) { return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace); };
  if (dump(t.root().to_nlohmann()) != dump(theirs.value)) return "json::Tree reads other values than nlohmann";
  return {};
}

// The suggestions for any text: spans non-empty and inside it, quotes and entities in text order,
// confidences in (0, 1], and the JSON written.
inline std::string suggest(std::string_view data) {
  const article::ReadResult r = article::read_article_file(data, "fuzz.txt");
  for (const auto& a : r.articles) {
    const suggest::Suggestions s = suggest::suggest(a);
    const std::size_t n = a.text.code_points();
    const auto in = [n](const article::Span& x) { return x.begin < x.end && x.end <= n; };
    const auto sure = [](double c) { return c > 0 && c <= 1; };
    for (std::size_t i = 0; i < s.quotes.size(); ++i) {
      const auto& q = s.quotes[i];
      if (!in(q.span) || (q.cue && !in(*q.cue)) || (q.speaker && !in(*q.speaker))) return "a quote's span, cue or speaker out of the text";
      if (!sure(q.confidence)) return "a quote's confidence out of (0, 1]";
      if (i > 0 && s.quotes[i - 1].span.begin > q.span.begin) return "quotes out of order";
    }
    for (std::size_t i = 0; i < s.entities.size(); ++i) {
      const auto& e = s.entities[i];
      if (!in(e.span) || e.type.empty()) return "an entity out of the text or without a type";
      if (!sure(e.confidence)) return "an entity's confidence out of (0, 1]";
      if (i > 0 && s.entities[i - 1].span.begin > e.span.begin) return "entities out of order";
    }
    (void)suggest::suggestions_to_json(a, s).dump();
  }
  return {};
}

}  // namespace detail

inline const std::vector<std::string>& target_names() {
  static const std::vector<std::string> names = {
      "article_txt", "article_md", "article_html", "article_json", "article_jsonl", "native", "w3c",
      "brat",        "brat_pair",  "label_studio", "workspace",    "offset_index", "json_tree", "suggest"};
  return names;
}

// Runs one target on one input: "" when fine, else what was found wrong.
inline std::string run_target(const std::string& target, std::string_view data) {
  using detail::load;
  if (target.rfind("article_", 0) == 0) {
    const std::string name = "fuzz." + target.substr(8);
    const article::ReadResult r = article::read_article_file(data, name);
    if (!r.ok() && !r.articles.empty()) return "an error and articles";
    for (const auto& a : r.articles)
      if (std::string e = detail::check_article(a); !e.empty()) return e;
    return {};
  }
  const article::Article* target_a = target_article();
  if (!target_a) return "the target article does not load";
  if (target == "native" || target == "w3c" || target == "brat") {
    const std::string name = target == "native" ? "fuzz.glossa.json" : target == "w3c" ? "fuzz.jsonld" : "fuzz.ann";
    if (std::string e = load(data, name, target_a, false); !e.empty()) return e;
    return load(data, name, target_a, true);  // made for another text: re-anchored
  }
  if (target == "brat_pair") {
    const std::size_t sep = data.find('\0');
    const std::string_view txt = sep == std::string_view::npos ? std::string_view() : data.substr(0, sep);
    const std::string_view ann = sep == std::string_view::npos ? data : data.substr(sep + 1);
    return load(ann, "fuzz.ann", nullptr, false, txt);
  }
  if (target == "label_studio") {
    if (std::string e = load(data, "fuzz.label-studio.json", nullptr, false); !e.empty()) return e;
    return load(data, "fuzz.label-studio.json", target_a, true);
  }
  if (target == "workspace") {
    const formats::Workspace w = formats::read_workspace(data);
    if (!w.ok() && !w.documents.empty()) return "a workspace error and documents";
    return detail::exercise(w.documents);
  }
  if (target == "offset_index") return detail::offset_index(data);
  if (target == "json_tree") return detail::json_tree(data);
  if (target == "suggest") return detail::suggest(data);
  return "unknown fuzz target " + target;
}

}  // namespace glossa::fuzz
