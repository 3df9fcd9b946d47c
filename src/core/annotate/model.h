#pragma once
// The annotation model (DESIGN.md): typed mentions, entities that group mentions, quotes with a kind, an
// optional cue and a speaker (a mention), and free-text notes. Spans are code points of the article's
// normalized text, half-open, and may overlap and nest. Every annotation records who made it, when,
// and how (by hand, accepted from a suggestion, imported).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/types.h"
#include "core/article/article.h"

namespace glossa::annotate {

using article::Span;
using Id = std::string;  // "m12", "e3", "q7", "n2": unique within a set

struct Provenance {
  std::string author;            // who made it ("" when unknown)
  std::string created;           // ISO 8601 UTC, "2026-11-25T10:48:00Z"
  std::string origin = "manual"; // "manual", "suggested", "imported"
  bool operator==(const Provenance& o) const { return author == o.author && created == o.created && origin == o.origin; }
};

// A span with gaps (brat's discontinuous annotations) keeps its pieces; span is then the covering range.
using Fragments = std::vector<Span>;

struct Mention {
  Id id;
  Span span;
  std::string type;  // a name in the set's TypeSet
  Id entity;         // the entity it names, or "" (a mention on its own)
  Provenance prov;
  Fragments fragments;  // empty: the span is contiguous
  bool operator==(const Mention& o) const {
    return id == o.id && span == o.span && type == o.type && entity == o.entity && prov == o.prov && fragments == o.fragments;
  }
};

struct Entity {
  Id id;
  std::string name;  // canonical name: "Vladimir Putin"
  std::string type;
  Provenance prov;
  bool operator==(const Entity& o) const { return id == o.id && name == o.name && type == o.type && prov == o.prov; }
};

enum class QuoteKind { Direct, Indirect, Mixed };
const char* to_string(QuoteKind k);
bool parse_quote_kind(const std::string& s, QuoteKind& k);

struct Quote {
  Id id;
  Span span;
  QuoteKind kind = QuoteKind::Direct;
  std::optional<Span> cue;  // "said"
  Id speaker;               // a mention id, or ""
  Provenance prov;
  Fragments fragments;      // empty: the span is contiguous
  bool operator==(const Quote& o) const {
    return id == o.id && span == o.span && kind == o.kind && cue == o.cue && speaker == o.speaker && prov == o.prov &&
           fragments == o.fragments;
  }
};

struct Note {
  Id id;
  Id target;                // the annotation it is about, or ""
  std::optional<Span> span;  // or a span of text (when there is no target)
  std::string text;
  Provenance prov;
  bool operator==(const Note& o) const { return id == o.id && target == o.target && span == o.span && text == o.text && prov == o.prov; }
};

// All annotations of one article. Knows the article's id and length so it can check spans.
class AnnotationSet {
 public:
  AnnotationSet() : types(TypeSet::defaults()) {}
  AnnotationSet(std::string article_id, std::size_t text_length)
      : types(TypeSet::defaults()), article_id_(std::move(article_id)), length_(text_length) {}

  const std::string& article_id() const { return article_id_; }
  std::size_t text_length() const { return length_; }

  TypeSet types;
  std::map<Id, Mention> mentions;
  std::map<Id, Entity> entities;
  std::map<Id, Quote> quotes;
  std::map<Id, Note> notes;
  // Records of an imported file that the model does not represent (brat events, attributes, normalizations),
  // kept verbatim so exporting to the same format loses nothing: {"brat", "E1\tAttribution:T4 Content:T3"}.
  struct Foreign {
    std::string format, record;
    bool operator==(const Foreign& o) const { return format == o.format && record == o.record; }
  };
  std::vector<Foreign> foreign;

  const Mention* mention(const Id& id) const;
  const Entity* entity(const Id& id) const;
  const Quote* quote(const Id& id) const;
  bool has_annotation(const Id& id) const;
  std::size_t size() const { return mentions.size() + entities.size() + quotes.size() + notes.size(); }

  // A new id with this prefix ('m', 'e', 'q', 'n') not used in the set.
  Id new_id(char prefix);

  // Every invariant: spans in range and non-empty, types known, links to existing annotations. Returns the
  // problems ("mention m3: span 40..38 is empty or reversed"), empty when the set is valid.
  std::vector<std::string> problems() const;

  // Mentions of an entity, by position.
  std::vector<const Mention*> mentions_of(const Id& entity) const;
  // Every entity's mentions, by position, in one pass over the mentions (for code that asks of each entity).
  using MentionsByEntity = std::map<Id, std::vector<const Mention*>>;
  MentionsByEntity mentions_by_entity() const;
  // One entity's list in such a map; empty when it has no mentions.
  static const std::vector<const Mention*>& mentions_in(const MentionsByEntity& by_entity, const Id& entity);
  // Annotations in document order (begin, then longer first, then id).
  std::vector<const Mention*> mentions_in_order() const;
  std::vector<const Quote*> quotes_in_order() const;

 private:
  std::string article_id_;
  std::size_t length_ = 0;
  std::map<char, unsigned long> next_;
};

// Checks one span against a text length: "span 40..38 is empty or reversed", "span 10..9000 is outside the
// text (length 2463)"; empty when fine.
std::string span_problem(const Span& s, std::size_t length);
// The same for fragments: non-empty, not overlapping (in any order), exactly covering the span.
std::string fragments_problem(const Fragments& f, const Span& covering);

}  // namespace glossa::annotate
