#include "synthetic.h"

#include <string>
#include <vector>

#include "core/article/tokenize.h"
#include "files.h"

namespace glossa::bench {

namespace {

const char* const kTypes[] = {"PERSON", "ORG", "LOC", "GPE", "DATE"};

annotate::Provenance prov() { return {"bench", "2026-11-25T10:00:00Z", "manual"}; }

}  // namespace

annotate::AnnotationSet synthetic_annotations(const article::Article& a, std::size_t count) {
  using namespace annotate;
  AnnotationSet set(a.id, a.text.code_points());
  // The mix: 10% entities, 10% quotes, 5% notes, the rest mentions.
  const std::size_t entities = count / 10, quotes = count / 10, notes = count / 20;
  const std::size_t mentions = count - entities - quotes - notes;

  std::vector<article::Span> words;
  for (const auto& unit : article::tokenized_units(a))
    for (const auto& t : unit)
      if (t.size() >= 2) words.push_back(t);
  if (words.empty() || a.sentences.empty()) fail("the article has no words or no sentences to annotate");

  std::vector<Id> entity_ids(entities);  // made when a mention first joins it
  for (std::size_t k = 0; k < mentions; ++k) {
    // One or two words; mention k joins entity k % entities, except in every fourth round over the
    // entities, whose mentions stay on their own.
    const std::size_t w = k * words.size() / mentions;
    const std::size_t last = (k % 3 == 0 && w + 1 < words.size()) ? w + 1 : w;
    Mention m;
    m.id = set.new_id('m');
    m.span = {words[w].begin, words[last].end};
    m.prov = prov();
    const std::size_t e = entities ? k % entities : 0;
    m.type = kTypes[e % 5];
    if (entities && (k / entities) % 4 != 3) {
      if (entity_ids[e].empty()) {
        Entity ent;
        ent.id = set.new_id('e');
        ent.name = std::string(a.text.slice(m.span.begin, m.span.end));
        ent.type = m.type;
        ent.prov = prov();
        entity_ids[e] = ent.id;
        set.entities[ent.id] = ent;
      }
      m.entity = entity_ids[e];
    }
    set.mentions[m.id] = m;
  }
  // Entities no mention reached (only when there are few mentions): still counted, on their own.
  for (std::size_t e = 0; e < entities; ++e) {
    if (!entity_ids[e].empty()) continue;
    Entity ent{set.new_id('e'), "Entity " + std::to_string(e), kTypes[e % 5], prov()};
    entity_ids[e] = ent.id;
    set.entities[ent.id] = ent;
  }

  std::vector<Id> mention_ids;
  for (const auto& [id, m] : set.mentions) mention_ids.push_back(id);
  std::vector<Id> quote_ids;
  for (std::size_t j = 0; j < quotes; ++j) {
    const auto& s = a.sentences[j * a.sentences.size() / quotes];
    Quote q;
    q.id = set.new_id('q');
    q.span = s;
    q.kind = j % 3 == 0 ? QuoteKind::Indirect : j % 3 == 1 ? QuoteKind::Direct : QuoteKind::Mixed;
    q.prov = prov();
    // The cue: the first word of the sentence (every other quote); the speaker: a mention nearby.
    if (j % 2 == 0) {
      const auto tokens = article::tokenize(a.text, s);
      if (!tokens.empty()) q.cue = tokens.front();
    }
    if (!mention_ids.empty()) q.speaker = mention_ids[j * mention_ids.size() / quotes];
    quote_ids.push_back(q.id);
    set.quotes[q.id] = q;
  }

  for (std::size_t n = 0; n < notes; ++n) {
    Note note;
    note.id = set.new_id('n');
    note.prov = prov();
    note.text = "Checked against the source (" + std::to_string(n) + ")";
    if (n % 2 == 0 && !quote_ids.empty()) note.target = quote_ids[n * quote_ids.size() / notes];
    else if (!mention_ids.empty()) note.target = mention_ids[n * mention_ids.size() / notes];
    set.notes[note.id] = note;
  }

  const auto problems = set.problems();
  if (!problems.empty()) fail("synthetic annotations are invalid: " + problems.front());
  if (set.size() != count) fail("synthetic annotations: made " + std::to_string(set.size()) + ", not " + std::to_string(count));
  return set;
}

}  // namespace glossa::bench
