#include "core/formats/w3c.h"

#include "core/formats/json_fields.h"
#include "core/json/parse.h"
#include "core/text/decode.h"

namespace glossa::formats {

using nlohmann::ordered_json;
using namespace annotate;

std::string article_iri(const std::string& article_id) { return "urn:glossa:article:" + article_id; }

namespace {

std::string anno_iri(const std::string& article_id, const Id& id) { return "urn:glossa:article:" + article_id + ":" + id; }

ordered_json target_json(const article::Article& a, Span s) {
  const TextQuote q = quote_of(a.text, s);
  return {{"source", article_iri(a.id)},
          {"selector",
           ordered_json::array({{{"type", "TextQuoteSelector"}, {"exact", q.exact}, {"prefix", q.prefix}, {"suffix", q.suffix}},
                                {{"type", "TextPositionSelector"}, {"start", s.begin}, {"end", s.end}}})}};
}

void put_prov(ordered_json& j, const Provenance& p) {
  if (!p.created.empty()) j["created"] = p.created;
  if (!p.author.empty()) j["creator"] = {{"type", "Person"}, {"name", p.author}};
  if (p.origin == "suggested") j["generator"] = {{"type", "Software"}, {"name", "Glossa suggestions"}};
}

ordered_json annotation(const std::string& iri, const char* motivation, ordered_json body, ordered_json target, const Provenance& p) {
  // Each annotation carries the context too, so one copied out of the collection stands on its own (the W3C
  // test suite checks annotations one by one).
  ordered_json j = {{"@context", "http://www.w3.org/ns/anno.jsonld"}, {"id", iri}, {"type", "Annotation"}, {"motivation", motivation}};
  put_prov(j, p);
  j["body"] = std::move(body);
  j["target"] = std::move(target);
  return j;
}

}  // namespace

std::string write_w3c(const article::Article& a, const AnnotationSet& s) {
  ordered_json items = ordered_json::array();
  for (const Mention* m : s.mentions_in_order()) {
    ordered_json body = ordered_json::array({{{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", m->type}}});
    // The entity: its name as text, its identity as a link (as one would link a Wikidata item). A textual
    // body with an id of its own would read as an External Web Resource to validators.
    if (const Entity* e = s.entity(m->entity)) {
      body.push_back({{"type", "TextualBody"}, {"purpose", "identifying"}, {"value", e->name}});
      body.push_back({{"type", "SpecificResource"}, {"purpose", "identifying"}, {"source", anno_iri(a.id, e->id)}});
    }
    items.push_back(annotation(anno_iri(a.id, m->id), "identifying", body, target_json(a, m->span), m->prov));
  }
  for (const Quote* q : s.quotes_in_order()) {
    ordered_json body = ordered_json::array(
        {{{"type", "TextualBody"}, {"purpose", "classifying"}, {"value", std::string(to_string(q->kind)) + " quote"}}});
    if (!q->speaker.empty())
      body.push_back({{"type", "SpecificResource"}, {"purpose", "identifying"}, {"source", anno_iri(a.id, q->speaker)}});
    if (q->cue) {
      ordered_json cue = target_json(a, *q->cue);
      body.push_back({{"type", "SpecificResource"}, {"purpose", "describing"}, {"source", cue["source"]}, {"selector", cue["selector"]}});
    }
    items.push_back(annotation(anno_iri(a.id, q->id), "classifying", body, target_json(a, q->span), q->prov));
  }
  for (const auto& [id, n] : s.notes) {
    ordered_json target = n.span ? target_json(a, *n.span) : ordered_json(anno_iri(a.id, n.target));
    ordered_json body = {{"type", "TextualBody"}, {"purpose", "commenting"}, {"value", n.text}, {"format", "text/plain"}};
    items.push_back(annotation(anno_iri(a.id, id), "commenting", body, target, n.prov));
  }
  ordered_json c = {{"@context", "http://www.w3.org/ns/anno.jsonld"},
                    {"id", article_iri(a.id) + ":annotations"},
                    {"type", "AnnotationCollection"},
                    {"label", (a.title.empty() ? a.source : a.title) + " (Glossa annotations)"},
                    {"total", items.size()}};
  if (!items.empty())
    c["first"] = {{"id", article_iri(a.id) + ":annotations:page1"}, {"type", "AnnotationPage"}, {"startIndex", 0}, {"items", items}};
  return c.dump(1) + "\n";
}

namespace {

bool has_type(const nlohmann::ordered_json& o, const char* t) {
  if (!o.is_object() || !o.contains("type")) return false;
  const auto& v = o["type"];
  if (v.is_string()) return v == t;
  if (v.is_array())
    for (const auto& x : v)
      if (x == t) return true;
  return false;
}

std::vector<const nlohmann::ordered_json*> as_list(const nlohmann::ordered_json& v) {
  std::vector<const nlohmann::ordered_json*> out;
  if (v.is_array())
    for (const auto& x : v) out.push_back(&x);
  else if (!v.is_null())
    out.push_back(&v);
  return out;
}

struct Selected {
  std::string source;
  std::optional<Span> span;
  std::optional<TextQuote> quote;
};

// A target (or a SpecificResource body): its source and its selectors.
Selected read_selectors(Fields& f, const nlohmann::ordered_json& t, const std::string& path) {
  Selected s;
  if (t.is_string()) {
    s.source = t.get<std::string>();
    return s;
  }
  s.source = f.str(t, path, "source", false).value_or("");
  if (!t.is_object() || !t.contains("selector")) return s;
  const auto sels = as_list(t["selector"]);
  for (std::size_t i = 0; i < sels.size(); ++i) {
    const auto& sel = *sels[i];
    const std::string p = path + ".selector[" + std::to_string(i) + "]";
    if (has_type(sel, "TextPositionSelector")) {
      const auto b = f.index(sel, p, "start", true), e = f.index(sel, p, "end", true);
      if (b && e) s.span = Span{*b, *e};
    } else if (has_type(sel, "TextQuoteSelector")) {
      TextQuote q;
      q.exact = f.str(sel, p, "exact", true).value_or("");
      q.prefix = f.str(sel, p, "prefix", false).value_or("");
      q.suffix = f.str(sel, p, "suffix", false).value_or("");
      s.quote = q;
    }
  }
  return s;
}

// "urn:glossa:article:<aid>:m12" -> "m12"; other IRIs get a local id on first sight.
struct IdMap {
  std::map<std::string, Id> local;
  AnnotationSet* set = nullptr;
  Id get(const std::string& iri, char prefix) {
    if (auto it = local.find(iri); it != local.end()) return it->second;
    Id id;
    const std::size_t colon = iri.rfind(':');
    if (iri.rfind("urn:glossa:article:", 0) == 0 && colon != std::string::npos) id = iri.substr(colon + 1);
    if (id.empty() || id[0] != prefix || set->has_annotation(id)) id = set->new_id(prefix);
    local[iri] = id;
    return id;
  }
};

Provenance read_prov(const nlohmann::ordered_json& o) {
  Provenance p;
  p.origin = "imported";
  if (o.contains("created") && o["created"].is_string()) p.created = o["created"].get<std::string>();
  if (o.contains("creator")) {
    const auto& c = o["creator"].is_array() && !o["creator"].empty() ? o["creator"][0] : o["creator"];
    if (c.is_string()) p.author = c.get<std::string>();
    else if (c.is_object() && c.contains("name") && c["name"].is_string()) p.author = c["name"].get<std::string>();
    else if (c.is_object() && c.contains("nickname") && c["nickname"].is_string()) p.author = c["nickname"].get<std::string>();
  }
  return p;
}

}  // namespace

Loaded read_w3c(std::string_view bytes, const ImportOptions& opts) {
  Loaded l;
  const json::Parsed parsed = json::parse(bytes);
  if (!parsed.ok) {
    l.problems.push_back((parsed.truncated ? "truncated JSON at byte " : "invalid JSON at byte ") + std::to_string(parsed.error_byte) +
                         ", line " + std::to_string(text::line_of_offset(bytes, parsed.error_byte)));
    return l;
  }
  const auto& doc = parsed.value;
  Fields f(l.problems);
  // A collection (first page inline), a page, one annotation, or an array of annotations.
  std::vector<const nlohmann::ordered_json*> items;
  std::string base = "items";
  if (has_type(doc, "AnnotationCollection")) {
    if (doc.contains("first") && doc["first"].is_object() && doc["first"].contains("items")) {
      items = as_list(doc["first"]["items"]);
      base = "first.items";
    } else if (doc.contains("first") && doc["first"].is_string()) {
      l.problems.push_back("first: the collection's pages are elsewhere (" + doc["first"].get<std::string>() +
                           "); save the page with its items in the file");
      return l;
    }
  } else if (has_type(doc, "AnnotationPage") && doc.contains("items")) {
    items = as_list(doc["items"]);
  } else if (has_type(doc, "Annotation")) {
    items.push_back(&doc);
    base = "(annotation)";
  } else if (doc.is_array()) {
    items = as_list(doc);
  } else {
    l.problems.push_back("not a W3C Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection)");
    return l;
  }

  std::string source_iri;  // the text the annotations were made on
  const std::size_t length = opts.target ? opts.target->text.code_points() : 0;
  l.set = AnnotationSet("", length);
  IdMap ids;
  ids.set = &l.set;
  Anchors anchors;
  struct PendingSpeaker {
    Id quote;
    std::string iri;
    std::string path;
  };
  std::vector<PendingSpeaker> speakers;
  struct PendingNote {
    Id note;
    std::string iri;
    std::string path;
  };
  std::vector<PendingNote> note_targets;

  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& an = *items[i];
    const std::string p = base + "[" + std::to_string(i) + "]";
    if (!has_type(an, "Annotation")) {
      f.problem(p, "not an Annotation");
      continue;
    }
    const std::string iri = f.str(an, p, "id", false).value_or("");
    if (!an.contains("target")) {
      f.problem(p + ".target", "missing");
      continue;
    }
    const auto targets = as_list(an["target"]);
    if (targets.empty()) {
      f.problem(p + ".target", "empty");
      continue;
    }
    const Selected tgt = read_selectors(f, *targets[0], p + ".target");
    if (source_iri.empty() && (tgt.span || tgt.quote)) source_iri = tgt.source;
    const auto bodies = an.contains("body") ? as_list(an["body"]) : std::vector<const nlohmann::ordered_json*>{};
    std::string tag, classify, comment, entity_iri, entity_name, speaker_iri;
    std::optional<Selected> cue;
    for (std::size_t b = 0; b < bodies.size(); ++b) {
      const auto& body = *bodies[b];
      const std::string bp = p + ".body[" + std::to_string(b) + "]";
      const std::string purpose = body.is_object() && body.contains("purpose") && body["purpose"].is_string()
                                      ? body["purpose"].get<std::string>() : "";
      const std::string value = body.is_object() && body.contains("value") && body["value"].is_string() ? body["value"].get<std::string>() : "";
      if (has_type(body, "SpecificResource") || (body.is_object() && body.contains("source"))) {
        const Selected sel = read_selectors(f, body, bp);
        if (sel.span || sel.quote) cue = sel;
        else speaker_iri = sel.source;
      } else if (purpose == "tagging" || (purpose.empty() && !value.empty() && tag.empty() && an.value("motivation", "") == "tagging")) {
        tag = value;
      } else if (purpose == "classifying") {
        classify = value;
      } else if (purpose == "identifying") {
        entity_name = value;
        entity_iri = body.value("id", std::string("entity:") + value);
      } else if (purpose == "commenting" || purpose == "describing" || (purpose.empty() && !value.empty())) {
        comment = value;
      }
    }
    const Provenance prov = read_prov(an);
    // Where the annotation is: its TextPositionSelector; with only a TextQuoteSelector, the quote found
    // in the open article.
    const auto place = [&](const Id& id) -> std::optional<Span> {
      if (tgt.quote) anchors.span[id] = *tgt.quote;
      if (tgt.span) return tgt.span;
      if (!tgt.quote) return std::nullopt;
      Span found{0, 0};
      if (!opts.target) {
        f.problem(p + ".target", "only a TextQuoteSelector: open the article first to find \"" + tgt.quote->exact + "\"");
      } else if (reanchor(opts.target->text, *tgt.quote, found) == AnchorOutcome::Failed) {
        f.problem(p + ".target", "\"" + tgt.quote->exact + "\" is not in the open article");
      }
      return found;
    };
    if (!classify.empty()) {
      Quote q;
      q.id = ids.get(iri.empty() ? p : iri, 'q');
      const std::string kind = classify.substr(0, classify.find(' '));
      if (!parse_quote_kind(kind, q.kind)) f.problem(p + ".body", "unknown quote kind \"" + classify + "\"");
      const auto s = place(q.id);
      if (!s) {
        f.problem(p + ".target", "no TextPositionSelector or TextQuoteSelector");
        continue;
      }
      q.span = *s;
      if (cue && cue->span) {
        q.cue = cue->span;
        if (cue->quote) anchors.cue[q.id] = *cue->quote;
      }
      q.prov = prov;
      if (!speaker_iri.empty()) speakers.push_back({q.id, speaker_iri, p});
      l.set.quotes.emplace(q.id, q);
    } else if (!tag.empty()) {
      Mention m;
      m.id = ids.get(iri.empty() ? p : iri, 'm');
      m.type = tag;
      if (!l.set.types.find(tag)) {
        l.set.types.put({tag, tag, 0x808080, 0});
        l.warnings.push_back("type \"" + tag + "\" is not one of this workspace's types: added");
      }
      const auto s = place(m.id);
      if (!s) {
        f.problem(p + ".target", "no TextPositionSelector or TextQuoteSelector");
        continue;
      }
      m.span = *s;
      m.prov = prov;
      // A mention's linked resource is its entity (a quote's is its speaker).
      if (!speaker_iri.empty()) entity_iri = speaker_iri;
      if (!entity_iri.empty()) {
        m.entity = ids.get(entity_iri, 'e');
        if (!l.set.entity(m.entity)) l.set.entities.emplace(m.entity, Entity{m.entity, entity_name, tag, prov});
      }
      l.set.mentions.emplace(m.id, m);
    } else if (!comment.empty()) {
      Note n;
      n.id = ids.get(iri.empty() ? p : iri, 'n');
      n.text = comment;
      n.prov = prov;
      if (tgt.span || tgt.quote) n.span = place(n.id);
      else note_targets.push_back({n.id, tgt.source, p});
      l.set.notes.emplace(n.id, n);
    } else {
      l.warnings.push_back(p + ": skipped, not a mention, quote or note (no tagging, classifying or commenting body)");
    }
  }
  for (const auto& s : speakers) {
    const auto it = ids.local.find(s.iri);
    if (it == ids.local.end() || !l.set.mention(it->second)) f.problem(s.path + ".body", "speaker " + s.iri + " is not a mention in this file");
    else l.set.quotes[s.quote].speaker = it->second;
  }
  for (const auto& n : note_targets) {
    const auto it = ids.local.find(n.iri);
    if (it == ids.local.end()) f.problem(n.path + ".target", n.iri + " is not an annotation in this file");
    else l.set.notes[n.note].target = it->second;
  }
  if (!l.ok()) return l;
  // A Glossa file names its article; for a file from another tool, the quoted texts tell whether it was
  // made on this text.
  std::string file_id;
  if (source_iri.rfind("urn:glossa:article:", 0) == 0) {
    file_id = source_iri.substr(19);
  } else if (opts.target) {
    for (const auto& [id, q] : anchors.span) {
      const Mention* m = l.set.mention(id);
      const Quote* qq = l.set.quote(id);
      const auto note = l.set.notes.find(id);
      const Span sp = m ? m->span : qq ? qq->span : note != l.set.notes.end() && note->second.span ? *note->second.span : Span{};
      if (sp.end > length || opts.target->text.slice(sp.begin, sp.end) != q.exact) file_id = source_iri.empty() ? "(unknown text)" : source_iri;
    }
  }
  settle(l, file_id, anchors, opts);
  return l;
}

}  // namespace glossa::formats
