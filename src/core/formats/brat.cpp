#include "core/formats/brat.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "core/article/reader.h"
#include "core/text/decode.h"
#include "core/text/utf8.h"

namespace glossa::formats {

using namespace annotate;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// brat ids are a letter (or '#', '*') and a number.
bool brat_id(const std::string& id, char kind) {
  if (id.size() < 2 || id[0] != kind) return false;
  return std::all_of(id.begin() + 1, id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The ids a record refers to ("Arg1:T3", "T4", "Attribution:T4" ...).
std::vector<std::string> references(const std::string& record) {
  std::vector<std::string> out;
  const auto fields = split(record, '\t');
  if (fields.size() < 2) return out;
  std::istringstream in(fields[1]);
  std::string tok;
  bool first = true;
  while (in >> tok) {
    const std::size_t colon = tok.find(':');
    const std::string ref = colon == std::string::npos ? tok : tok.substr(colon + 1);
    // The first token names the type, except in "*\tEquiv T1 T2" where it also does.
    if (first) {
      first = false;
      if (colon == std::string::npos) continue;
    }
    // Only ids: attribute values such as "Modifier" or "Nom" are not references.
    for (const char kind : {'T', 'E', 'R', 'A', 'N', 'M'})
      if (brat_id(ref, kind)) out.push_back(ref);
  }
  return out;
}

// Assigns brat T ids: annotations already named T<n> keep their names; others take the next free numbers.
struct TIds {
  std::set<std::string> used;      // every T id given out or owned by an annotation
  std::set<std::string> assigned;  // given out
  std::map<std::string, std::string> of;  // key -> T id
  unsigned next = 1;
  std::string take(const std::string& key, const std::string& preferred) {
    if (auto it = of.find(key); it != of.end()) return it->second;
    std::string id;
    if (brat_id(preferred, 'T') && !assigned.count(preferred)) id = preferred;
    while (id.empty()) {
      const std::string cand = "T" + std::to_string(next++);
      if (!used.count(cand)) id = cand;
    }
    used.insert(id);
    assigned.insert(id);
    of[key] = id;
    return id;
  }
};

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

}  // namespace

std::string write_brat_ann(const article::Article& a, const AnnotationSet& s, std::vector<std::string>* warnings) {
  const auto by_entity = s.mentions_by_entity();
  const auto mentions_of = [&](const Id& e) -> const auto& { return AnnotationSet::mentions_in(by_entity, e); };
  TIds t;
  for (const auto& [id, m] : s.mentions)
    if (brat_id(id, 'T')) t.used.insert(id);
  for (const auto& [id, q] : s.quotes)
    if (brat_id(id, 'T')) t.used.insert(id);
  std::vector<std::pair<std::string, std::string>> tlines;  // id, line
  // Discontinuous spans are written as brat writes them: "b1 e1;b2 e2", the pieces' text joined by spaces.
  const auto tline = [&](const std::string& id, const std::string& label, Span sp, const Fragments& frags = {}) {
    std::string offsets, text;
    for (const Span& f : frags.empty() ? Fragments{sp} : frags) {
      offsets += (offsets.empty() ? "" : ";") + std::to_string(f.begin) + " " + std::to_string(f.end);
      text += (text.empty() ? "" : " ") + std::string(a.text.slice(f.begin, f.end));
    }
    tlines.emplace_back(id, id + "\t" + label + " " + offsets + "\t" + one_line(text));
  };
  for (const Mention* m : s.mentions_in_order()) tline(t.take(m->id, m->id), m->type, m->span, m->fragments);
  std::vector<std::string> rel, attr, equiv, notes;
  unsigned r = 1, at = 1, nn = 1;
  std::set<std::string> taken_r, taken_a;
  for (const auto& f : s.foreign) {
    if (f.format != "brat") continue;
    const std::string id = split(f.record, '\t')[0];
    if (brat_id(id, 'R')) taken_r.insert(id);
    if (brat_id(id, 'A')) taken_a.insert(id);
  }
  const auto next_r = [&] {
    std::string id;
    do id = "R" + std::to_string(r++);
    while (taken_r.count(id));
    return id;
  };
  const auto next_a = [&] {
    std::string id;
    do id = "A" + std::to_string(at++);
    while (taken_a.count(id));
    return id;
  };
  for (const Quote* q : s.quotes_in_order()) {
    const std::string qt = t.take(q->id, q->id);
    tline(qt, "Quote", q->span, q->fragments);
    attr.push_back(next_a() + "\tQuoteKind " + qt + " " + to_string(q->kind));
    if (!q->speaker.empty()) rel.push_back(next_r() + "\tSpeaker Arg1:" + qt + " Arg2:" + t.take(q->speaker, q->speaker));
    if (q->cue) {
      const std::string ct = t.take("cue:" + q->id, "");
      tline(ct, "Cue", *q->cue);
      rel.push_back(next_r() + "\tCue Arg1:" + qt + " Arg2:" + ct);
    }
  }
  for (const auto& [eid, e] : s.entities) {
    const auto& ms = mentions_of(eid);
    if (ms.empty()) continue;
    std::string line = "*\tEquiv";
    for (const Mention* m : ms) line += " " + t.take(m->id, m->id);
    if (ms.size() > 1) equiv.push_back(line);
    // The name, unless it is what reading the file back would call it anyway (the first mention's text).
    const std::string first_text(a.text.slice(ms.front()->span.begin, ms.front()->span.end));
    if (e.name != first_text || ms.size() == 1)
      notes.push_back("#" + std::to_string(nn++) + "\tEntity " + t.take(ms.front()->id, ms.front()->id) + "\t" + one_line(e.name));
  }
  for (const auto& [nid, n] : s.notes) {
    std::string on;
    if (!n.target.empty()) {
      if (s.entity(n.target)) {
        const auto& ms = mentions_of(n.target);
        if (ms.empty()) continue;
        on = t.take(ms.front()->id, ms.front()->id);
      } else {
        on = t.take(n.target, n.target);
      }
    } else if (n.span) {
      on = t.take("note:" + nid, "");
      tline(on, "Note", *n.span);
    }
    std::string body = n.text;
    for (char& c : body)
      if (c == '\n' || c == '\r') c = ' ';
    notes.push_back("#" + std::to_string(nn++) + "\tAnnotatorNotes " + on + "\t" + body);
  }
  // Records kept from an imported .ann, unless what they point at is gone.
  std::set<std::string> present = t.used;
  std::vector<std::string> kept;
  for (const auto& f : s.foreign)
    if (f.format == "brat") present.insert(split(f.record, '\t')[0]);
  for (const auto& f : s.foreign) {
    if (f.format != "brat") continue;
    bool ok = true;
    for (const auto& ref : references(f.record))
      if (!present.count(ref)) ok = false;
    if (ok) kept.push_back(f.record);
    else if (warnings) warnings->push_back("dropped \"" + f.record + "\": it refers to an annotation that was deleted");
  }
  std::sort(tlines.begin(), tlines.end(), [](const auto& x, const auto& y) {
    // Numeric order of the digits without converting them (no overflow on absurd ids).
    if (x.first.size() != y.first.size()) return x.first.size() < y.first.size();
    return x.first < y.first;
  });
  std::string out;
  for (const auto& [id, line] : tlines) out += line + "\n";
  for (const auto& line : rel) out += line + "\n";
  for (const auto& line : attr) out += line + "\n";
  for (const auto& line : kept) out += line + "\n";
  for (const auto& line : equiv) out += line + "\n";
  for (const auto& line : notes) out += line + "\n";
  return out;
}

Loaded read_brat(std::string_view ann, std::optional<std::string_view> txt, const std::string& name, const ImportOptions& opts) {
  Loaded l;
  const article::Article* text_article = opts.target;
  if (txt) {
    article::ReadResult r = article::read_verbatim(*txt, name + ".txt");
    if (!r.ok()) {
      l.problems.push_back(r.error);
      return l;
    }
    l.article = std::move(r.articles[0]);
    text_article = &*l.article;
  }
  if (!text_article) {
    l.problems.push_back(name + ".ann: brat offsets need the .txt: open it with its .txt, or open the article first");
    return l;
  }
  const text::Utf8Check check = text::check_utf8(ann);
  if (!check.valid) {
    l.problems.push_back(name + ".ann: not valid UTF-8 (first bad byte at offset " + std::to_string(check.first_bad_byte) + ")");
    return l;
  }
  const std::size_t length = text_article->text.code_points();
  l.set = AnnotationSet(text_article->id, length);
  struct TB {
    std::string label;
    Span span;
    Fragments fragments;
    std::string text;
    std::size_t line;
  };
  std::map<std::string, TB> tbs;
  std::vector<std::string> order;
  struct Rec {
    std::string id, rest, tail;
    std::size_t line;
    std::string raw;  // the whole line, kept verbatim when the record is not modelled
  };
  std::vector<Rec> rels, attrs, equivs, comments, others;
  std::vector<std::string> lines;
  {
    std::istringstream in{std::string(ann)};
    std::string ln;
    while (std::getline(in, ln)) {
      if (!ln.empty() && ln.back() == '\r') ln.pop_back();
      lines.push_back(std::move(ln));
    }
  }
  std::size_t mismatches = 0;
  constexpr std::size_t kMaxMismatchesShown = 3;
  const auto problem = [&](std::size_t ln, const std::string& what) { l.problems.push_back(name + ".ann line " + std::to_string(ln) + ": " + what); };
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const std::size_t line_no = li + 1;
    const std::string& line = lines[li];
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const auto f = split(line, '\t');
    const std::string& id = f[0];
    if (brat_id(id, 'T')) {
      if (f.size() < 3) {
        problem(line_no, "a text-bound annotation needs an id, \"TYPE BEGIN END\" and the text");
        continue;
      }
      std::istringstream spec(f[1]);
      TB tb;
      tb.line = line_no;
      Fragments frags;
      spec >> tb.label;
      // Discontinuous spans "10 15;20 24": kept as the covering span, said in a warning.
      std::string rest;
      std::getline(spec, rest);
      std::size_t b = SIZE_MAX, e = 0;
      bool bad = false;
      for (const auto& frag : split(rest, ';')) {
        std::istringstream fs(frag);
        long long fb = -1, fe = -1;
        if (!(fs >> fb >> fe) || fb < 0 || fe < 0) bad = true;
        else {
          b = std::min(b, static_cast<std::size_t>(fb));
          e = std::max(e, static_cast<std::size_t>(fe));
          frags.push_back(Span{static_cast<std::size_t>(fb), static_cast<std::size_t>(fe)});
        }
      }
      if (bad || b == SIZE_MAX) {
        problem(line_no, "cannot read the offsets in \"" + f[1] + "\"");
        continue;
      }
      tb.span = Span{b, e};
      if (frags.size() > 1) tb.fragments = frags;
      tb.text = f[2];
      for (std::size_t k = 3; k < f.size(); ++k) tb.text += "\t" + f[k];
      if (auto p = span_problem(tb.span, length); !p.empty()) {
        problem(line_no, id + ": " + p);
        continue;
      }
      std::string actual;
      for (const Span& fr : frags) {
        if (!span_problem(fr, length).empty()) continue;
        actual += (actual.empty() ? "" : " ") + std::string(text_article->text.slice(fr.begin, fr.end));
      }
      if (auto p = fragments_problem(tb.fragments, tb.span); !p.empty()) {
        problem(line_no, id + ": " + p);
        continue;
      }
      // Some tools write a span's text with its line breaks, so the record goes on over the next lines.
      if (one_line(actual) != tb.text && actual.find('\n') != std::string::npos) {
        std::string joined = tb.text;
        std::size_t k = li + 1;
        while (joined.size() < actual.size() && k < lines.size()) joined += "\n" + lines[k++];
        if (one_line(joined) == one_line(actual)) {
          tb.text = one_line(joined);
          li = k - 1;
        }
      }
      if (one_line(actual) != tb.text) {
        // After a few, more of the same says nothing new: the .ann is for another text.
        if (++mismatches > kMaxMismatchesShown) continue;
        problem(line_no, id + ": the .ann says \"" + tb.text + "\" at " + std::to_string(b) + ".." + std::to_string(e) +
                             " but the text there is \"" + actual + "\" (the .ann does not belong to this .txt)");
        continue;
      }
      if (tbs.count(id)) {
        problem(line_no, id + " is used twice");
        continue;
      }
      tbs[id] = tb;
      order.push_back(id);
    } else if (brat_id(id, 'R') && f.size() >= 2) {
      rels.push_back({id, f[1], f.size() > 2 ? f[2] : "", line_no, line});
    } else if ((brat_id(id, 'A') || brat_id(id, 'M')) && f.size() >= 2) {
      attrs.push_back({id, f[1], line, line_no, {}});
    } else if (id == "*" && f.size() >= 2) {
      equivs.push_back({id, f[1], line, line_no, {}});
    } else if (!id.empty() && id[0] == '#' && f.size() >= 2) {
      std::string tail = f.size() > 2 ? f[2] : "";
      for (std::size_t k = 3; k < f.size(); ++k) tail += "\t" + f[k];
      comments.push_back({id, f[1], tail, line_no, {}});
    } else if (!id.empty() && (brat_id(id, 'E') || brat_id(id, 'N') || brat_id(id, 'R') || brat_id(id, 'A'))) {
      others.push_back({id, line, line, line_no, {}});
    } else {
      problem(line_no, "not a brat standoff record: \"" + line.substr(0, 60) + "\"");
    }
  }
  if (mismatches > kMaxMismatchesShown)
    l.problems.push_back(name + ".ann: " + std::to_string(mismatches - kMaxMismatchesShown) +
                         " more annotations do not match the text: the .ann was made for another text");
  if (!l.ok()) return l;

  // Quotes, and the relations that make cues and speakers.
  std::set<std::string> cue_tbs, note_tbs, consumed_attrs, consumed_rels;
  std::map<std::string, std::string> cue_of, speaker_of;  // quote T -> cue T / speaker T
  for (const auto& r : rels) {
    std::istringstream rs(r.rest);
    std::string label, a1, a2;
    rs >> label >> a1 >> a2;
    const auto arg = [](const std::string& s) { return s.substr(s.find(':') + 1); };
    if ((label == "Speaker" || label == "Cue") && tbs.count(arg(a1)) && tbs[arg(a1)].label == "Quote" && tbs.count(arg(a2))) {
      (label == "Cue" ? cue_of : speaker_of)[arg(a1)] = arg(a2);
      if (label == "Cue" && tbs[arg(a2)].label == "Cue") cue_tbs.insert(arg(a2));
      consumed_rels.insert(r.id);
    }
  }
  std::map<std::string, QuoteKind> kinds;
  for (const auto& a : attrs) {
    std::istringstream as(a.rest);
    std::string label, target, value;
    as >> label >> target >> value;
    QuoteKind k;
    if (label == "QuoteKind" && tbs.count(target) && tbs[target].label == "Quote" && parse_quote_kind(value, k)) {
      kinds[target] = k;
      consumed_attrs.insert(a.id);
    }
  }
  // Notes and entity names from "#" comments.
  std::map<std::string, std::string> entity_name;  // first mention T -> name
  std::vector<std::pair<std::string, std::string>> notes;  // target, text
  std::vector<Rec> kept_comments;
  for (const auto& c : comments) {
    std::istringstream cs(c.rest);
    std::string label, target;
    cs >> label >> target;
    if (label == "Entity" && tbs.count(target)) {
      entity_name[target] = c.tail;
    } else if (label == "AnnotatorNotes" && (tbs.count(target) || target.empty())) {
      notes.emplace_back(target, c.tail);
      if (tbs.count(target) && tbs[target].label == "Note") note_tbs.insert(target);
    } else {
      kept_comments.push_back(c);
    }
  }
  const Provenance prov{"", "", "imported"};
  for (const std::string& id : order) {
    const TB& tb = tbs[id];
    if (cue_tbs.count(id) || note_tbs.count(id)) continue;
    if (tb.label == "Quote") {
      Quote q;
      q.id = id;
      q.span = tb.span;
      q.kind = kinds.count(id) ? kinds[id] : QuoteKind::Direct;
      q.fragments = tb.fragments;
      if (cue_of.count(id)) q.cue = tbs[cue_of[id]].span;
      q.prov = prov;
      l.set.quotes.emplace(id, q);
      continue;
    }
    if (!l.set.types.find(tb.label)) l.set.types.put({tb.label, tb.label, 0x808080, 0});
    l.set.mentions.emplace(id, Mention{id, tb.span, tb.label, {}, prov, tb.fragments});
  }
  for (auto& [qid, sp] : speaker_of) {
    if (l.set.mention(sp)) l.set.quotes[qid].speaker = sp;
    else l.problems.push_back(name + ".ann: the speaker of " + qid + " (" + sp + ") is not a mention");
  }
  // Entities: Equiv groups, and mentions named by an Entity comment on their own.
  std::set<std::string> grouped;
  std::vector<Rec> kept_equivs;
  for (const auto& e : equivs) {
    std::istringstream es(e.rest);
    std::string label, m;
    es >> label;
    std::vector<std::string> ms;
    while (es >> m) ms.push_back(m);
    bool all_mentions = label == "Equiv" && ms.size() >= 2;
    for (const auto& x : ms) all_mentions = all_mentions && l.set.mention(x) && !grouped.count(x);
    // A member named twice ("Equiv T63 T63") is not a group Glossa can model: kept as written.
    all_mentions = all_mentions && std::set<std::string>(ms.begin(), ms.end()).size() == ms.size();
    if (!all_mentions) {
      kept_equivs.push_back(e);
      continue;
    }
    const Id eid = l.set.new_id('e');
    // Unnamed: called after its first mention in the text (what the writer compares against).
    std::string first = ms.front();
    for (const auto& x : ms)
      if (tbs[x].span.begin < tbs[first].span.begin) first = x;
    std::string nm = tbs[first].text;
    for (const auto& x : ms)
      if (entity_name.count(x)) nm = entity_name[x];
    l.set.entities.emplace(eid, Entity{eid, nm, l.set.mention(ms.front())->type, prov});
    for (const auto& x : ms) {
      l.set.mentions[x].entity = eid;
      grouped.insert(x);
    }
  }
  for (const auto& [first, nm] : entity_name)
    if (!grouped.count(first) && l.set.mention(first)) {
      const Id eid = l.set.new_id('e');
      l.set.entities.emplace(eid, Entity{eid, nm, l.set.mention(first)->type, prov});
      l.set.mentions[first].entity = eid;
    }
  for (const auto& [target, body] : notes) {
    Note n;
    n.id = l.set.new_id('n');
    n.text = body;
    n.prov = prov;
    if (note_tbs.count(target)) n.span = tbs[target].span;
    else n.target = target;
    l.set.notes.emplace(n.id, n);
  }
  // Everything else is kept verbatim, in file order.
  std::vector<std::pair<std::size_t, std::string>> foreign;
  for (const auto& r : rels)
    if (!consumed_rels.count(r.id)) foreign.emplace_back(r.line, r.raw);
  for (const auto& a : attrs)
    if (!consumed_attrs.count(a.id)) foreign.emplace_back(a.line, a.tail);
  for (const auto& o : others) foreign.emplace_back(o.line, o.tail);
  for (const auto& c : kept_comments) foreign.emplace_back(c.line, c.id + "\t" + c.rest + "\t" + c.tail);
  for (const auto& e : kept_equivs) foreign.emplace_back(e.line, e.tail);
  std::stable_sort(foreign.begin(), foreign.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [ln, rec] : foreign) l.set.foreign.push_back({"brat", rec});
  if (!l.ok()) return l;
  // Anchors for re-anchoring onto another article: each text-bound annotation's text and context.
  Anchors anchors;
  for (const auto& [id, m] : l.set.mentions) anchors.span[id] = quote_of(text_article->text, m.span);
  for (const auto& [id, q] : l.set.quotes) {
    anchors.span[id] = quote_of(text_article->text, q.span);
    if (q.cue) anchors.cue[id] = quote_of(text_article->text, *q.cue);
  }
  for (const auto& [id, n] : l.set.notes)
    if (n.span) anchors.span[id] = quote_of(text_article->text, *n.span);
  settle(l, text_article->id, anchors, opts);
  return l;
}

}  // namespace glossa::formats
