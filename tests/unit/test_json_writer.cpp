#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "annotated_sample.h"
#include "core/annotate/editor.h"
#include "core/formats/native.h"
#include "core/formats/workspace.h"
#include "core/json/writer.h"

using namespace glossa;
using nlohmann::ordered_json;

namespace {
// What nlohmann writes for the same values: the files the writer makes must not change by a byte.
std::string canonical(const std::string& written, int indent) {
  return ordered_json::parse(written).dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}
}  // namespace

TEST_CASE("json writer: nested values, empty containers and escapes as nlohmann writes them, compact and indented") {
  const std::string tricky = std::string("quote \" backslash \\ tab \t line\n cr\r bell\x07 nul") + std::string(1, '\0') +
                             " del\x7f slash / Путин 😀 “curly” \x1f end";
  for (const int indent : {-1, 1, 2}) {
    CAPTURE(indent);
    std::string out;
    json::Writer w(out, indent);
    w.begin_object();
    w.field("text", tricky).field("n", std::size_t{42}).field("neg", -7).field("yes", true).field("no", false);
    w.key("nothing").null();
    w.key("empty_array").begin_array().end_array();
    w.key("empty_object").begin_object().end_object();
    w.key("list").begin_array().value(1).value("two").begin_array().value(3).end_array().begin_object().field("k", "v").end_object().null().end_array();
    w.field("dom", ordered_json{{"b", 1}, {"a", ordered_json::array({1, ordered_json::object(), "x"})}});
    w.key(tricky).value("key escaped too");
    w.end_object();
    CHECK(out == canonical(out, indent));
    CHECK(ordered_json::parse(out)["text"] == tricky);
  }
}

TEST_CASE("json writer: a byte that starts no valid UTF-8 sequence becomes U+FFFD, the rest is kept") {
  std::string out;
  json::append_string(out, std::string("a\xff") + "b\xc3(" + "é");
  CHECK(out == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD(é\"");
}

TEST_CASE("Glossa's files written by the json writer are byte for byte what nlohmann's dump gives") {
  const auto x = test::annotated_seed();
  for (const bool bundle : {true, false}) {
    CAPTURE(bundle);
    const std::string file = formats::write_native(x.article, x.set, bundle);
    REQUIRE(!file.empty());
    CHECK(file.back() == '\n');
    CHECK(file == canonical(file, 1) + "\n");
  }
  const article::Article a = test::emoji_article();
  annotate::AnnotationSet s(a.id, a.text.code_points());
  const std::string empty = formats::write_native(a, s, false);
  CHECK(empty == canonical(empty, 1) + "\n");
  CHECK(empty.find("\"mentions\": [],") != std::string::npos);
}

TEST_CASE("the workspace written by the json writer is byte for byte what nlohmann's dump gives") {
  const auto x = test::annotated_seed();
  const article::Article e = test::emoji_article();
  annotate::AnnotationSet edited(e.id, e.text.code_points());
  annotate::Editor ed(edited, [] { return std::string("2026-12-02T10:00:00Z"); });
  REQUIRE(ed.add_mention(test::find(e, "Путин", 1), "PERSON").ok);
  const ordered_json state = {{"suggestions", {{"shown", true}, {"rejected", ordered_json::array()}}}};
  const ordered_json settings = {{"theme", "dark"}, {"text_scale", 1.25}};
  formats::WorkspaceDocument first{&x.article, &x.set, nullptr, true, &state};
  formats::WorkspaceDocument second{&e, &edited, &ed, false};
  const std::string apart_kept = formats::write_workspace({first}, 0, {});
  const std::string saved = formats::write_workspace({first, second}, 1, settings, {"{\"article\": \"k\", \"annotations\": \"{}\"}", "not json \"\n"}, {state});
  CHECK(saved == canonical(saved, -1));
  CHECK(saved.find("\"histories\":[null,{") != std::string::npos);
  CHECK(saved.find("\"states\":[") != std::string::npos);
  CHECK(apart_kept == canonical(apart_kept, -1));
}
