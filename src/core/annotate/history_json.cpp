#include "core/annotate/history_json.h"

#include <cstdint>
#include <limits>
#include <optional>

#include "core/json/parse.h"

namespace glossa::annotate {

using nlohmann::ordered_json;

namespace {

// --- writing ---

ordered_json span_json(const Span& s) { return ordered_json::array({s.begin, s.end}); }

ordered_json opt_span_json(const std::optional<Span>& s) { return s ? span_json(*s) : ordered_json(nullptr); }

ordered_json fragments_json(const Fragments& f) {
  ordered_json a = ordered_json::array();
  for (const Span& s : f) a.push_back(span_json(s));
  return a;
}

ordered_json prov_json(const Provenance& p) {
  return ordered_json{{"author", p.author}, {"created", p.created}, {"origin", p.origin}};
}

ordered_json record_json(const Mention& m) {
  return ordered_json{{"id", m.id},         {"begin", m.span.begin},
                      {"end", m.span.end},  {"type", m.type},
                      {"entity", m.entity}, {"fragments", fragments_json(m.fragments)},
                      {"prov", prov_json(m.prov)}};
}
ordered_json record_json(const Entity& e) {
  return ordered_json{{"id", e.id}, {"name", e.name}, {"type", e.type}, {"prov", prov_json(e.prov)}};
}
ordered_json record_json(const Quote& q) {
  return ordered_json{{"id", q.id},
                      {"begin", q.span.begin},
                      {"end", q.span.end},
                      {"kind", to_string(q.kind)},
                      {"cue", opt_span_json(q.cue)},
                      {"speaker", q.speaker},
                      {"fragments", fragments_json(q.fragments)},
                      {"prov", prov_json(q.prov)}};
}
ordered_json record_json(const Note& n) {
  return ordered_json{
      {"id", n.id}, {"target", n.target}, {"span", opt_span_json(n.span)}, {"text", n.text}, {"prov", prov_json(n.prov)}};
}

const char* record_name(const Mention*) { return "mention"; }
const char* record_name(const Entity*) { return "entity"; }
const char* record_name(const Quote*) { return "quote"; }
const char* record_name(const Note*) { return "note"; }

ordered_json step_json(const Step& s) {
  ordered_json changes = ordered_json::array();
  for (const AnyChange& any : s.changes)
    std::visit(
        [&](const auto& c) {
          using T = typename std::decay_t<decltype(*c.before)>;
          changes.push_back(ordered_json{{"record", record_name(static_cast<const T*>(nullptr))},
                                         {"before", c.before ? record_json(*c.before) : ordered_json(nullptr)},
                                         {"after", c.after ? record_json(*c.after) : ordered_json(nullptr)}});
        },
        any);
  return ordered_json{{"label", s.label}, {"changes", std::move(changes)}};
}

ordered_json steps_json(const std::vector<Step>& steps, std::size_t max_steps) {
  ordered_json a = ordered_json::array();
  const std::size_t first = steps.size() > max_steps ? steps.size() - max_steps : 0;
  for (std::size_t i = first; i < steps.size(); ++i) a.push_back(step_json(steps[i]));
  return a;
}

// --- reading: the first problem, with its path; nothing here throws ---

class Reader {
 public:
  std::string error;

  bool fail(const std::string& path, const std::string& what) {
    if (error.empty()) error = path + ": " + what;
    return false;
  }

  const ordered_json* field(const ordered_json& o, const std::string& path, const char* key) {
    if (!o.is_object()) {
      fail(path, "expected an object");
      return nullptr;
    }
    const auto it = o.find(key);
    if (it == o.end()) {
      fail(path + "." + key, "missing");
      return nullptr;
    }
    return &*it;
  }

  bool str(const ordered_json& o, const std::string& path, const char* key, std::string& out) {
    const ordered_json* v = field(o, path, key);
    if (!v) return false;
    if (!v->is_string()) return fail(path + "." + key, "expected a string");
    out = v->get_ref<const std::string&>();
    return true;
  }

  bool offset(const ordered_json& v, const std::string& path, std::size_t& out) {
    if (v.is_number_unsigned()) {
      const std::uint64_t n = v.get<std::uint64_t>();
      if (n > std::numeric_limits<std::size_t>::max()) return fail(path, "offset too large");
      out = static_cast<std::size_t>(n);
      return true;
    }
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0) {
      const auto n = static_cast<std::uint64_t>(v.get<std::int64_t>());
      if (n > std::numeric_limits<std::size_t>::max()) return fail(path, "offset too large");
      out = static_cast<std::size_t>(n);
      return true;
    }
    return fail(path, "expected a code point offset (a whole number, 0 or more)");
  }

  bool offset(const ordered_json& o, const std::string& path, const char* key, std::size_t& out) {
    const ordered_json* v = field(o, path, key);
    return v && offset(*v, path + "." + key, out);
  }

  bool pair(const ordered_json& v, const std::string& path, Span& out) {
    if (!v.is_array() || v.size() != 2) return fail(path, "expected [begin, end]");
    return offset(v[0], path + "[0]", out.begin) && offset(v[1], path + "[1]", out.end);
  }

  bool opt_pair(const ordered_json& o, const std::string& path, const char* key, std::optional<Span>& out) {
    const ordered_json* v = field(o, path, key);
    if (!v) return false;
    out.reset();
    if (v->is_null()) return true;
    Span s;
    if (!pair(*v, path + "." + key, s)) return false;
    out = s;
    return true;
  }

  bool fragments(const ordered_json& o, const std::string& path, Fragments& out) {
    const ordered_json* v = field(o, path, "fragments");
    if (!v) return false;
    if (!v->is_array()) return fail(path + ".fragments", "expected an array");
    out.clear();
    for (std::size_t i = 0; i < v->size(); ++i) {
      Span s;
      if (!pair((*v)[i], path + ".fragments[" + std::to_string(i) + "]", s)) return false;
      out.push_back(s);
    }
    return true;
  }

  bool prov(const ordered_json& o, const std::string& path, Provenance& out) {
    const ordered_json* v = field(o, path, "prov");
    if (!v) return false;
    const std::string p = path + ".prov";
    return str(*v, p, "author", out.author) && str(*v, p, "created", out.created) && str(*v, p, "origin", out.origin);
  }

  bool id(const ordered_json& o, const std::string& path, Id& out) {
    if (!str(o, path, "id", out)) return false;
    if (out.empty()) return fail(path + ".id", "empty");
    return true;
  }

  bool record(const ordered_json& o, const std::string& path, Mention& m) {
    return id(o, path, m.id) && offset(o, path, "begin", m.span.begin) && offset(o, path, "end", m.span.end) &&
           str(o, path, "type", m.type) && str(o, path, "entity", m.entity) && fragments(o, path, m.fragments) &&
           prov(o, path, m.prov);
  }
  bool record(const ordered_json& o, const std::string& path, Entity& e) {
    return id(o, path, e.id) && str(o, path, "name", e.name) && str(o, path, "type", e.type) && prov(o, path, e.prov);
  }
  bool record(const ordered_json& o, const std::string& path, Quote& q) {
    std::string kind;
    if (!(id(o, path, q.id) && offset(o, path, "begin", q.span.begin) && offset(o, path, "end", q.span.end) &&
          str(o, path, "kind", kind)))
      return false;
    if (!parse_quote_kind(kind, q.kind)) return fail(path + ".kind", "expected direct, indirect or mixed, found \"" + kind + "\"");
    return opt_pair(o, path, "cue", q.cue) && str(o, path, "speaker", q.speaker) && fragments(o, path, q.fragments) &&
           prov(o, path, q.prov);
  }
  bool record(const ordered_json& o, const std::string& path, Note& n) {
    return id(o, path, n.id) && str(o, path, "target", n.target) && opt_pair(o, path, "span", n.span) &&
           str(o, path, "text", n.text) && prov(o, path, n.prov);
  }

  template <typename T>
  bool side(const ordered_json& o, const std::string& path, const char* key, std::optional<T>& out) {
    const ordered_json* v = field(o, path, key);
    if (!v) return false;
    out.reset();
    if (v->is_null()) return true;
    T r;
    if (!record(*v, path + "." + key, r)) return false;
    out = std::move(r);
    return true;
  }

  template <typename T>
  bool change(const ordered_json& o, const std::string& path, AnyChange& out) {
    Change<T> c;
    if (!side(o, path, "before", c.before) || !side(o, path, "after", c.after)) return false;
    if (!c.before && !c.after) return fail(path, "a change needs a before or an after");
    if (c.before && c.after && c.before->id != c.after->id) return fail(path, "before and after have different ids");
    out = std::move(c);
    return true;
  }

  bool step(const ordered_json& o, const std::string& path, Step& s) {
    if (!str(o, path, "label", s.label)) return false;
    const ordered_json* changes = field(o, path, "changes");
    if (!changes) return false;
    if (!changes->is_array()) return fail(path + ".changes", "expected an array");
    if (changes->empty()) return fail(path + ".changes", "a step changes something");
    for (std::size_t i = 0; i < changes->size(); ++i) {
      const std::string p = path + ".changes[" + std::to_string(i) + "]";
      const ordered_json& c = (*changes)[i];
      std::string kind;
      if (!str(c, p, "record", kind)) return false;
      AnyChange any;
      bool ok = false;
      if (kind == "mention") ok = change<Mention>(c, p, any);
      else if (kind == "entity") ok = change<Entity>(c, p, any);
      else if (kind == "quote") ok = change<Quote>(c, p, any);
      else if (kind == "note") ok = change<Note>(c, p, any);
      else return fail(p + ".record", "expected mention, entity, quote or note, found \"" + kind + "\"");
      if (!ok) return false;
      s.changes.push_back(std::move(any));
    }
    return true;
  }

  bool steps(const ordered_json& o, const char* key, std::vector<Step>& out) {
    const ordered_json* a = field(o, "history", key);
    if (!a) return false;
    if (!a->is_array()) return fail(key, "expected an array");
    for (std::size_t i = 0; i < a->size(); ++i) {
      Step s;
      if (!step((*a)[i], std::string(key) + "[" + std::to_string(i) + "]", s)) return false;
      out.push_back(std::move(s));
    }
    return true;
  }
};

}  // namespace

ordered_json write_history(const std::vector<Step>& undo, const std::vector<Step>& redo, std::size_t max_steps) {
  return ordered_json{{"format", "glossa-history"},
                      {"version", kHistoryVersion},
                      {"undo", steps_json(undo, max_steps)},
                      {"redo", steps_json(redo, max_steps)}};
}

ordered_json write_history(const Editor& editor, std::size_t max_steps) {
  return write_history(editor.undo_steps(), editor.redo_steps(), max_steps);
}

HistoryRead read_history(const ordered_json& j) {
  HistoryRead r;
  if (!j.is_object()) {
    r.error = "not an undo history";
    return r;
  }
  const auto format = j.find("format");
  if (format == j.end() || !format->is_string() || format->get_ref<const std::string&>() != "glossa-history") {
    r.error = "not an undo history";
    return r;
  }
  const auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer() || version->get<std::int64_t>() != kHistoryVersion) {
    r.error = "the undo history has another version";
    return r;
  }
  Reader rd;
  if (!rd.steps(j, "undo", r.history.undo) || !rd.steps(j, "redo", r.history.redo)) {
    r.history = {};
    r.error = rd.error;
  }
  return r;
}

HistoryRead parse_history(std::string_view text) {
  const json::Parsed p = json::parse(text);
  if (!p.ok) {
    HistoryRead r;
    r.error = "the undo history is damaged (invalid JSON at byte " + std::to_string(p.error_byte) + ")";
    return r;
  }
  return read_history(p.value);
}

}  // namespace glossa::annotate
