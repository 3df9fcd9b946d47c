#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "annotated_sample.h"
#include "core/article/reader.h"
#include "core/formats/label_studio.h"
#include "core/formats/registry.h"
#include "format_compare.h"

using namespace glossa;
using namespace glossa::annotate;

namespace {

// The result items of the file's first task's first annotation.
nlohmann::json results_of(const std::string& file) { return nlohmann::json::parse(file)[0]["annotations"][0]["result"]; }

const nlohmann::json* result_with(const nlohmann::json& results, const std::string& id, const std::string& type) {
  for (const auto& r : results)
    if (r.value("id", "") == id && r.value("type", "") == type) return &r;
  return nullptr;
}

bool has_warning(const formats::Loaded& l, const std::string& part) {
  return std::any_of(l.warnings.begin(), l.warnings.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

// One task with text and these result items, as Label Studio exports it.
std::string task(const std::string& text, const std::string& results) {
  return R"([{"id": 3, "data": {"text": )" + nlohmann::json(text).dump() + R"(}, "annotations": [{"id": 11, "result": [)" + results + "]}]}]";
}

std::string first_problem(std::string_view bytes) {
  const formats::Loaded l = formats::read_label_studio(bytes);
  return l.problems.empty() ? "(no problem)" : l.problems.front();
}

}  // namespace

TEST_CASE("Label Studio export: labels regions, per-region kind, entity and note, relations for speaker, cue and entity") {
  const auto x = test::annotated_seed();
  std::vector<std::string> warnings;
  const std::string file = formats::write_label_studio(x.article, x.set, &warnings);
  CHECK(warnings.empty());
  const auto doc = nlohmann::json::parse(file);
  REQUIRE(doc.is_array());
  REQUIRE(doc.size() == 1);
  CHECK(doc[0]["data"]["text"] == x.article.text.str());
  CHECK(doc[0]["data"]["glossa_article_id"] == x.article.id);
  CHECK(doc[0]["data"]["title"] == x.article.title);
  CHECK(doc[0]["annotations"][0]["created_at"] == "2026-11-25T10:00:00Z");
  const auto& results = doc[0]["annotations"][0]["result"];

  const Mention& putin = *x.set.mention("m1");
  const auto* m1 = result_with(results, "m1", "labels");
  REQUIRE(m1);
  CHECK((*m1)["from_name"] == "label");
  CHECK((*m1)["to_name"] == "text");
  CHECK((*m1)["origin"] == "manual");
  CHECK((*m1)["value"]["labels"] == nlohmann::json::array({"PERSON"}));
  CHECK((*m1)["value"]["text"] == "Vladimir Putin");
  CHECK((*m1)["value"]["start"] == x.article.text.utf16_of(putin.span.begin));
  const auto* entity = result_with(results, "m1", "textarea");
  REQUIRE(entity);
  CHECK((*entity)["from_name"] == "entity");
  CHECK((*entity)["value"]["text"] == nlohmann::json::array({"Vladimir Putin"}));

  const auto* q1 = result_with(results, "q1", "labels");
  REQUIRE(q1);
  CHECK((*q1)["value"]["labels"] == nlohmann::json::array({"Quote"}));
  const auto* kind = result_with(results, "q1", "choices");
  REQUIRE(kind);
  CHECK((*kind)["from_name"] == "kind");
  CHECK((*kind)["value"]["choices"] == nlohmann::json::array({"direct"}));
  const auto* note = result_with(results, "q1", "textarea");
  REQUIRE(note);
  CHECK((*note)["from_name"] == "note");
  CHECK((*note)["value"]["text"][0] == "Speaker named in the previous paragraph; “leader” = Putin");
  const auto* cue = result_with(results, "q1_cue", "labels");
  REQUIRE(cue);
  CHECK((*cue)["value"]["labels"] == nlohmann::json::array({"Cue"}));
  CHECK((*cue)["value"]["text"] == "said");

  std::vector<std::string> relations;
  for (const auto& r : results)
    if (r["type"] == "relation") {
      CHECK(r["direction"] == "right");
      relations.push_back(r["from_id"].get<std::string>() + " " + r["labels"][0].get<std::string>() + " " + r["to_id"].get<std::string>());
    }
  std::sort(relations.begin(), relations.end());
  CHECK(relations == std::vector<std::string>{"m2 same-entity m1", "q1 cue q1_cue", "q1 speaker m2"});

  const std::string config = formats::label_studio_config(x.set.types);
  CHECK(config.find(R"(<Labels name="label" toName="text">)") != std::string::npos);
  CHECK(config.find(R"(<Label value="PERSON" background="#3b7dd8"/>)") != std::string::npos);
  CHECK(config.find(R"(<Label value="Quote")") != std::string::npos);
  CHECK(config.find(R"(<Text name="text" value="$text"/>)") != std::string::npos);
  CHECK(config.find(R"(<Relation value="same-entity"/>)") != std::string::npos);
  CHECK(config.find(R"(<Choices name="kind" toName="text" perRegion="true")") != std::string::npos);
  CHECK(config.find(R"(<TextArea name="entity" toName="text" perRegion="true")") != std::string::npos);
}

TEST_CASE("Label Studio round trip gives the same annotations, Cyrillic and emoji included (offsets in UTF-16 units)") {
  const auto x = test::annotated_seed();
  const formats::Loaded l = formats::read_label_studio(formats::write_label_studio(x.article, x.set));
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.article);
  CHECK(l.article->text.str() == x.article.text.str());
  CHECK(l.article->id == x.article.id);
  CHECK(l.article->title == x.article.title);
  test::check_same_content(l.set, x.set);
  CHECK(l.set.mention("m1")->prov.created == "2026-11-25T10:00:00Z");
  CHECK(l.set.mention("m1")->prov.origin == "imported");
  // Onto the open article: the same text, bound to it.
  formats::ImportOptions opts;
  opts.target = &x.article;
  const formats::Loaded onto = formats::read_label_studio(formats::write_label_studio(x.article, x.set), opts);
  REQUIRE_MESSAGE(onto.ok(), onto.error());
  CHECK(onto.set.article_id() == x.article.id);
  test::check_same_content(onto.set, x.set);

  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  const auto m = ed.add_mention(test::find(a, "Путин", 1), "PERSON");
  const auto q = ed.add_quote(test::find(a, "“Мы не допустим 😀 этого,”"), QuoteKind::Mixed);
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  REQUIRE(ed.set_cue(q.id, test::find(a, "сказал")).ok);
  const auto thumbs = ed.add_mention(test::find(a, "👍🏽"), "MISC");
  REQUIRE(ed.merge_into_entity(thumbs.id, m.id, "Путин").ok);  // odd, but an entity across an emoji
  REQUIRE(ed.add_note(thumbs.id, std::nullopt, "эмодзи").ok);
  REQUIRE(ed.add_note("", test::find(a, "«лидер»"), "кто?").ok);
  const std::string file = formats::write_label_studio(a, s);
  // Label Studio counts UTF-16 units: the emoji before it make "👍🏽" start later than its code point, and
  // the thumbs-up with its skin tone is 2 code points but 4 UTF-16 units.
  const nlohmann::json results = results_of(file);
  const auto* r = result_with(results, thumbs.id, "labels");
  REQUIRE(r);
  const Span cp = s.mention(thumbs.id)->span;
  CHECK(cp.end - cp.begin == 2);
  CHECK((*r)["value"]["end"].get<std::size_t>() - (*r)["value"]["start"].get<std::size_t>() == 4);
  CHECK((*r)["value"]["start"].get<std::size_t>() == cp.begin + 2);  // two 😀 before it, one unit more each
  CHECK((*r)["value"]["text"] == "👍🏽");
  const formats::Loaded l2 = formats::read_label_studio(file);
  REQUIRE_MESSAGE(l2.ok(), l2.error());
  CHECK(l2.article->id == a.id);
  test::check_same_content(l2.set, s);
}

TEST_CASE("Label Studio import of a task as Label Studio writes it: random ids, per-region results, unknown labels") {
  // Offsets in UTF-16 units: "😀" is two of them, so the second "Putin" is 63..68 (code points 62..67).
  const std::string text = "Vladimir Putin said “We will not allow it” to CSTO leaders. 😀 Putin smiled.";
  const std::string file = R"([{
    "id": 42, "data": {"text": )" + nlohmann::json(text).dump() + R"(, "title": "Summit"},
    "annotations": [{
      "id": 7, "completed_by": {"id": 1, "email": "ann@example.org"}, "was_cancelled": false, "ground_truth": false,
      "created_at": "2024-03-01T10:00:00.123456Z", "updated_at": "2024-03-01T10:05:00.000000Z", "lead_time": 12.5,
      "result": [
        {"value": {"start": 0, "end": 14, "text": "Vladimir Putin", "labels": ["PERSON"]}, "id": "wJ9kd1",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
        {"value": {"start": 63, "end": 68, "text": "Putin", "labels": ["Person"]}, "id": "Xy-7_a",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
        {"value": {"start": 20, "end": 42, "text": "“We will not allow it”", "choices": ["Direct"]}, "id": "Hq2_xP",
         "from_name": "kind", "to_name": "text", "type": "choices", "origin": "manual"},
        {"value": {"start": 20, "end": 42, "text": "“We will not allow it”", "labels": ["Quote"]}, "id": "Hq2_xP",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
        {"value": {"start": 15, "end": 19, "labels": ["cue"]}, "id": "c0Ue-1",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
        {"from_id": "Hq2_xP", "to_id": "wJ9kd1", "type": "relation", "direction": "right", "labels": ["speaker"]},
        {"from_id": "c0Ue-1", "to_id": "Hq2_xP", "type": "relation", "direction": "left", "labels": []},
        {"from_id": "Xy-7_a", "to_id": "wJ9kd1", "type": "relation", "direction": "bi", "labels": ["same-entity"]},
        {"value": {"start": 46, "end": 50, "text": "CSTO", "labels": ["Organization"]}, "id": "8aB3kL",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
         "meta": {"text": ["Collective Security Treaty Organization"]}},
        {"value": {"start": 20, "end": 42, "text": ["check the translation"]}, "id": "Hq2_xP",
         "from_name": "comment", "to_name": "text", "type": "textarea", "origin": "manual"},
        {"value": {"choices": ["Politics"]}, "id": "doc-1", "from_name": "topic", "to_name": "text", "type": "choices", "origin": "manual"},
        {"value": {"start": 51, "end": 58, "text": "leaders", "labels": ["Group Name"]}, "id": "gN1",
         "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"},
        {"from_id": "8aB3kL", "to_id": "gN1", "type": "relation", "direction": "right", "labels": ["member-of"]},
        {"value": {"rating": 4}, "id": "rt1", "from_name": "quality", "to_name": "text", "type": "rating", "origin": "manual"}
      ]},
      {"id": 8, "result": [], "was_cancelled": false}],
    "predictions": [{"model_version": "ner-v1", "result": []}]
  }])";
  const formats::Loaded l = formats::read_label_studio(file);
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.article);
  CHECK(l.article->text.str() == text);
  CHECK(l.article->id == article::text_hash(text));
  CHECK(l.article->title == "Summit");
  const auto& s = l.set;
  CHECK(s.problems().empty());
  REQUIRE(s.mentions.size() == 4);
  const Mention* putin = s.mention("wJ9kd1");
  const Mention* putin2 = s.mention("Xy-7_a");
  REQUIRE(putin);
  REQUIRE(putin2);
  CHECK(putin->span == Span{0, 14});
  CHECK(putin2->span == Span{62, 67});
  CHECK(l.article->text.slice(putin2->span.begin, putin2->span.end) == "Putin");
  CHECK(putin2->type == "PERSON");  // "Person" is PERSON's label
  CHECK(putin->prov.author == "ann@example.org");
  CHECK(putin->prov.created == "2024-03-01T10:00:00.123456Z");
  REQUIRE(!putin->entity.empty());
  CHECK(putin->entity == putin2->entity);
  CHECK(s.entity(putin->entity)->name == "Vladimir Putin");
  CHECK(s.mention("8aB3kL")->type == "ORG");
  REQUIRE(s.mention("gN1"));
  CHECK(s.mention("gN1")->type == "Group_Name");
  REQUIRE(s.types.find("Group_Name"));
  CHECK(s.types.find("Group_Name")->label == "Group Name");
  const Quote* q = s.quote("Hq2_xP");
  REQUIRE(q);
  CHECK(q->span == Span{20, 42});
  CHECK(q->kind == QuoteKind::Direct);
  CHECK(q->speaker == "wJ9kd1");
  CHECK(q->cue == Span{15, 19});
  REQUIRE(s.notes.size() == 2);
  std::map<std::string, std::string> notes;
  for (const auto& [id, n] : s.notes) notes[n.target] = n.text;
  CHECK(notes["8aB3kL"] == "Collective Security Treaty Organization");
  CHECK(notes["Hq2_xP"] == "check the translation");
  // Said, not silently dropped.
  CHECK(has_warning(l, "tasks[0].annotations: 1 other annotation not read"));
  CHECK(has_warning(l, "tasks[0].predictions: 1 prediction not read"));
  CHECK(has_warning(l, "result[10]: a choices about the whole task (from_name \"topic\")"));
  CHECK(has_warning(l, "result[11].value.labels: \"Group Name\" is not one of this workspace's types: added as type Group_Name"));
  CHECK(has_warning(l, "result[12]: relation \"member-of\": not modelled, kept for export"));
  CHECK(has_warning(l, "result[13]: a \"rating\" result is not read"));
  CHECK(s.foreign.size() == 3);
  // What Glossa does not model goes back out on export, linked to the same regions.
  const auto out = results_of(formats::write_label_studio(*l.article, s));
  bool member_of = false, topic = false;
  for (const auto& r : out) {
    member_of = member_of || (r["type"] == "relation" && r["labels"][0] == "member-of" && r["from_id"] == "8aB3kL" && r["to_id"] == "gN1");
    topic = topic || (r["type"] == "choices" && r["from_name"] == "topic");
  }
  CHECK(member_of);
  CHECK(topic);
}

TEST_CASE("Label Studio: the task of the open article is chosen, every task can be read, another text is refused") {
  const std::string one = task("Putin met Tokayev.", R"({"value": {"start": 0, "end": 5, "labels": ["PERSON"]}, "id": "a", "type": "labels"})");
  const std::string two = task("Tokayev met Putin.", R"({"value": {"start": 12, "end": 17, "labels": ["PERSON"]}, "id": "b", "type": "labels"})");
  const std::string both = "[" + one.substr(1, one.size() - 2) + ", " + two.substr(1, two.size() - 2) + "]";
  const auto target = article::read_verbatim("Tokayev met Putin.", "t.txt");
  REQUIRE(target.ok());
  formats::ImportOptions opts;
  opts.target = &target.articles[0];
  const formats::Loaded l = formats::read_label_studio(both, opts);
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.set.mentions.size() == 1);
  CHECK(l.set.mentions.begin()->first == "b");
  CHECK(l.set.article_id() == target.articles[0].id);

  const formats::Loaded first = formats::read_label_studio(both);
  REQUIRE(first.ok());
  CHECK(first.set.mention("a"));
  CHECK(has_warning(first, "the file has 2 tasks: the first was read"));

  const auto all = formats::read_label_studio_tasks(both, "export.json");
  REQUIRE(all.size() == 2);
  CHECK(all[0].ok());
  CHECK(all[1].ok());
  CHECK(all[0].article->source == "export.json#1");
  CHECK(all[1].article->text.str() == "Tokayev met Putin.");
  CHECK(all[1].set.mention("b"));

  const formats::Loaded refused = formats::read_label_studio(one, opts);
  CHECK_FALSE(refused.ok());
  CHECK(refused.error().rfind("this file was made for a different text", 0) == 0);
  opts.reanchor = true;
  const formats::Loaded moved = formats::read_label_studio(one, opts);
  REQUIRE_MESSAGE(moved.ok(), moved.error());
  CHECK(moved.set.mention("a")->span == Span{12, 17});  // "Putin" found again in the open text
}

TEST_CASE("Label Studio: bad input says what is wrong and where, and never crashes") {
  CHECK(first_problem(R"([{"data": {"text": "abc"})").rfind("truncated JSON at byte", 0) == 0);
  CHECK(first_problem("{\"data\": ").rfind("truncated JSON at byte", 0) == 0);
  CHECK(first_problem("not json").rfind("invalid JSON at byte ", 0) == 0);
  CHECK(first_problem(R"({"hello": 1})") == R"(not a Label Studio export: expected a JSON array of tasks, or one task with "data")");
  CHECK(first_problem("42") == R"(not a Label Studio export: expected a JSON array of tasks, or one task with "data")");
  CHECK(first_problem("[]") == "no tasks in the file (an empty JSON array)");
  CHECK(first_problem("[42]") == R"(tasks[0]: expected a task object (with "data" and "annotations"))");
  CHECK(first_problem(R"([{"data": {}}])") == "tasks[0].data.text: missing (Glossa reads the task's text from data.text)");
  CHECK(first_problem(R"([{"data": {"text": 5}}])") == "tasks[0].data.text: expected a string, found number");
  CHECK(first_problem(R"([{"data": {"text": "x"}, "annotations": {}}])") == "tasks[0].annotations: expected an array, found object");
  CHECK(first_problem(R"([{"data": {"text": "x"}, "annotations": [{"result": {}}]}])") ==
        "tasks[0].annotations[0].result: expected an array, found object");

  const std::string text = "Putin met CSTO.";
  const auto labels = [](const std::string& value, const std::string& id = "a") {
    return R"({"value": )" + value + R"(, "id": ")" + id + R"(", "from_name": "label", "to_name": "text", "type": "labels"})";
  };
  CHECK(first_problem(task(text, labels(R"({"start": 0, "end": 9000, "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value.end: 9000 is past the end of the task's text (15 UTF-16 units)");
  CHECK(first_problem(task(text, labels(R"({"start": 5, "end": 2, "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value: start 5 is not before end 2 (an empty or reversed region)");
  CHECK(first_problem(task(text, labels(R"({"start": -1, "end": 2, "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value.start: expected a non-negative integer, found -1");
  CHECK(first_problem(task(text, labels(R"({"start": "0", "end": 2, "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value.start: expected a non-negative integer, found \"0\"");
  CHECK(first_problem(task(text, labels(R"({"end": 2, "labels": ["PERSON"]})"))) == "tasks[0].annotations[0].result[0].value.start: missing");
  CHECK(first_problem(task(text, labels(R"({"start": 0, "end": 5, "text": "Putln", "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value.text: \"Putln\" is not the task's text at 0..5 (UTF-16 units), which is \"Putin\"");
  CHECK(first_problem(task("😀 Putin", labels(R"({"start": 1, "end": 8, "labels": ["PERSON"]})"))) ==
        "tasks[0].annotations[0].result[0].value.start: 1 falls between the two UTF-16 units of one character (a surrogate pair: an emoji "
        "or another character beyond U+FFFF)");
  // Offsets counted in code points instead of UTF-16 units are caught by the region's text.
  CHECK(first_problem(task("😀 Putin", labels(R"({"start": 2, "end": 7, "text": "Putin", "labels": ["PERSON"]})")))
            .find("value.text: \"Putin\" is not the task's text at 2..7 (UTF-16 units), which is \" Puti\"") != std::string::npos);
  CHECK(first_problem(task(text, labels(R"({"start": 0, "end": 5, "labels": ["PERSON"]})") + R"(,
        {"from_id": "a", "to_id": "nope", "type": "relation", "direction": "right", "labels": ["speaker"]})")) ==
        "tasks[0].annotations[0].result[1].to_id: \"nope\" is not a region of this annotation");
  CHECK(first_problem(task(text, labels(R"({"start": 0, "end": 5, "labels": ["Quote"]})") + R"(,
        {"value": {"start": 0, "end": 5, "choices": ["quoted"]}, "id": "a", "from_name": "kind", "type": "choices"})")) ==
        "tasks[0].annotations[0].result[1].value.choices: \"quoted\" is not a quote kind (direct, indirect or mixed)");
  CHECK(first_problem(task(text, labels(R"({"start": 0, "end": 5, "labels": ["PERSON"]})") + "," +
                                     labels(R"({"start": 10, "end": 14, "labels": ["ORG"]})"))) ==
        "tasks[0].annotations[0].result[1].id: \"a\" is the id of another region too (tasks[0].annotations[0].result[0])");
  CHECK(first_problem(task(text, "[1]")) == "tasks[0].annotations[0].result[0]: expected an object, found array");
  CHECK(first_problem(task(text, R"({"value": {"start": 0, "end": 5, "labels": ["PERSON"]}})")) ==
        "tasks[0].annotations[0].result[0].type: missing");
  // One task object instead of a list.
  const std::string single = R"({"data": {"text": "Putin"}, "annotations": [{"result": [)" +
                             labels(R"({"start": 0, "end": 6, "labels": ["PERSON"]})") + "]}]}";
  CHECK(first_problem(single) == "task.annotations[0].result[0].value.end: 6 is past the end of the task's text (5 UTF-16 units)");
  // Every problem is reported, not only the first.
  const formats::Loaded many = formats::read_label_studio(task(text, labels(R"({"start": 0, "end": 99, "labels": ["PERSON"]})", "a") + "," +
                                                                     labels(R"({"start": 0, "end": 98, "labels": ["PERSON"]})", "b")));
  CHECK(many.problems.size() == 2);
  // Lenient where nothing is lost: a region without a label, and relations to it, are skipped with a warning.
  const formats::Loaded skipped = formats::read_label_studio(task(text, labels(R"({"start": 0, "end": 5, "labels": []})") + R"(,
        {"from_id": "a", "to_id": "a", "type": "relation"})"));
  REQUIRE_MESSAGE(skipped.ok(), skipped.error());
  CHECK(skipped.set.mentions.empty());
  CHECK(has_warning(skipped, "result[0]: a region without a label: not read"));
  CHECK(has_warning(skipped, "result[1]: links a region that was not read"));
}

TEST_CASE("Label Studio: a task whose text is longer than the part of a file sniffed first still opens as Label Studio") {
  std::string text;
  while (text.size() < 20000) text += "Putin met Tokayev in Moscow on Monday. ";
  const auto read = article::read_verbatim(text, "long.txt");
  REQUIRE(read.ok());
  const article::Article& a = read.articles[0];
  annotate::AnnotationSet s(a.id, a.text.code_points());
  s.mentions["m1"] = annotate::Mention{"m1", {10, 17}, "PERSON", "", {}, {}};
  const std::string file = formats::write_label_studio(a, s);
  REQUIRE(file.find("\"annotations\"") > 4096);  // after the text: not in the head
  CHECK(formats::detect_file_kind("long.label-studio.json", file) == "label-studio");
  const auto docs = formats::load_documents(file, "long.label-studio.json", {});
  REQUIRE(docs.size() == 1);
  REQUIRE_MESSAGE(docs[0].ok(), docs[0].error());
  REQUIRE(docs[0].article);
  CHECK(docs[0].article->id == a.id);
  CHECK(docs[0].set.mention("m1"));
  // A scraper's JSON article with a "data" field and no task keys is still an article.
  CHECK(formats::detect_file_kind("a.json", R"({"data": {"title": "T"}, "text": ")" + text + "\"}") == "article");
  // Nor is an article feed whose "data" is not an object, whatever words follow.
  CHECK(formats::detect_file_kind("a.json", R"({"data": "x", "text": ")" + text + R"(", "annotations": []})") == "article");
}
