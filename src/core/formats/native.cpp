#include "core/formats/native.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "core/article/article_json.h"
#include "core/article/sentences.h"
#include "core/json/parse.h"
#include "core/json/tree.h"
#include "core/json/writer.h"
#include "core/formats/json_fields.h"
#include "core/text/decode.h"
#include "core/text/utf8.h"

namespace glossa::formats {

using nlohmann::ordered_json;
using namespace annotate;

namespace {

// A span's members: begin, end, its text, and its context when the text is not in the file.
void span_fields(json::Writer& w, const text::IndexedText& t, Span s, bool context) {
  const TextQuote q = quote_of(t, s);
  w.field("begin", s.begin).field("end", s.end).field("text", q.exact);
  if (context) w.field("prefix", q.prefix).field("suffix", q.suffix);
}

void span_object(json::Writer& w, const text::IndexedText& t, Span s, bool context) {
  w.begin_object();
  span_fields(w, t, s, context);
  w.end_object();
}

void fragments_field(json::Writer& w, const Fragments& f) {
  w.key("fragments").begin_array();
  for (const Span& s : f) w.begin_array().value(s.begin).value(s.end).end_array();
  w.end_array();
}

void put_prov(json::Writer& w, const Provenance& p) {
  if (!p.author.empty()) w.field("author", p.author);
  if (!p.created.empty()) w.field("created", p.created);
  w.field("origin", p.origin);
}

Provenance read_prov(Fields& f, json::Value o, const std::string& path) {
  Provenance p;
  p.author = f.str(o, path, "author", false).value_or("");
  p.created = f.str(o, path, "created", false).value_or("");
  p.origin = f.str(o, path, "origin", false).value_or("imported");
  return p;
}

}  // namespace

// Written straight into the string (json::Writer), not through a DOM: the workspace writes every document
// this way after each edit. The bytes are those nlohmann's dump(1) gave (a unit test holds it to that).
std::string write_native(const article::Article& a, const AnnotationSet& s, bool bundle) {
  std::string out;
  out.reserve(256 + 200 * s.size());
  json::Writer w(out, 1);
  w.begin_object();
  w.field("format", "glossa").field("version", kNativeVersion).field("kind", bundle ? "bundle" : "annotations");
  if (bundle) {
    ordered_json article = article::article_to_json(a);
    article["length"] = a.text.code_points();
    w.field("article", article);
  } else {
    w.key("article").begin_object();
    w.field("id", a.id).field("length", a.text.code_points()).field("source", a.source).field("title", a.title);
    w.end_object();
  }
  w.key("types").begin_array();
  for (const auto& t : s.types.all()) {
    w.begin_object().field("name", t.name).field("label", t.label).field("color", color_hex(t.color));
    if (t.key) w.field("key", std::string(1, t.key));
    w.end_object();
  }
  w.end_array();
  w.key("entities").begin_array();
  for (const auto& [id, e] : s.entities) {
    w.begin_object().field("id", id).field("name", e.name).field("type", e.type);
    put_prov(w, e.prov);
    w.end_object();
  }
  w.end_array();
  const bool ctx = !bundle;  // context for re-anchoring only matters when the text is not in the file
  const auto id_or_null = [&](const char* k, const std::string& id) {
    w.key(k);
    if (id.empty()) w.null();
    else w.value(id);
  };
  w.key("mentions").begin_array();
  for (const Mention* m : s.mentions_in_order()) {
    w.begin_object().field("id", m->id);
    span_fields(w, a.text, m->span, ctx);
    if (!m->fragments.empty()) fragments_field(w, m->fragments);
    w.field("type", m->type);
    id_or_null("entity", m->entity);
    put_prov(w, m->prov);
    w.end_object();
  }
  w.end_array();
  w.key("quotes").begin_array();
  for (const Quote* q : s.quotes_in_order()) {
    w.begin_object().field("id", q->id);
    span_fields(w, a.text, q->span, ctx);
    if (!q->fragments.empty()) fragments_field(w, q->fragments);
    w.field("kind", to_string(q->kind));
    w.key("cue");
    if (q->cue) span_object(w, a.text, *q->cue, ctx);
    else w.null();
    id_or_null("speaker", q->speaker);
    put_prov(w, q->prov);
    w.end_object();
  }
  w.end_array();
  w.key("notes").begin_array();
  for (const auto& [id, n] : s.notes) {
    w.begin_object().field("id", id);
    id_or_null("target", n.target);
    w.key("span");
    if (n.span) span_object(w, a.text, *n.span, ctx);
    else w.null();
    w.field("text", n.text);
    put_prov(w, n.prov);
    w.end_object();
  }
  w.end_array();
  w.key("foreign").begin_array();
  for (const auto& f : s.foreign) w.begin_object().field("format", f.format).field("record", f.record).end_object();
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

namespace {

std::optional<Span> read_span(Fields& f, json::Value o, const std::string& path) {
  const auto b = f.index(o, path, "begin", true);
  const auto e = f.index(o, path, "end", true);
  if (!b || !e) return std::nullopt;
  return Span{*b, *e};
}

Fragments read_fragments(Fields& f, json::Value o, const std::string& path) {
  Fragments out;
  const auto arr = f.array(o, path, "fragments", false);
  if (!arr) return out;
  std::size_t i = 0;
  for (const json::Value x : *arr) {
    if (!x.is_array() || x.size() != 2 || !x[0].is_number_unsigned() || !x[1].is_number_unsigned() ||
        std::max(x[0].as_unsigned(), x[1].as_unsigned()) > std::numeric_limits<std::size_t>::max())
      f.problem(at(path + ".fragments", i), "expected [begin, end]");
    else
      out.push_back(Span{static_cast<std::size_t>(x[0].as_unsigned()), static_cast<std::size_t>(x[1].as_unsigned())});
    ++i;
  }
  return out;
}

TextQuote read_quote(Fields& f, json::Value o, const std::string& path) {
  TextQuote q;
  q.exact = f.str(o, path, "text", false).value_or("");
  q.prefix = f.str(o, path, "prefix", false).value_or("");
  q.suffix = f.str(o, path, "suffix", false).value_or("");
  return q;
}

// The article of a bundle: its text is the truth; spans are read back and checked.
std::optional<article::Article> read_article(Fields& f, json::Value aj, std::vector<std::string>& problems) {
  const auto text = f.str(aj, "article", "text", true);
  if (!text) return std::nullopt;
  if (!text::check_utf8(*text).valid) {
    problems.push_back("article.text: not valid UTF-8");
    return std::nullopt;
  }
  article::Article a;
  a.text = text::IndexedText(*text);
  a.id = article::text_hash(*text);
  if (const auto id = f.str(aj, "article", "id", true); id && *id != a.id)
    problems.push_back("article.id: " + *id + " does not match the text (its hash is " + a.id + "): the text was changed");
  a.source = f.str(aj, "article", "source", false).value_or("");
  a.format = f.str(aj, "article", "format", false).value_or("text");
  a.encoding = f.str(aj, "article", "encoding", false).value_or("UTF-8");
  a.title = f.str(aj, "article", "title", false).value_or("");
  const std::size_t n = a.text.code_points();
  const auto spans = [&](const char* key, std::vector<article::Span>& out) {
    std::size_t i = 0;
    if (const auto arr = f.array(aj, "article", key, false))
      for (const json::Value x : *arr) {
        const std::string p = at(std::string("article.") + key, i++);
        if (auto s = read_span(f, x, p)) {
          if (s->end < s->begin || s->end > n) problems.push_back(p + ": " + annotate::span_problem(*s, n));
          else out.push_back(*s);
        }
      }
  };
  spans("paragraphs", a.paragraphs);
  spans("sentences", a.sentences);
  if (const auto ts = f.get(aj, "article", "title_span", false))
    if (auto s = read_span(f, *ts, "article.title_span"); s && s->end <= n) a.title_span = *s;
  if (const auto meta = f.get(aj, "article", "metadata", false); meta && meta->is_object()) {
    // A repeated name counts once, in its first place, with its last value (as a JSON object keeps it).
    std::unordered_map<std::string_view, json::Value> last;
    for (const json::Value v : *meta) last.insert_or_assign(v.key(), v);
    for (const json::Value member : *meta) {
      const auto it = last.find(member.key());
      if (it == last.end()) continue;  // placed already
      const json::Value v = it->second;
      last.erase(it);
      article::MetaField m{std::string(member.key()), "", ""};
      if (const auto raw = v.find("raw"); raw && raw->is_string()) m.raw = std::string(raw->str());
      if (const auto iso = v.find("iso"); iso && iso->is_string()) m.iso = std::string(iso->str());
      a.metadata.push_back(std::move(m));
    }
  }
  for (const char* key : {"normalization", "warnings"})
    if (const auto arr = f.array(aj, "article", key, false))
      for (const json::Value x : *arr)
        if (x.is_string()) (key[0] == 'n' ? a.normalization : a.warnings).emplace_back(x.str());
  return a;
}

}  // namespace

Loaded read_native(std::string_view bytes, const ImportOptions& opts) {
  Loaded l;
  // Read into a json::Tree (a fifth of the time nlohmann's DOM takes: this is most of opening a large
  // document); on bad JSON nlohmann's parser says where.
  if (bytes.size() >= std::numeric_limits<std::uint32_t>::max()) {
    l.problems.push_back("the file is too large to read (4 GB or more)");
    return l;
  }
  json::Tree tree;
  if (!tree.parse(bytes)) {
    const json::Parsed parsed = json::parse(bytes);
    if (parsed.ok)  // the two readers disagree: never seen (a fuzz target holds them together), but say so
      l.problems.push_back("this JSON could not be read (Glossa's reader refused what its checker accepts: please report the file)");
    else
      l.problems.push_back((parsed.truncated ? "truncated JSON (the file ends before the data is complete) at byte "
                                             : "invalid JSON at byte ") +
                           std::to_string(parsed.error_byte) + ", line " + std::to_string(text::line_of_offset(bytes, parsed.error_byte)));
    return l;
  }
  const json::Value j = tree.root();
  Fields f(l.problems);
  const auto format = j.find("format");
  if (!format || !format->is_string() || format->str() != "glossa") {
    l.problems.push_back("not a Glossa annotation file (no \"format\": \"glossa\")");
    return l;
  }
  const auto version = f.get(j, "", "version", true);
  if (!version) return l;
  if (!version->is_number_integer() || version->as_integer() != kNativeVersion) {
    l.problems.push_back("version: unsupported version " + version->dump() + " (this Glossa reads version " +
                         std::to_string(kNativeVersion) + "; a newer Glossa wrote this file?)");
    return l;
  }
  const auto aj = f.get(j, "", "article", true);
  if (!aj) return l;
  const std::string kind = f.str(j, "", "kind", true).value_or("");
  if (kind != "bundle" && kind != "annotations") {
    if (!kind.empty()) l.problems.push_back("kind: expected \"bundle\" or \"annotations\", found \"" + kind + "\"");
    return l;
  }
  std::string file_id = f.str(*aj, "article", "id", true).value_or("");
  if (kind == "bundle") {
    l.article = read_article(f, *aj, l.problems);
    if (!l.ok()) return l;
  }
  const std::size_t length = l.article ? l.article->text.code_points() : f.index(*aj, "article", "length", true).value_or(0);
  l.set = AnnotationSet(file_id, length);

  if (const auto types = f.array(j, "", "types", false)) {
    TypeSet ts;
    std::size_t i = 0;
    for (const json::Value ty : *types) {
      const std::string p = at("types", i++);
      EntityType t;
      t.name = f.str(ty, p, "name", true).value_or("");
      t.label = f.str(ty, p, "label", false).value_or(t.name);
      const std::string color = f.str(ty, p, "color", false).value_or("#808080");
      if (!parse_color_hex(color, t.color)) f.problem(p + ".color", "expected \"#rrggbb\", found \"" + color + "\"");
      const std::string key = f.str(ty, p, "key", false).value_or("");
      t.key = key.size() == 1 ? key[0] : 0;
      std::string why;
      if (!t.name.empty() && !ts.put(t, &why)) f.problem(p, why);
    }
    if (!ts.empty()) l.set.types = ts;
  }
  Anchors anchors;
  const auto each = [&](const char* key, auto&& fn) {
    if (const auto arr = f.array(j, "", key, false)) {
      std::size_t i = 0;
      for (const json::Value o : *arr) fn(o, at(key, i++));
    }
  };
  // Every id read so far, and what it names: one hash lookup where the set's four ordered maps took up to
  // four searches (a file of 10,000 annotations asks some 30,000 times). The views are the maps' own keys.
  std::unordered_map<std::string_view, char> ids;
  const auto names = [&](const std::string& id, char what) {
    const auto it = ids.find(id);
    return it != ids.end() && (what == 0 || it->second == what);
  };
  const auto unique = [&](const std::string& p, const std::string& id) {
    if (id.empty()) return false;
    if (names(id, 0)) {
      f.problem(p + ".id", "\"" + id + "\" is used twice");
      return false;
    }
    return true;
  };
  each("entities", [&](json::Value o, const std::string& p) {
    Entity e;
    e.id = f.str(o, p, "id", true).value_or("");
    e.name = f.str(o, p, "name", false).value_or("");
    e.type = f.str(o, p, "type", false).value_or("");
    e.prov = read_prov(f, o, p);
    if (unique(p, e.id)) ids.emplace(l.set.entities.emplace(e.id, e).first->first, 'e');
  });
  each("mentions", [&](json::Value o, const std::string& p) {
    Mention m;
    m.id = f.str(o, p, "id", true).value_or("");
    const auto s = read_span(f, o, p);
    m.type = f.str(o, p, "type", true).value_or("");
    m.entity = f.str(o, p, "entity", false).value_or("");
    m.prov = read_prov(f, o, p);
    m.fragments = read_fragments(f, o, p);
    if (!s || !unique(p, m.id)) return;
    m.span = *s;
    anchors.span[m.id] = read_quote(f, o, p);
    if (auto prob = span_problem(m.span, length); !prob.empty()) f.problem(p, prob);
    if (!m.entity.empty() && !names(m.entity, 'e')) f.problem(p + ".entity", m.entity + " is not an entity in this file");
    ids.emplace(l.set.mentions.emplace(m.id, std::move(m)).first->first, 'm');
  });
  each("quotes", [&](json::Value o, const std::string& p) {
    Quote q;
    q.id = f.str(o, p, "id", true).value_or("");
    const auto s = read_span(f, o, p);
    const std::string kind_s = f.str(o, p, "kind", false).value_or("direct");
    if (!parse_quote_kind(kind_s, q.kind)) f.problem(p + ".kind", "expected direct, indirect or mixed, found \"" + kind_s + "\"");
    if (const auto cue = f.get(o, p, "cue", false)) {
      q.cue = read_span(f, *cue, p + ".cue");
      if (q.cue) {
        anchors.cue[q.id] = read_quote(f, *cue, p + ".cue");
        if (auto prob = span_problem(*q.cue, length); !prob.empty()) f.problem(p + ".cue", prob);
      }
    }
    q.speaker = f.str(o, p, "speaker", false).value_or("");
    q.prov = read_prov(f, o, p);
    q.fragments = read_fragments(f, o, p);
    if (!s || !unique(p, q.id)) return;
    q.span = *s;
    anchors.span[q.id] = read_quote(f, o, p);
    if (auto prob = span_problem(q.span, length); !prob.empty()) f.problem(p, prob);
    if (!q.speaker.empty() && !names(q.speaker, 'm')) f.problem(p + ".speaker", q.speaker + " is not a mention in this file");
    ids.emplace(l.set.quotes.emplace(q.id, std::move(q)).first->first, 'q');
  });
  each("notes", [&](json::Value o, const std::string& p) {
    Note n;
    n.id = f.str(o, p, "id", true).value_or("");
    n.target = f.str(o, p, "target", false).value_or("");
    if (const auto sp = f.get(o, p, "span", false)) {
      n.span = read_span(f, *sp, p + ".span");
      if (n.span) anchors.span[n.id] = read_quote(f, *sp, p + ".span");
      if (n.span)
        if (auto prob = span_problem(*n.span, length); !prob.empty()) f.problem(p + ".span", prob);
    }
    n.text = f.str(o, p, "text", true).value_or("");
    n.prov = read_prov(f, o, p);
    if (!unique(p, n.id)) return;
    if (!n.target.empty() && !names(n.target, 0)) f.problem(p + ".target", n.target + " is not an annotation in this file");
    if (n.target.empty() && !n.span) f.problem(p, "a note needs a target or a span");
    ids.emplace(l.set.notes.emplace(n.id, std::move(n)).first->first, 'n');
  });
  if (const auto foreign = f.array(j, "", "foreign", false)) {
    std::size_t i = 0;
    for (const json::Value o : *foreign) {
      const std::string p = at("foreign", i++);
      const auto fmt = f.str(o, p, "format", true);
      const auto rec = f.str(o, p, "record", true);
      if (fmt && rec) l.set.foreign.push_back({*fmt, *rec});
    }
  }
  if (!l.ok()) return l;
  settle(l, file_id, anchors, opts);
  return l;
}

}  // namespace glossa::formats
