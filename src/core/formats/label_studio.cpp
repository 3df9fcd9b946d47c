#include "core/formats/label_studio.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/article/reader.h"
#include "core/formats/json_fields.h"
#include "core/json/parse.h"
#include "core/text/decode.h"

namespace glossa::formats {

using nlohmann::ordered_json;
using namespace annotate;

namespace {

// The names of the labeling config (label_studio_config) that every result refers to.
constexpr const char* kLabels = "label";        // <Labels name="label">
constexpr const char* kTextObject = "text";     // <Text name="text" value="$text">
constexpr const char* kKindChoices = "kind";    // per-region <Choices name="kind">
constexpr const char* kEntityArea = "entity";   // per-region <TextArea name="entity">: the entity's name
constexpr const char* kNoteArea = "note";       // per-region <TextArea name="note">
constexpr const char* kEntityNoteArea = "entity_note";
constexpr const char* kQuoteLabel = "Quote";
constexpr const char* kCueLabel = "Cue";
constexpr const char* kNoteLabel = "Note";
constexpr const char* kSpeakerRelation = "speaker";
constexpr const char* kCueRelation = "cue";
constexpr const char* kSameEntityRelation = "same-entity";
constexpr const char* kForeign = "label-studio";

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Never throws: strings that are not UTF-8 (they cannot be: the model holds valid UTF-8) are replaced.
std::string dump(const ordered_json& j, int indent) { return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace); }

// At most 60 code points of s, for messages.
std::string clip(std::string_view s) {
  std::size_t cps = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (++cps > 60) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

// ---------------------------------------------------------------------------------------------- export

struct Writer {
  const article::Article& a;
  ordered_json result = ordered_json::array();

  ordered_json where(Span s) const { return {{"start", a.text.utf16_of(s.begin)}, {"end", a.text.utf16_of(s.end)}}; }
  static const char* origin(const Provenance& p) { return p.origin == "suggested" ? "prediction" : "manual"; }

  void item(const std::string& id, const char* from_name, const char* type, ordered_json value, const char* origin) {
    result.push_back({{"id", id}, {"from_name", from_name}, {"to_name", kTextObject}, {"type", type}, {"origin", origin},
                      {"value", std::move(value)}});
  }
  void region(const std::string& id, Span s, const std::string& label, const char* origin) {
    ordered_json v = where(s);
    v["text"] = std::string(a.text.slice(s.begin, s.end));
    v["labels"] = ordered_json::array({label});
    item(id, kLabels, "labels", std::move(v), origin);
  }
  void choice(const std::string& id, Span s, const std::string& choice, const char* origin) {
    ordered_json v = where(s);
    v["text"] = std::string(a.text.slice(s.begin, s.end));
    v["choices"] = ordered_json::array({choice});
    item(id, kKindChoices, "choices", std::move(v), origin);
  }
  void texts(const std::string& id, Span s, const char* from_name, const std::vector<std::string>& t, const char* origin) {
    ordered_json v = where(s);
    v["text"] = t;
    item(id, from_name, "textarea", std::move(v), origin);
  }
  void relation(const std::string& from, const std::string& to, const char* label) {
    result.push_back({{"from_id", from}, {"to_id", to}, {"type", "relation"}, {"direction", "right"}, {"labels", ordered_json::array({label})}});
  }
};

}  // namespace

std::string write_label_studio(const article::Article& a, const AnnotationSet& s, std::vector<std::string>* warnings) {
  const auto warn = [&](std::string m) {
    if (warnings) warnings->push_back(std::move(m));
  };
  Writer w{a};
  const auto by_entity = s.mentions_by_entity();
  const auto mentions_of = [&](const Id& e) -> const auto& { return AnnotationSet::mentions_in(by_entity, e); };
  // Notes by the region they are written on.
  std::map<Id, std::vector<std::string>> notes_on, entity_notes_on;
  std::vector<const Note*> span_notes;
  for (const auto& [id, n] : s.notes) {
    if (!n.target.empty() && s.entity(n.target)) {
      const auto& ms = mentions_of(n.target);
      if (ms.empty()) warn("note " + id + " is about entity " + n.target + ", which has no mentions: not written");
      else entity_notes_on[ms.front()->id].push_back(n.text);
    } else if (!n.target.empty()) {
      if (s.mention(n.target) || s.quote(n.target)) notes_on[n.target].push_back(n.text);
      else warn("note " + id + " is about " + n.target + ", which is not a mention, entity or quote: not written");
    } else if (n.span) {
      span_notes.push_back(&n);
    } else {
      warn("note " + id + " is about nothing (no annotation, no span): not written");
    }
  }
  std::set<std::string> ids;  // every region written
  for (const auto& [id, m] : s.mentions) ids.insert(id);
  for (const auto& [id, q] : s.quotes) ids.insert(id);
  for (const Note* n : span_notes) ids.insert(n->id);
  std::set<std::string> reserved_types;
  const auto discontinuous = [&](const Id& id, const Fragments& f) {
    if (!f.empty()) warn(id + ": a discontinuous span, written as its covering span (Label Studio regions are contiguous)");
  };

  for (const Mention* m : s.mentions_in_order()) {
    const char* o = Writer::origin(m->prov);
    w.region(m->id, m->span, m->type, o);
    discontinuous(m->id, m->fragments);
    const std::string t = lower(m->type);
    if (t == "quote" || t == "cue" || t == "note") reserved_types.insert(m->type);
    if (const Entity* e = s.entity(m->entity)) w.texts(m->id, m->span, kEntityArea, {e->name}, o);
    if (const auto it = notes_on.find(m->id); it != notes_on.end()) w.texts(m->id, m->span, kNoteArea, it->second, o);
    if (const auto it = entity_notes_on.find(m->id); it != entity_notes_on.end()) w.texts(m->id, m->span, kEntityNoteArea, it->second, o);
  }
  for (const auto& t : reserved_types)
    warn("type " + t + " has the name of a Label Studio region Glossa reads as a quote, cue or note: its mentions will not read back as mentions");
  std::vector<std::pair<Id, Id>> speakers, cues;
  for (const Quote* q : s.quotes_in_order()) {
    const char* o = Writer::origin(q->prov);
    w.region(q->id, q->span, kQuoteLabel, o);
    discontinuous(q->id, q->fragments);
    w.choice(q->id, q->span, to_string(q->kind), o);
    if (const auto it = notes_on.find(q->id); it != notes_on.end()) w.texts(q->id, q->span, kNoteArea, it->second, o);
    if (s.mention(q->speaker)) speakers.emplace_back(q->id, q->speaker);
    if (q->cue) {
      std::string cue_id = q->id + "_cue";
      for (int k = 2; ids.count(cue_id); ++k) cue_id = q->id + "_cue" + std::to_string(k);
      ids.insert(cue_id);
      w.region(cue_id, *q->cue, kCueLabel, o);
      cues.emplace_back(q->id, cue_id);
    }
  }
  for (const Note* n : span_notes) {
    const char* o = Writer::origin(n->prov);
    w.region(n->id, *n->span, kNoteLabel, o);
    w.texts(n->id, *n->span, kNoteArea, {n->text}, o);
  }
  for (const auto& [q, m] : speakers) w.relation(q, m, kSpeakerRelation);
  for (const auto& [q, c] : cues) w.relation(q, c, kCueRelation);
  for (const auto& [eid, e] : s.entities) {
    const auto& ms = mentions_of(eid);
    if (ms.empty()) warn("entity " + eid + " \"" + e.name + "\" has no mentions: not written");
    for (std::size_t k = 1; k < ms.size(); ++k) w.relation(ms[k]->id, ms.front()->id, kSameEntityRelation);
  }
  // Results kept from an imported Label Studio file, when the regions they refer to are still there.
  for (const auto& f : s.foreign) {
    if (f.format != kForeign) continue;
    const json::Parsed p = json::parse(f.record);
    if (!p.ok || !p.value.is_object()) continue;
    bool present = true;
    const auto ref = [&](const char* key) {
      const auto it = p.value.find(key);
      if (it != p.value.end() && it->is_string() && !ids.count(it->get<std::string>())) present = false;
    };
    const auto type = p.value.find("type");
    const auto value = p.value.find("value");
    if (type != p.value.end() && *type == "relation") {
      ref("from_id");
      ref("to_id");
    } else if (value != p.value.end() && value->is_object() && value->contains("start")) {
      ref("id");
    }
    if (present) w.result.push_back(p.value);
    else warn("dropped a Label Studio result kept from the imported file (" + clip(dump(p.value, -1)) + "): its region was deleted");
  }

  std::string first, last;
  const auto when = [&](const Provenance& p) {
    if (p.created.empty()) return;
    if (first.empty() || p.created < first) first = p.created;
    if (last.empty() || p.created > last) last = p.created;
  };
  for (const auto& [id, m] : s.mentions) when(m.prov);
  for (const auto& [id, e] : s.entities) when(e.prov);
  for (const auto& [id, q] : s.quotes) when(q.prov);
  for (const auto& [id, n] : s.notes) when(n.prov);

  ordered_json data = {{"text", a.text.str()}};
  if (!a.title.empty()) data["title"] = a.title;
  data["glossa_article_id"] = a.id;
  ordered_json annotation = {{"result", std::move(w.result)}, {"was_cancelled", false}, {"ground_truth", false}};
  if (!first.empty()) {
    annotation["created_at"] = first;
    annotation["updated_at"] = last;
  }
  ordered_json task = {{"id", 1}, {"data", std::move(data)}, {"annotations", ordered_json::array({std::move(annotation)})}};
  return dump(ordered_json::array({std::move(task)}), 1) + "\n";
}

namespace {

std::string xml_attr(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string label_studio_config(const TypeSet& types) {
  std::string x = "<View>\n";
  x += "  <Style>.htx-text { white-space: pre-wrap; }</Style>\n";
  x += std::string("  <Labels name=\"") + kLabels + "\" toName=\"" + kTextObject + "\">\n";
  for (const auto& t : types.all())
    x += "    <Label value=\"" + xml_attr(t.name) + "\" background=\"" + color_hex(t.color) + "\"/>\n";
  x += std::string("    <Label value=\"") + kQuoteLabel + "\" background=\"#9467bd\"/>\n";
  x += std::string("    <Label value=\"") + kCueLabel + "\" background=\"#c49c94\"/>\n";
  x += std::string("    <Label value=\"") + kNoteLabel + "\" background=\"#bcbd22\"/>\n";
  x += "  </Labels>\n";
  x += std::string("  <Text name=\"") + kTextObject + "\" value=\"$text\"/>\n";
  x += "  <Relations>\n";
  for (const char* r : {kSpeakerRelation, kCueRelation, kSameEntityRelation}) x += std::string("    <Relation value=\"") + r + "\"/>\n";
  x += "  </Relations>\n";
  x += std::string("  <Choices name=\"") + kKindChoices + "\" toName=\"" + kTextObject +
       "\" perRegion=\"true\" choice=\"single-radio\" visibleWhen=\"region-selected\" whenLabelValue=\"" + kQuoteLabel + "\">\n";
  for (const auto k : {QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed})
    x += std::string("    <Choice value=\"") + to_string(k) + "\"/>\n";
  x += "  </Choices>\n";
  x += "  <View visibleWhen=\"region-selected\">\n";
  x += "    <Header value=\"Entity (the same name on every mention of one entity)\"/>\n";
  x += std::string("    <TextArea name=\"") + kEntityArea + "\" toName=\"" + kTextObject + "\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>\n";
  x += "    <Header value=\"Notes\"/>\n";
  x += std::string("    <TextArea name=\"") + kNoteArea + "\" toName=\"" + kTextObject + "\" perRegion=\"true\" editable=\"true\"/>\n";
  x += "    <Header value=\"Notes on the entity\"/>\n";
  x += std::string("    <TextArea name=\"") + kEntityNoteArea + "\" toName=\"" + kTextObject + "\" perRegion=\"true\" editable=\"true\"/>\n";
  x += "  </View>\n";
  x += "</View>\n";
  return x;
}

// ---------------------------------------------------------------------------------------------- import

namespace {

// A result's id: Label Studio writes strings; a number is taken as written.
std::string id_of(const ordered_json& r) {
  const auto it = r.find("id");
  if (it == r.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer() || it->is_number_unsigned()) return dump(*it, -1);
  return {};
}

// A string or an array of strings (non-strings and empty strings left out).
std::vector<std::string> strings_of(const ordered_json& v) {
  std::vector<std::string> out;
  if (v.is_string() && !v.get_ref<const std::string&>().empty()) out.push_back(v.get<std::string>());
  if (v.is_array())
    for (const auto& x : v)
      if (x.is_string() && !x.get_ref<const std::string&>().empty()) out.push_back(x.get<std::string>());
  return out;
}

// The task's text: data.text (or the only string field of data, as a config may name it otherwise).
std::optional<std::string> task_text(const ordered_json& task, const std::string& path, std::vector<std::string>& problems,
                                     std::vector<std::string>* warnings) {
  Fields f(problems);
  if (!task.is_object()) {
    f.problem(path, "expected a task object (with \"data\" and \"annotations\")");
    return std::nullopt;
  }
  const ordered_json* data = f.get(task, path, "data", true);
  if (!data) return std::nullopt;
  if (!data->is_object()) {
    f.problem(path + ".data", std::string("expected an object, found ") + data->type_name());
    return std::nullopt;
  }
  if (data->contains("text")) return f.str(*data, path + ".data", "text", true);
  std::vector<std::string> keys;
  for (const auto& [k, v] : data->items())
    if (v.is_string() && k != "title" && k != "glossa_article_id") keys.push_back(k);
  if (keys.size() == 1) {
    if (warnings) warnings->push_back(path + ".data: no \"text\": the text is data." + keys[0]);
    return (*data)[keys[0]].get<std::string>();
  }
  f.problem(path + ".data.text", "missing (Glossa reads the task's text from data.text)");
  return std::nullopt;
}

struct Region {
  enum class Kind { Mention, Quote, Cue, Note };
  std::string id;    // as in the file ("#<path>" when it has none)
  std::string path;  // of its labels result
  Span span;         // code points
  Kind kind = Kind::Mention;
  std::string type;  // of a mention
  std::optional<QuoteKind> quote_kind;
  std::string entity_name;
  std::vector<std::string> notes, entity_notes;
  std::set<std::string> meta_seen;
  std::string speaker, cue;  // region ids, of a quote
  bool cue_linked = false;   // a cue region linked to a quote
  Id model;                  // the annotation made of it
};

class TaskReader {
 public:
  TaskReader(Loaded& l, const article::Article& a) : l_(l), a_(a), f_(l.problems) {}

  // Reads an annotation's result list into l.set; anchors gets each span's text and context.
  void read(const ordered_json& result, const std::string& rp, const Provenance& prov);
  Anchors anchors;

 private:
  void warn(std::string m) { l_.warnings.push_back(std::move(m)); }
  void keep(const ordered_json& r) { l_.set.foreign.push_back({kForeign, dump(r, -1)}); }
  std::optional<Span> offsets(const ordered_json& v, const std::string& vp);
  std::string type_for(const std::string& label, const std::string& vp);
  // The result's "value" object, or null (a problem said) when it is missing or not an object.
  const ordered_json* value_of(const ordered_json& r, const std::string& rp);
  void region(const ordered_json& r, const std::string& rp);
  void per_region(const ordered_json& r, const std::string& rp, const std::string& type);
  void relation(const ordered_json& r, const std::string& rp);
  void meta(const ordered_json& r, Region& g);
  std::string root(const std::string& id);
  Id fresh(char prefix);
  void build(const Provenance& prov);

  Loaded& l_;
  const article::Article& a_;
  Fields f_;
  std::map<std::string, Region> regions_;
  std::vector<std::string> order_;  // region ids in file order
  std::set<std::string> unread_;    // regions left out (no label): links to them are not errors
  std::set<std::string> announced_;  // labels already reported
  std::map<std::string, std::string> parent_;  // same-entity groups (union-find)
  std::set<std::string> reserved_;
  std::map<char, unsigned long> next_;
};

// value.start/end in UTF-16 units -> code points, checked against the text (range, surrogate pairs, and
// value.text when given).
std::optional<Span> TaskReader::offsets(const ordered_json& v, const std::string& vp) {
  const auto b = f_.index(v, vp, "start", true), e = f_.index(v, vp, "end", true);
  if (!b || !e) return std::nullopt;
  const std::size_t units = a_.text.utf16_units();
  bool ok = true;
  for (const auto& [key, u] : {std::pair<const char*, std::size_t>{"start", *b}, {"end", *e}})
    if (u > units) {
      f_.problem(vp + "." + key, std::to_string(u) + " is past the end of the task's text (" + std::to_string(units) + " UTF-16 units)");
      ok = false;
    }
  if (!ok) return std::nullopt;
  if (*e <= *b) {
    f_.problem(vp, "start " + std::to_string(*b) + " is not before end " + std::to_string(*e) + " (an empty or reversed region)");
    return std::nullopt;
  }
  const Span s{a_.text.cp_of_utf16(*b), a_.text.cp_of_utf16(*e)};
  for (const auto& [key, u, cp] : {std::tuple<const char*, std::size_t, std::size_t>{"start", *b, s.begin}, {"end", *e, s.end}})
    if (a_.text.utf16_of(cp) != u) {
      f_.problem(vp + "." + key, std::to_string(u) +
                                     " falls between the two UTF-16 units of one character (a surrogate pair: an emoji or another "
                                     "character beyond U+FFFF)");
      ok = false;
    }
  if (!ok) return std::nullopt;
  if (const auto t = v.find("text"); t != v.end() && t->is_string()) {
    const std::string_view actual = a_.text.slice(s.begin, s.end);
    if (actual != t->get_ref<const std::string&>())
      f_.problem(vp + ".text", "\"" + clip(t->get_ref<const std::string&>()) + "\" is not the task's text at " + std::to_string(*b) +
                                   ".." + std::to_string(*e) + " (UTF-16 units), which is \"" + clip(actual) + "\"");
  }
  return s;
}

// A label's type: a type of that name, or of that display label ("Organization" -> ORG), or a new one.
std::string TaskReader::type_for(const std::string& label, const std::string& vp) {
  if (l_.set.types.find(label)) return label;
  for (const auto& t : l_.set.types.all())
    if (lower(t.label) == lower(label)) {
      if (announced_.insert(label).second) warn(vp + ".labels: \"" + label + "\" is read as type " + t.name);
      return t.name;
    }
  std::string name = label;
  for (char& c : name)
    if (static_cast<unsigned char>(c) <= ' ') c = '_';
  std::string why;
  if (!l_.set.types.put({name, label, 0x808080, 0}, &why)) {
    f_.problem(vp + ".labels", why);
    return name;
  }
  if (announced_.insert(label).second) warn(vp + ".labels: \"" + label + "\" is not one of this workspace's types: added as type " + name);
  return name;
}

void TaskReader::meta(const ordered_json& r, Region& g) {
  const auto m = r.find("meta");
  if (m == r.end() || !m->is_object()) return;
  const auto t = m->find("text");
  if (t == m->end()) return;
  for (auto& s : strings_of(*t))
    if (g.meta_seen.insert(s).second) g.notes.push_back(s);
}

const ordered_json* TaskReader::value_of(const ordered_json& r, const std::string& rp) {
  const ordered_json* value = f_.get(r, rp, "value", true);
  if (value && !value->is_object()) {
    f_.problem(rp + ".value", std::string("expected an object, found ") + value->type_name());
    return nullptr;
  }
  return value;
}

void TaskReader::region(const ordered_json& r, const std::string& rp) {
  const ordered_json* value = value_of(r, rp);
  if (!value) return;
  const std::string vp = rp + ".value";
  const auto span = offsets(*value, vp);
  std::vector<std::string> labels;
  if (const ordered_json* arr = f_.array(*value, vp, "labels", true)) labels = strings_of(*arr);
  const std::string id = id_of(r);
  if (!span) return;
  if (labels.empty()) {
    warn(rp + ": a region without a label: not read");
    if (!id.empty()) unread_.insert(id);
    return;
  }
  if (labels.size() > 1) warn(vp + ".labels: " + dump((*value)["labels"], -1) + ": only the first label is read");
  Region g;
  g.id = id.empty() ? "#" + rp : id;
  g.path = rp;
  g.span = *span;
  const std::string low = lower(labels[0]);
  if (low == lower(kQuoteLabel)) g.kind = Region::Kind::Quote;
  else if (low == lower(kCueLabel)) g.kind = Region::Kind::Cue;
  else if (low == lower(kNoteLabel)) g.kind = Region::Kind::Note;
  else g.type = type_for(labels[0], vp);
  meta(r, g);
  if (const auto it = regions_.find(g.id); it != regions_.end()) {
    // The same region labelled by two Labels controls: read once.
    if (it->second.span == g.span && it->second.kind == g.kind && it->second.type == g.type) {
      for (auto& n : g.notes)
        if (it->second.meta_seen.insert(n).second) it->second.notes.push_back(n);
      return;
    }
    f_.problem(rp + ".id", "\"" + id + "\" is the id of another region too (" + it->second.path + ")");
    return;
  }
  order_.push_back(g.id);
  regions_.emplace(g.id, std::move(g));
}

void TaskReader::per_region(const ordered_json& r, const std::string& rp, const std::string& type) {
  const ordered_json* value = value_of(r, rp);
  if (!value) return;
  const std::string vp = rp + ".value";
  const std::string id = id_of(r);
  const std::string from_name = r.contains("from_name") && r["from_name"].is_string() ? r["from_name"].get<std::string>() : "";
  const auto it = regions_.find(id);
  if (it == regions_.end()) {
    if (!id.empty() && unread_.count(id)) {
      warn(rp + ": belongs to a region that was not read: not read");
    } else if (value->contains("start")) {
      warn(rp + ": a per-region " + type + " (from_name \"" + from_name + "\") whose region \"" + id + "\" has no label: not read");
    } else {
      warn(rp + ": a " + type + " about the whole task (from_name \"" + from_name + "\"): not modelled, kept for export");
      keep(r);
    }
    return;
  }
  Region& g = it->second;
  meta(r, g);
  if (type == "choices") {
    std::vector<std::string> choices;
    if (const ordered_json* arr = f_.array(*value, vp, "choices", true)) choices = strings_of(*arr);
    if (g.kind != Region::Kind::Quote) {
      warn(rp + ": choices on a region that is not a quote: not modelled, kept for export");
      keep(r);
      return;
    }
    if (choices.empty()) return;
    // "direct", "Direct", "direct quote"
    const std::string word = lower(choices[0].substr(0, choices[0].find(' ')));
    QuoteKind k;
    if (!parse_quote_kind(word, k)) f_.problem(vp + ".choices", "\"" + clip(choices[0]) + "\" is not a quote kind (direct, indirect or mixed)");
    else g.quote_kind = k;
  } else {  // textarea
    const auto t = value->find("text");
    const std::vector<std::string> texts = t == value->end() ? std::vector<std::string>{} : strings_of(*t);
    if (from_name == kEntityArea) {
      if (g.kind != Region::Kind::Mention) warn(rp + ": an entity name on a region that is not a mention: not read");
      else if (!texts.empty()) g.entity_name = texts.front();
    } else if (from_name == kEntityNoteArea && g.kind == Region::Kind::Mention) {
      g.entity_notes.insert(g.entity_notes.end(), texts.begin(), texts.end());
    } else {
      g.notes.insert(g.notes.end(), texts.begin(), texts.end());
    }
  }
}

std::string TaskReader::root(const std::string& id) {
  std::string r = id;
  while (parent_.count(r) && parent_[r] != r) r = parent_[r];
  // Path compression keeps long chains cheap.
  for (std::string x = id; x != r;) {
    std::string next = parent_[x];
    parent_[x] = r;
    x = next;
  }
  return r;
}

void TaskReader::relation(const ordered_json& r, const std::string& rp) {
  const auto from = f_.str(r, rp, "from_id", true), to = f_.str(r, rp, "to_id", true);
  if (!from || !to) return;
  bool missing = false;
  for (const auto& [key, id] : {std::pair<const char*, std::string>{"from_id", *from}, {"to_id", *to}})
    if (!regions_.count(id) && !unread_.count(id)) {
      f_.problem(rp + "." + key, "\"" + id + "\" is not a region of this annotation");
      missing = true;
    }
  if (missing) return;
  if (unread_.count(*from) || unread_.count(*to)) {
    warn(rp + ": links a region that was not read: not read");
    return;
  }
  std::vector<std::string> labels;
  if (const auto it = r.find("labels"); it != r.end()) labels = strings_of(*it);
  std::string label = labels.empty() ? "" : lower(labels.front());
  Region& x = regions_[*from];
  Region& y = regions_[*to];
  Region* quote = x.kind == Region::Kind::Quote ? &x : y.kind == Region::Kind::Quote ? &y : nullptr;
  Region* other = quote == &x ? &y : &x;
  using K = Region::Kind;
  if (label.empty() && quote && other->kind == K::Mention) label = kSpeakerRelation;
  if (label.empty() && quote && other->kind == K::Cue) label = kCueRelation;
  const auto unmodelled = [&](const std::string& why) {
    warn(rp + ": " + why + ": not modelled, kept for export");
    keep(r);
  };
  if (label == kSpeakerRelation) {
    if (!quote || other->kind != K::Mention) return unmodelled("a speaker relation that does not link a quote and a mention");
    if (!quote->speaker.empty() && quote->speaker != other->id) return warn(rp + ": the quote already has a speaker: this one is not read");
    quote->speaker = other->id;
  } else if (label == kCueRelation) {
    if (!quote || other->kind != K::Cue) return unmodelled("a cue relation that does not link a quote and a Cue region");
    if (!quote->cue.empty() && quote->cue != other->id) return warn(rp + ": the quote already has a cue: this one is not read");
    quote->cue = other->id;
    other->cue_linked = true;
  } else if (label == kSameEntityRelation || label == "same_entity" || label == "same entity") {
    if (x.kind != K::Mention || y.kind != K::Mention) return unmodelled("a same-entity relation that does not link two mentions");
    const std::string rx = root(x.id), ry = root(y.id);
    parent_[rx] = rx;
    parent_[ry] = rx;
  } else if (label.empty()) {
    unmodelled("a relation without a label");
  } else {
    unmodelled("relation \"" + labels.front() + "\"");
  }
}

Id TaskReader::fresh(char prefix) {
  for (unsigned long& n = next_[prefix];;) {
    Id id = std::string(1, prefix) + std::to_string(++n);
    if (!reserved_.count(id) && !l_.set.has_annotation(id)) {
      reserved_.insert(id);
      return id;
    }
  }
}

void TaskReader::read(const ordered_json& result, const std::string& rp, const Provenance& prov) {
  // Regions first (companions and relations may come before the region they refer to).
  std::vector<std::pair<const ordered_json*, std::string>> later;
  for (std::size_t i = 0; i < result.size(); ++i) {
    const ordered_json& r = result[i];
    const std::string p = at(rp, i);
    if (!r.is_object()) {
      f_.problem(p, std::string("expected an object, found ") + r.type_name());
      continue;
    }
    const std::string type = f_.str(r, p, "type", true).value_or("");
    if (type == "labels") region(r, p);
    else if (type == "choices" || type == "textarea" || type == "relation") later.emplace_back(&r, p);
    else if (!type.empty()) {
      warn(p + ": a \"" + type + "\" result is not read (Glossa reads labels, choices, textarea and relation results on text): kept for export");
      keep(r);
    }
  }
  for (const auto& [r, p] : later) {
    const std::string type = r->find("type")->get<std::string>();
    if (type == "relation") relation(*r, p);
    else per_region(*r, p, type);
  }
  if (!l_.ok()) return;
  build(prov);
}

void TaskReader::build(const Provenance& prov) {
  using K = Region::Kind;
  // Annotations keep the file's region ids (Label Studio's "wJ9kd1", or Glossa's own "m3" from an export).
  for (const auto& id : order_)
    if (regions_[id].kind != K::Cue && id[0] != '#') reserved_.insert(id);
  for (const auto& id : order_) {
    Region& g = regions_[id];
    const char prefix = g.kind == K::Mention ? 'm' : g.kind == K::Quote ? 'q' : 'n';
    if (g.kind != K::Cue) g.model = id[0] == '#' ? fresh(prefix) : id;
    switch (g.kind) {
      case K::Mention:
        l_.set.mentions.emplace(g.model, Mention{g.model, g.span, g.type, {}, prov, {}});
        anchors.span[g.model] = quote_of(a_.text, g.span);
        break;
      case K::Quote: {
        Quote q;
        q.id = g.model;
        q.span = g.span;
        q.kind = g.quote_kind.value_or(QuoteKind::Direct);
        q.prov = prov;
        l_.set.quotes.emplace(q.id, q);
        anchors.span[g.model] = quote_of(a_.text, g.span);
        break;
      }
      case K::Note:
        if (g.notes.empty()) {
          warn(g.path + ": a Note region without a note (no \"note\" textarea or meta text): not read");
          break;
        }
        for (std::size_t k = 0; k < g.notes.size(); ++k) {
          const Id nid = k == 0 ? g.model : fresh('n');
          l_.set.notes.emplace(nid, Note{nid, "", g.span, g.notes[k], prov});
          anchors.span[nid] = quote_of(a_.text, g.span);
        }
        break;
      case K::Cue:
        if (!g.cue_linked) warn(g.path + ": a Cue region not linked to a quote by a cue relation: not read");
        if (!g.notes.empty()) warn(g.path + ": notes on a cue are not modelled: not read");
        break;
    }
  }
  for (const auto& id : order_) {
    const Region& g = regions_[id];
    if (g.kind == K::Quote) {
      Quote& q = l_.set.quotes[g.model];
      if (!g.speaker.empty()) q.speaker = regions_[g.speaker].model;
      if (!g.cue.empty()) {
        q.cue = regions_[g.cue].span;
        anchors.cue[q.id] = quote_of(a_.text, *q.cue);
      }
    }
    if (g.kind == K::Mention || g.kind == K::Quote)
      for (const auto& text : g.notes) {
        const Id nid = fresh('n');
        l_.set.notes.emplace(nid, Note{nid, g.model, std::nullopt, text, prov});
      }
  }
  // Entities: mentions joined by same-entity relations, or named by an "entity" textarea.
  std::map<std::string, std::vector<const Region*>> groups;
  for (const auto& id : order_)
    if (regions_[id].kind == K::Mention) groups[root(id)].push_back(&regions_[id]);
  std::vector<std::vector<const Region*>> entities;
  for (auto& [r, members] : groups) {
    std::sort(members.begin(), members.end(), [](const Region* x, const Region* y) {
      return x->span.begin < y->span.begin || (x->span.begin == y->span.begin && x->span.end > y->span.end);
    });
    const bool named = std::any_of(members.begin(), members.end(), [](const Region* g) { return !g->entity_name.empty() || !g->entity_notes.empty(); });
    if (members.size() > 1 || named) entities.push_back(members);
  }
  std::sort(entities.begin(), entities.end(), [](const auto& x, const auto& y) { return x.front()->span.begin < y.front()->span.begin; });
  for (const auto& members : entities) {
    std::string name;
    for (const Region* g : members)
      if (name.empty()) name = g->entity_name;
    if (name.empty()) name = std::string(a_.text.slice(members.front()->span.begin, members.front()->span.end));
    const Id eid = fresh('e');
    l_.set.entities.emplace(eid, Entity{eid, name, members.front()->type, prov});
    for (const Region* g : members) {
      l_.set.mentions[g->model].entity = eid;
      for (const auto& text : g->entity_notes) {
        const Id nid = fresh('n');
        l_.set.notes.emplace(nid, Note{nid, eid, std::nullopt, text, prov});
      }
    }
  }
}

// Who made the annotation and when: created_at, and completed_by when it names a person.
Provenance provenance_of(const ordered_json& annotation) {
  Provenance p;
  p.origin = "imported";
  for (const char* key : {"created_at", "updated_at"})
    if (const auto it = annotation.find(key); p.created.empty() && it != annotation.end() && it->is_string()) p.created = it->get<std::string>();
  if (const auto it = annotation.find("completed_by"); it != annotation.end()) {
    if (it->is_string()) p.author = it->get<std::string>();
    else if (it->is_object() && it->contains("email") && (*it)["email"].is_string()) p.author = (*it)["email"].get<std::string>();
  }
  return p;
}

Loaded read_task(const ordered_json& task, const std::string& path, const std::string& source, const ImportOptions& opts) {
  Loaded l;
  const auto text = task_text(task, path, l.problems, &l.warnings);
  if (!text) return l;
  article::ReadResult r = article::read_verbatim(*text, source);
  if (!r.ok()) {
    l.problems.push_back(path + ".data.text: " + r.error);
    return l;
  }
  l.article = std::move(r.articles.at(0));
  const article::Article& a = *l.article;
  Fields f(l.problems);
  const ordered_json& data = task["data"];
  if (const auto title = data.find("title"); title != data.end() && title->is_string()) l.article->title = title->get<std::string>();
  if (const auto gid = data.find("glossa_article_id"); gid != data.end() && gid->is_string() && *gid != a.id)
    l.warnings.push_back(path + ".data.glossa_article_id: the text was changed since Glossa exported it (article " + gid->get<std::string>() +
                         ", now " + a.id + "); the offsets are read against the task's text");
  l.set = AnnotationSet(a.id, a.text.code_points());

  // The annotation to read: the first one not cancelled (old exports call them completions), else the
  // first prediction.
  const ordered_json* list = nullptr;
  std::string key;
  for (const char* k : {"annotations", "completions", "predictions"}) {
    const ordered_json* arr = f.array(task, path, k, false);
    if (arr && !arr->empty() && !list) {
      list = arr;
      key = k;
    }
  }
  if (!l.ok()) return l;
  if (!list) {
    l.warnings.push_back(path + ": no annotations");
    settle(l, a.id, Anchors{}, opts);
    return l;
  }
  const std::string lp = path + "." + key;
  std::size_t pick = list->size();
  for (std::size_t i = 0; i < list->size() && pick == list->size(); ++i) {
    const ordered_json& an = (*list)[i];
    const bool cancelled = an.is_object() && an.contains("was_cancelled") && an["was_cancelled"] == true;
    if (!cancelled) pick = i;
  }
  if (pick == list->size()) {
    l.warnings.push_back(lp + ": every annotation was cancelled (skipped in Label Studio): none read");
    settle(l, a.id, Anchors{}, opts);
    return l;
  }
  const std::string ap = at(lp, pick);
  const ordered_json& annotation = (*list)[pick];
  if (key == "predictions") l.warnings.push_back(path + ": no annotations: the first prediction was read");
  if (list->size() > 1)
    l.warnings.push_back(lp + ": " + std::to_string(list->size() - 1) + " other " + (key == "predictions" ? "prediction" : "annotation") +
                         (list->size() > 2 ? "s" : "") + " not read (Glossa reads one per task: " + ap + ")");
  if (key != "predictions")
    if (const ordered_json* preds = f.array(task, path, "predictions", false); preds && !preds->empty())
      l.warnings.push_back(path + ".predictions: " + std::to_string(preds->size()) + " prediction" + (preds->size() > 1 ? "s" : "") +
                           " not read (the annotation was)");
  if (!annotation.is_object()) {
    f.problem(ap, std::string("expected an object, found ") + annotation.type_name());
    return l;
  }
  const ordered_json* result = f.array(annotation, ap, "result", true);
  if (!result) return l;
  TaskReader reader(l, a);
  reader.read(*result, ap + ".result", provenance_of(annotation));
  if (!l.ok()) return l;
  settle(l, a.id, reader.anchors, opts);
  return l;
}

// The tasks of a file: an array of tasks, or one task object.
struct Tasks {
  json::Parsed parsed;
  std::vector<const ordered_json*> list;
  bool single = false;
  std::string problem;
  std::string path(std::size_t i) const { return single ? "task" : at("tasks", i); }
};

void parse_tasks(std::string_view bytes, Tasks& t) {
  t.parsed = json::parse(bytes);
  if (!t.parsed.ok) {
    t.problem = (t.parsed.truncated ? "truncated JSON at byte " : "invalid JSON at byte ") + std::to_string(t.parsed.error_byte) + ", line " +
                std::to_string(text::line_of_offset(bytes, t.parsed.error_byte));
    return;
  }
  const ordered_json& doc = t.parsed.value;
  if (doc.is_array()) {
    for (const auto& x : doc) t.list.push_back(&x);
    if (t.list.empty()) t.problem = "no tasks in the file (an empty JSON array)";
  } else if (doc.is_object() && doc.contains("data")) {
    t.single = true;
    t.list.push_back(&doc);
  } else {
    t.problem = "not a Label Studio export: expected a JSON array of tasks, or one task with \"data\"";
  }
}

std::string task_name(const ordered_json& task, const std::string& fallback) {
  if (task.is_object())
    if (const auto id = task.find("id"); id != task.end() && (id->is_number() || id->is_string()))
      return "Label Studio task " + (id->is_string() ? id->get<std::string>() : dump(*id, -1));
  return fallback;
}

}  // namespace

Loaded read_label_studio(std::string_view bytes, const ImportOptions& opts) {
  Tasks t;
  parse_tasks(bytes, t);
  if (!t.problem.empty()) {
    Loaded l;
    l.problems.push_back(t.problem);
    return l;
  }
  std::size_t pick = 0;
  bool matched = false;
  if (opts.target)
    for (std::size_t i = 0; i < t.list.size() && !matched; ++i) {
      std::vector<std::string> ignored;
      const auto text = task_text(*t.list[i], t.path(i), ignored, nullptr);
      if (text && article::text_hash(*text) == opts.target->id) {
        pick = i;
        matched = true;
      }
    }
  Loaded l = read_task(*t.list[pick], t.path(pick), task_name(*t.list[pick], "Label Studio task"), opts);
  if (t.list.size() > 1 && !matched)
    l.warnings.insert(l.warnings.begin(), "the file has " + std::to_string(t.list.size()) + " tasks: the first was read");
  return l;
}

std::vector<Loaded> read_label_studio_tasks(std::string_view bytes, const std::string& name) {
  std::vector<Loaded> out;
  Tasks t;
  parse_tasks(bytes, t);
  if (!t.problem.empty()) {
    Loaded l;
    l.problems.push_back(t.problem);
    out.push_back(std::move(l));
    return out;
  }
  for (std::size_t i = 0; i < t.list.size(); ++i)
    out.push_back(read_task(*t.list[i], t.path(i), t.list.size() > 1 ? name + "#" + std::to_string(i + 1) : name, ImportOptions{}));
  return out;
}

}  // namespace glossa::formats
