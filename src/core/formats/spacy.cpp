#include "core/formats/spacy.h"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/formats/flat_mentions.h"
#include "core/article/tokenize.h"

namespace glossa::formats {

using nlohmann::ordered_json;
using namespace annotate;

namespace {

// Every span the file names must be whole tokens: cut tokens at each begin and end.
std::vector<Span> cut(const std::vector<Span>& tokens, const std::set<std::size_t>& points) {
  std::vector<Span> out;
  for (const Span& t : tokens) {
    std::size_t b = t.begin;
    for (auto it = points.upper_bound(t.begin); it != points.end() && *it < t.end; ++it) {
      out.push_back(Span{b, *it});
      b = *it;
    }
    out.push_back(Span{b, t.end});
  }
  return out;
}

// The tokens of the whole text, spaCy style: the word tokens cut at the span boundaries, and the white
// space between them as tokens, except one U+0020 after a token (its trailing space, Token.whitespace_)
// unless a span begins at it or ends after it.
std::vector<Span> spacy_tokens(const article::Article& a, const std::set<std::size_t>& begins, const std::set<std::size_t>& ends) {
  std::vector<Span> words;
  for (const auto& u : article::tokenized_units(a)) words.insert(words.end(), u.begin(), u.end());
  std::set<std::size_t> points(begins);
  points.insert(ends.begin(), ends.end());
  words = cut(words, points);
  std::vector<Span> out;
  const std::string_view text = a.text.view();
  const auto space = [&](std::size_t from, std::size_t to) {
    if (from >= to) return;
    if (!out.empty() && out.back().end == from && text[a.text.byte_of(from)] == ' ' && !begins.count(from) && !ends.count(from + 1)) ++from;
    if (from < to) {
      const auto pieces = cut({Span{from, to}}, points);
      out.insert(out.end(), pieces.begin(), pieces.end());
    }
  };
  std::size_t pos = 0;
  for (const Span& w : words) {
    space(pos, w.begin);
    out.push_back(w);
    pos = w.end;
  }
  space(pos, a.text.code_points());
  return out;
}

ordered_json span_json(Span s, const std::string& label, const std::string& kb_id) {
  return {{"start", s.begin}, {"end", s.end}, {"label", label}, {"kb_id", kb_id}};
}

}  // namespace

std::string write_spacy(const article::Article& a, const AnnotationSet& s, std::vector<std::string>* warnings) {
  std::set<std::size_t> begins, ends;
  const auto mark = [&](Span sp) {
    begins.insert(sp.begin);
    ends.insert(sp.end);
  };
  for (const auto& [id, m] : s.mentions) mark(m.span);
  for (const auto& [id, q] : s.quotes) {
    mark(q.span);
    if (q.cue) mark(*q.cue);
  }

  // doc.ents: the outermost mentions that do not overlap one already taken.
  std::map<std::size_t, const Mention*> taken;  // by begin
  std::vector<std::string> only_in_spans;
  for (const Mention* m : outermost_first(s)) {
    auto it = taken.lower_bound(m->span.begin);
    const Mention* clash = nullptr;
    if (it != taken.end() && it->first < m->span.end) clash = it->second;
    if (!clash && it != taken.begin() && std::prev(it)->second->span.end > m->span.begin) clash = std::prev(it)->second;
    if (clash) only_in_spans.push_back(describe_mention(a.text, *m) + " overlaps " + describe_mention(a.text, *clash));
    else taken.emplace(m->span.begin, m);
  }
  ordered_json ents = ordered_json::array();
  for (const auto& [b, m] : taken) ents.push_back({{"start", m->span.begin}, {"end", m->span.end}, {"label", m->type}});

  ordered_json mentions = ordered_json::array(), quotes = ordered_json::array(), speakers = ordered_json::array(),
               cues = ordered_json::array();
  for (const Mention* m : s.mentions_in_order()) {
    const Entity* e = s.entity(m->entity);
    mentions.push_back(span_json(m->span, m->type, e ? e->name : ""));
  }
  for (const Quote* q : s.quotes_in_order()) {
    quotes.push_back(span_json(q->span, to_string(q->kind), q->id));
    if (const Mention* sp = s.mention(q->speaker)) speakers.push_back(span_json(sp->span, "speaker", q->id));
    if (q->cue) cues.push_back(span_json(*q->cue, "cue", q->id));
  }
  ordered_json sents = ordered_json::array();
  for (const Span& u : article::text_units(a)) sents.push_back({{"start", u.begin}, {"end", u.end}});
  ordered_json tokens = ordered_json::array();
  std::size_t i = 0;
  for (const Span& t : spacy_tokens(a, begins, ends)) tokens.push_back({{"id", i++}, {"start", t.begin}, {"end", t.end}});

  ordered_json doc;
  doc["text"] = a.text.str();
  doc["ents"] = std::move(ents);
  doc["spans"] = {{"mentions", std::move(mentions)}, {"quotes", std::move(quotes)}, {"speakers", std::move(speakers)}, {"cues", std::move(cues)}};
  doc["sents"] = std::move(sents);
  doc["tokens"] = std::move(tokens);
  if (warnings && !only_in_spans.empty()) {
    warnings->push_back("spaCy's doc.ents is flat: " + std::to_string(only_in_spans.size()) + " of " + std::to_string(s.mentions.size()) +
                        " mentions are only in spans[\"mentions\"] (nested in or overlapping a longer mention)");
    for (const auto& w : only_in_spans) warnings->push_back("only in spans: " + w);
  }
  return doc.dump(-1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace glossa::formats
