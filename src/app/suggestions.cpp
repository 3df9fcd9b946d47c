#include "app/suggestions.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/document.h"
#include "app/view_util.h"
#include "core/article/search.h"

namespace glossa::app {

namespace {

using State = SuggestionItem::State;

// The mention at exactly span, or "".
Id mention_at(const Document& d, article::Span span) {
  for (const auto& [id, m] : d.set.mentions)
    if (m.span == span) return id;
  return {};
}

// Joins mention to the entity named name: an entity of that name, else a mention whose text is the name.
void join_entity(Document& d, const Id& mention, const std::string& name) {
  if (name.empty()) return;
  for (const auto& [id, e] : d.set.entities)
    if (e.name == name) {
      d.editor.merge_into_entity(mention, id);
      return;
    }
  for (const auto& [id, m] : d.set.mentions)
    if (id != mention && d.article.text.slice(m.span.begin, m.span.end) == name) {
      d.editor.merge_into_entity(mention, id, name);
      return;
    }
}

// One item's annotations, inside the caller's batch. Returns false when the editor refused.
bool apply(Document& d, SuggestionItem& item) {
  if (item.quote) {
    const suggest::QuoteSuggestion& s = d.suggestions->all.quotes[item.index];
    const annotate::EditResult q = d.editor.add_quote(s.span, s.kind, "suggested");
    if (!q.ok) return false;
    if (s.speaker) {
      Id speaker = mention_at(d, *s.speaker);
      if (speaker.empty()) {
        const annotate::EditResult m = d.editor.add_mention(*s.speaker, "PERSON", "suggested");
        if (m.ok) speaker = m.id;
      }
      if (!speaker.empty()) {
        const annotate::Mention* sm = d.set.mention(speaker);
        if (sm && sm->entity.empty()) join_entity(d, speaker, s.speaker_entity);
        d.editor.set_speaker(q.id, speaker);
      }
    }
    if (s.cue) d.editor.set_cue(q.id, s.cue);
  } else {
    const suggest::EntitySuggestion& s = d.suggestions->all.entities[item.index];
    const annotate::EditResult m = d.editor.add_mention(s.span, s.type, "suggested");
    if (!m.ok) return false;
    join_entity(d, m.id, s.entity);
  }
  item.state = State::Accepted;
  return true;
}

// "PERSON “Putin”"; a quote's text has its own marks.
std::string named(const SuggestionItem& i) { return i.quote ? "quote " + i.text : i.kind + " “" + i.text + "”"; }

void show(Document& d, int i) {
  d.suggestions->current = i;
  if (i >= 0) d.reveal = d.suggestions->items[static_cast<std::size_t>(i)].span;
}

// After a decision: the next open item, so a person can go through them with Enter and X.
void advance(Document& d, int from) {
  SuggestionState& st = *d.suggestions;
  const int n = static_cast<int>(st.items.size());
  for (int k = 1; k <= n; ++k) {
    const int i = (from + k) % n;
    if (st.visible(st.items[static_cast<std::size_t>(i)])) {
      show(d, i);
      return;
    }
  }
  st.current = -1;
}

}  // namespace

nlohmann::ordered_json suggestion_memory_json(const Document& d) {
  const SuggestionMemory& m = d.suggestion_memory;
  const bool shown = d.suggestions.has_value() || m.show_when_current;
  if (!shown && m.rejected.empty()) return nullptr;
  nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
  for (const auto& [quote, kind, text] : m.rejected) rejected.push_back({{"quote", quote}, {"kind", kind}, {"text", text}});
  const float min = d.suggestions ? d.suggestions->min_confidence : m.min_confidence;
  return {{"suggestions", {{"shown", shown}, {"min_confidence", min}, {"rejected", std::move(rejected)}}}};
}

void restore_suggestion_memory(Document& d, const nlohmann::ordered_json& j) {
  if (!j.is_object() || !j.contains("suggestions") || !j["suggestions"].is_object()) return;
  const auto& s = j["suggestions"];
  SuggestionMemory& m = d.suggestion_memory;
  if (s.contains("shown") && s["shown"].is_boolean()) m.show_when_current = s["shown"].get<bool>();
  if (s.contains("min_confidence") && s["min_confidence"].is_number()) {
    const double v = s["min_confidence"].get<double>();
    if (v >= 0 && v <= 1) m.min_confidence = static_cast<float>(v);
  }
  if (s.contains("rejected") && s["rejected"].is_array())
    for (const auto& r : s["rejected"])
      if (r.is_object() && r.contains("quote") && r["quote"].is_boolean() && r.contains("kind") && r["kind"].is_string() &&
          r.contains("text") && r["text"].is_string())
        m.rejected.insert({r["quote"].get<bool>(), r["kind"].get<std::string>(), r["text"].get<std::string>()});
}

void run_suggestions(Document& d, bool restoring) {
  SuggestionState st;
  st.all = suggest::suggest(d.article);
  for (std::size_t i = 0; i < st.all.quotes.size(); ++i) {
    const auto& q = st.all.quotes[i];
    st.items.push_back({true, i, q.span, "quote", excerpt(d, q.span, 80), q.confidence, State::Open});
  }
  for (std::size_t i = 0; i < st.all.entities.size(); ++i) {
    const auto& e = st.all.entities[i];
    st.items.push_back({false, i, e.span, e.type, excerpt(d, e.span, 80), e.confidence, State::Open});
  }
  // Suggesting again (or after a reload) keeps the person's decisions: what was rejected stays rejected.
  st.min_confidence = d.suggestions ? d.suggestions->min_confidence : d.suggestion_memory.min_confidence;
  const auto& rejected = d.suggestion_memory.rejected;
  if (!rejected.empty())
    for (auto& i : st.items)
      if (rejected.count({i.quote, i.kind, i.text})) i.state = State::Rejected;
  d.suggestion_memory.show_when_current = false;
  if (!restoring) ++d.suggestion_memory.changes;
  d.suggestions = std::move(st);
  d.suggestions->version = ~std::uint64_t{0};
  refresh_suggestions(d);
  if (restoring) return;  // as they were: the status line keeps what the restore said
  std::size_t open = 0;
  for (const auto& i : d.suggestions->items) open += i.state == State::Open;
  d.say(std::to_string(open) + " suggestions (" + std::to_string(d.suggestions->all.quotes.size()) + " quotes, " +
        std::to_string(d.suggestions->all.entities.size()) + " entities)" +
        (d.suggestions->all.flags.empty() ? "" : "; " + d.suggestions->all.flags.front()));
}

void refresh_suggestions(Document& d) {
  if (!d.suggestions || d.suggestions->version == d.editor.version()) return;
  d.suggestions->version = d.editor.version();
  SuggestionState& st = *d.suggestions;
  std::set<std::pair<std::size_t, std::size_t>> mentions, quotes;
  for (const auto& [id, m] : d.set.mentions) mentions.emplace(m.span.begin, m.span.end);
  for (const auto& [id, q] : d.set.quotes) quotes.emplace(q.span.begin, q.span.end);
  // Marked by hand (or accepted, or an undo brought it back): decided. An undone acceptance opens again.
  for (auto& i : st.items) {
    const bool there = (i.quote ? quotes : mentions).count({i.span.begin, i.span.end}) > 0;
    if (i.state == State::Open && there) i.state = State::Accepted;
    else if (i.state == State::Accepted && !there) i.state = State::Open;
  }
  // A text the person marked by hand: its other occurrences are suggested with the person's type (a
  // suggestion of another type there takes it); what the person rejected stays rejected. Each text once.
  std::map<std::string, std::string> marked;  // text -> type
  for (const auto& [id, m] : d.set.mentions) {
    if (m.prov.origin != "manual") continue;
    std::string text(d.article.text.slice(m.span.begin, m.span.end));
    if (st.followed.insert(text).second) marked.emplace(std::move(text), m.type);
  }
  if (marked.empty()) return;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> entity_at;
  for (std::size_t k = 0; k < st.items.size(); ++k)
    if (!st.items[k].quote) entity_at.emplace(std::make_pair(st.items[k].span.begin, st.items[k].span.end), k);
  article::SearchOptions o;
  o.match_case = true;
  o.whole_word = true;
  for (const auto& [text, type] : marked) {
    for (const article::Span& sp : article::find_all(d.article.text, text, o)) {
      if (mentions.count({sp.begin, sp.end})) continue;
      auto it = entity_at.find({sp.begin, sp.end});
      if (it != entity_at.end()) {
        SuggestionItem& i = st.items[it->second];
        if (i.state == State::Open && i.kind != type) {
          i.kind = type;
          st.all.entities[i.index].type = type;
          i.confidence = std::max(i.confidence, 0.9);
          // Retyped as the person marked it: a rejection of that kind and text holds here too.
          if (d.suggestion_memory.rejected.count({false, type, i.text})) i.state = State::Rejected;
        }
        continue;
      }
      st.all.entities.push_back({sp, type, "", 0.9});
      std::string shown = excerpt(d, sp, 80);
      const State state = d.suggestion_memory.rejected.count({false, type, shown}) ? State::Rejected : State::Open;
      st.items.push_back({false, st.all.entities.size() - 1, sp, type, std::move(shown), 0.9, state});
      entity_at.emplace(std::make_pair(sp.begin, sp.end), st.items.size() - 1);
    }
  }
}

void accept_suggestion(Document& d, int index) {
  if (!d.suggestions || index < 0 || index >= static_cast<int>(d.suggestions->items.size())) return;
  SuggestionItem& item = d.suggestions->items[static_cast<std::size_t>(index)];
  if (item.state != State::Open) return;
  const std::string text = item.text, kind = item.kind, name = named(item);
  d.editor.begin_batch(item.quote ? "Accept suggested quote" : "Accept suggested " + kind);
  std::size_t n = apply(d, item) ? 1 : 0;
  // Other occurrences of an accepted entity follow it.
  if (!item.quote)
    for (auto& other : d.suggestions->items)
      if (other.state == State::Open && !other.quote && other.kind == kind && other.text == text) n += apply(d, other);
  d.editor.end_batch();
  d.say(n ? "Accepted " + name + (n > 1 ? " and " + std::to_string(n - 1) + " more occurrences" : "")
          : "Not accepted: it overlaps what is marked", n == 0);
  advance(d, index);
}

void reject_suggestion(Document& d, int index) {
  if (!d.suggestions || index < 0 || index >= static_cast<int>(d.suggestions->items.size())) return;
  SuggestionItem& item = d.suggestions->items[static_cast<std::size_t>(index)];
  if (item.state != State::Open) return;
  std::size_t n = 0;
  for (auto& other : d.suggestions->items)
    if (other.state == State::Open && other.quote == item.quote && other.kind == item.kind && other.text == item.text) {
      other.state = State::Rejected;
      ++n;
    }
  d.suggestion_memory.rejected.insert({item.quote, item.kind, item.text});
  ++d.suggestion_memory.changes;
  d.say("Rejected " + named(item) + (n > 1 ? " and " + std::to_string(n - 1) + " more occurrences" : ""));
  advance(d, index);
}

void accept_all_of_kind(Document& d, const std::string& kind) {
  if (!d.suggestions) return;
  d.editor.begin_batch("Accept all suggested " + kind);
  std::size_t n = 0;
  for (auto& i : d.suggestions->items)
    if (i.kind == kind && d.suggestions->visible(i)) n += apply(d, i);
  d.editor.end_batch();
  d.say("Accepted " + std::to_string(n) + " suggested " + kind + (n == 1 ? "" : "s") + " (one undo step)");
  if (d.suggestions->current >= 0 && !d.suggestions->visible(d.suggestions->items[static_cast<std::size_t>(d.suggestions->current)]))
    advance(d, d.suggestions->current);
}

void step_suggestion(Document& d, int dir) {
  if (!d.suggestions || d.suggestions->items.empty()) return;
  const SuggestionState& st = *d.suggestions;
  const int n = static_cast<int>(st.items.size());
  // In text order, whatever the kind.
  std::vector<int> order;
  for (int i = 0; i < n; ++i)
    if (st.visible(st.items[static_cast<std::size_t>(i)])) order.push_back(i);
  if (order.empty()) return;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return st.items[static_cast<std::size_t>(a)].span.begin < st.items[static_cast<std::size_t>(b)].span.begin;
  });
  auto it = std::find(order.begin(), order.end(), st.current);
  int k = it == order.end() ? (dir > 0 ? 0 : static_cast<int>(order.size()) - 1)
                            : static_cast<int>((it - order.begin() + static_cast<long>(order.size()) + dir) % static_cast<long>(order.size()));
  show(d, order[static_cast<std::size_t>(k)]);
}

int suggestion_at(const Document& d, std::size_t cp) {
  if (!d.suggestions) return -1;
  int best = -1;
  std::size_t best_size = ~std::size_t{0};
  const auto& items = d.suggestions->items;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (d.suggestions->visible(items[i]) && items[i].span.begin <= cp && cp < items[i].span.end && items[i].span.size() < best_size) {
      best = static_cast<int>(i);
      best_size = items[i].span.size();
    }
  return best;
}

}  // namespace glossa::app
