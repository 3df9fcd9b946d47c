// resolve: the merged set, once each conflict is settled.
#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <tuple>

#include "core/compare/merge.h"

namespace glossa::compare {

using annotate::AnnotationSet;
using annotate::Entity;
using annotate::Id;
using annotate::Mention;
using annotate::Note;
using annotate::Quote;

namespace {

enum Side : char { A = 'a', B = 'b' };

// An entity of one of the two sets, as a key: "a:e1", "b:e3" ("" for no entity).
std::string node(Side side, const Id& entity) { return entity.empty() ? std::string() : std::string(1, side) + ":" + entity; }
Side side_of(const std::string& n) { return n[0] == 'a' ? A : B; }
Id id_of(const std::string& n) { return n.substr(2); }

// Union-find over entity nodes: entities that become one.
class Groups {
 public:
  std::string find(const std::string& x) {
    auto it = parent_.find(x);
    if (it == parent_.end()) {
      parent_.emplace(x, x);
      return x;
    }
    if (it->second == x) return x;
    std::string root = find(it->second);
    parent_[x] = root;
    return root;
  }
  void join(const std::string& x, const std::string& y) {
    const std::string rx = find(x), ry = find(y);
    if (rx != ry) parent_[ry] = rx;
  }

 private:
  std::map<std::string, std::string> parent_;
};

// New ids for what comes from b: none of a's ids, of any kind, and none given before.
class IdMaker {
 public:
  explicit IdMaker(const AnnotationSet& a) {
    for (const auto& kv : a.mentions) taken_.insert(kv.first);
    for (const auto& kv : a.entities) taken_.insert(kv.first);
    for (const auto& kv : a.quotes) taken_.insert(kv.first);
    for (const auto& kv : a.notes) taken_.insert(kv.first);
  }
  Id make(char prefix) {
    for (;;) {
      Id id = std::string(1, prefix) + std::to_string(++next_[prefix]);
      if (taken_.insert(id).second) return id;
    }
  }

 private:
  std::set<Id> taken_;
  std::map<char, unsigned long> next_;
};

// A merged mention before entities are settled: the entity node it belongs with.
struct DraftMention {
  Mention m;
  std::string entity;
};

annotate::TypeSet merged_types(const AnnotationSet& a, const AnnotationSet& b) {
  annotate::TypeSet t = a.types;
  for (const auto& et : b.types.all()) {
    if (t.find(et.name)) continue;  // a's definition (colour, key) wins
    if (!t.put(et)) {
      annotate::EntityType keyless = et;  // its key is a's for another type
      keyless.key = 0;
      t.put(keyless);
    }
  }
  return t;
}

constexpr std::size_t kNowhere = std::numeric_limits<std::size_t>::max();

// Where each entity of s is first mentioned (entities without mentions are not in the map).
std::map<Id, std::size_t> first_mentions(const AnnotationSet& s) {
  std::map<Id, std::size_t> out;
  for (const auto& kv : s.mentions) {
    const Mention& m = kv.second;
    if (m.entity.empty()) continue;
    auto [it, fresh] = out.emplace(m.entity, m.span.begin);
    if (!fresh) it->second = std::min(it->second, m.span.begin);
  }
  return out;
}

std::string entity_list(const AnnotationSet& s, const std::vector<Id>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) out += i + 1 == ids.size() ? " and " : ", ";
    const Entity* e = s.entity(ids[i]);
    out += ids[i] + (e && !e->name.empty() ? " \"" + e->name + "\"" : "");
  }
  return out;
}

class Merger {
 public:
  Merger(const MergePlan& plan, MergeResult& r) : plan_(plan), a_(plan.a), b_(plan.b), r_(r), ids_(plan.a) {}

  void run() {
    r_.set = AnnotationSet(a_.article_id(), a_.text_length());
    r_.set.types = merged_types(a_, b_);
    mentions();
    entities();
    for (auto& [id, d] : drafts_) {
      const auto e = d.entity.empty() ? entity_of_root_.end() : entity_of_root_.find(groups_.find(d.entity));
      d.m.entity = e == entity_of_root_.end() ? Id() : e->second;
      r_.set.mentions.emplace(id, d.m);
    }
    quotes();
    notes();
    foreign();
    const auto p = r_.set.problems();
    if (!p.empty()) r_.error = "the merged set is not valid: " + p.front();
  }

 private:
  std::optional<Choice> choice(const MergePlan::Pairing& p) const {
    if (p.conflict == MergePlan::kSame) return std::nullopt;
    return r_.choices[p.conflict];
  }
  std::map<Id, Id>& from(Side s) { return s == A ? r_.from_a : r_.from_b; }
  const AnnotationSet& set(Side s) const { return s == A ? a_ : b_; }
  Id mapped(Side s, const Id& id) {
    if (id.empty()) return {};
    const auto it = from(s).find(id);
    return it == from(s).end() ? Id() : it->second;
  }

  void mentions() {
    std::set<Id> paired;  // b's mentions that became one with a's
    for (const auto& [id, m] : a_.mentions) {
      drafts_[id] = {m, node(A, m.entity)};
      r_.from_a[id] = id;
    }
    for (const auto& p : plan_.mentions) {
      const auto ch = choice(p);
      if (ch == Choice::KeepBoth) continue;
      const Mention& mb = *b_.mention(p.b);
      DraftMention& d = drafts_.at(p.a);
      const std::string na = node(A, d.m.entity), nb = node(B, mb.entity);
      if (ch == Choice::TakeB) {
        d.m = mb;
        d.m.id = p.a;
      }
      if (ch && r_.conflicts[p.conflict].has(ConflictKind::Type)) {
        // Different types: the mention stays with the winner's entity; the loser's entity lets it go.
        d.entity = ch == Choice::TakeB ? nb : na;
        const std::string& loser = ch == Choice::TakeB ? na : nb;
        if (!loser.empty()) replaced_by_.emplace(loser, p.a);
      } else {
        if (!na.empty() && !nb.empty()) groups_.join(na, nb);
        d.entity = na.empty() ? nb : na;
      }
      r_.from_b[p.b] = p.a;
      paired.insert(p.b);
    }
    for (const Mention* m : b_.mentions_in_order()) {
      if (paired.count(m->id)) continue;
      DraftMention d{*m, node(B, m->entity)};
      d.m.id = ids_.make('m');
      r_.from_b[m->id] = d.m.id;
      drafts_.emplace(d.m.id, std::move(d));
    }
  }

  void entities() {
    const std::map<Id, std::size_t> first_a = first_mentions(a_), first_b = first_mentions(b_);
    const auto first_in = [&](const std::string& n) {
      const auto& m = side_of(n) == A ? first_a : first_b;
      const auto it = m.find(id_of(n));
      return it == m.end() ? kNowhere : it->second;
    };
    // Entities without mentions (made apart from any mention): one of b with a's name and type is a's.
    std::map<std::pair<std::string, std::string>, std::vector<Id>> empty_a;
    for (const auto& [id, e] : a_.entities) {
      groups_.find(node(A, id));
      if (!first_a.count(id)) empty_a[{e.name, e.type}].push_back(id);
    }
    for (const auto& [id, e] : b_.entities) {
      groups_.find(node(B, id));
      if (first_b.count(id)) continue;
      auto it = empty_a.find({e.name, e.type});
      if (it == empty_a.end() || it->second.empty()) continue;
      groups_.join(node(A, it->second.front()), node(B, id));
      it->second.erase(it->second.begin());
    }

    // The classes, each with its members (a's first), placed by their first merged mention.
    std::map<std::string, std::vector<std::string>> members;
    for (const auto& kv : a_.entities) members[groups_.find(node(A, kv.first))].push_back(node(A, kv.first));
    for (const auto& kv : b_.entities) members[groups_.find(node(B, kv.first))].push_back(node(B, kv.first));
    std::map<std::string, std::size_t> first;
    for (const auto& [id, d] : drafts_) {
      if (d.entity.empty()) continue;
      auto [it, fresh] = first.emplace(groups_.find(d.entity), d.m.span.begin);
      if (!fresh) it->second = std::min(it->second, d.m.span.begin);
    }
    std::vector<std::string> roots;
    for (const auto& kv : members) roots.push_back(kv.first);
    const auto where = [&](const std::string& root) {
      const auto it = first.find(root);
      return it == first.end() ? kNowhere : it->second;
    };
    std::stable_sort(roots.begin(), roots.end(), [&](const std::string& x, const std::string& y) { return where(x) < where(y); });

    for (const std::string& root : roots) {
      const auto& group = members[root];
      const bool had_mentions =
          std::any_of(group.begin(), group.end(), [&](const std::string& n) { return first_in(n) != kNowhere; });
      if (!first.count(root) && had_mentions) {  // its mentions went to the other side's type and entity
        for (const std::string& n : group)
          r_.remarks.push_back("entity " + entity_list(set(side_of(n)), {id_of(n)}) + " of " + std::string(1, side_of(n)) +
                               " is left out: its mentions have the other set's type now");
        continue;
      }
      // The representative: a's entity named first in a, else b's named first in b.
      std::string rep;
      std::size_t rep_pos = 0;
      for (const std::string& n : group) {
        if (!rep.empty() && side_of(n) != side_of(rep)) break;
        const std::size_t pos = first_in(n);
        if (rep.empty() || pos < rep_pos) rep = n, rep_pos = pos;
      }
      Entity e = *set(side_of(rep)).entity(id_of(rep));
      e.id = side_of(rep) == A ? id_of(rep) : ids_.make('e');
      for (const std::string& n : group)
        if (e.name.empty()) e.name = set(side_of(n)).entity(id_of(n))->name;
      entity_of_root_[root] = e.id;
      std::vector<Id> of_a, of_b;
      for (const std::string& n : group) {
        from(side_of(n))[id_of(n)] = e.id;
        (side_of(n) == A ? of_a : of_b).push_back(id_of(n));
      }
      if (of_a.size() > 1)
        r_.remarks.push_back("entities " + entity_list(a_, of_a) + " of a are one entity in the merge (" + e.id +
                             "): b groups their mentions together");
      if (of_b.size() > 1)
        r_.remarks.push_back("entities " + entity_list(b_, of_b) + " of b are one entity in the merge (" + e.id +
                             "): a groups their mentions together");
      r_.set.entities.emplace(e.id, std::move(e));
    }
  }

  void quotes() {
    std::set<Id> paired;  // b's quotes that became one with a's
    for (const auto& [id, q] : a_.quotes) {
      r_.set.quotes.emplace(id, q);
      r_.from_a[id] = id;
    }
    for (const auto& p : plan_.quotes) {
      const auto ch = choice(p);
      if (ch == Choice::KeepBoth) continue;
      const Side win = ch == Choice::TakeB ? B : A, other = win == A ? B : A;
      const Quote& w = *set(win).quote(win == A ? p.a : p.b);
      const Quote& o = *set(other).quote(other == A ? p.a : p.b);
      Quote q = w;
      q.id = p.a;
      // What differs is the winner's; what only one of them has is kept.
      q.speaker = mapped(win, w.speaker);
      if (q.speaker.empty()) q.speaker = mapped(other, o.speaker);
      if (!q.cue) q.cue = o.cue;
      r_.set.quotes[p.a] = std::move(q);
      r_.from_b[p.b] = p.a;
      paired.insert(p.b);
    }
    for (const Quote* q : b_.quotes_in_order()) {
      if (paired.count(q->id)) continue;
      Quote c = *q;
      c.id = ids_.make('q');
      c.speaker = mapped(B, q->speaker);
      r_.from_b[q->id] = c.id;
      r_.set.quotes.emplace(c.id, std::move(c));
    }
  }

  // A note's target in the merge: what the annotation became, or for a dropped entity the mention that
  // replaced its mention. nullopt: nowhere.
  std::optional<Id> target(Side s, const Id& t) {
    if (t.empty()) return Id();
    if (Id m = mapped(s, t); !m.empty()) return m;
    const auto it = replaced_by_.find(node(s, t));
    if (it != replaced_by_.end()) return it->second;
    return std::nullopt;
  }

  void notes() {
    using Key = std::tuple<std::string, Id, std::optional<std::pair<std::size_t, std::size_t>>>;
    std::map<Key, Id> kept;
    const auto key = [](const Note& n) {
      return Key{n.text, n.target, n.span ? std::optional(std::make_pair(n.span->begin, n.span->end)) : std::nullopt};
    };
    for (const Side s : {A, B}) {
      for (const auto& [id, n] : set(s).notes) {
        Note c = n;
        const auto t = target(s, n.target);
        if (!t) {
          r_.remarks.push_back(std::string("note ") + id + " of " + char(s) + " is about " + n.target + ", which the merge dropped" +
                               (n.span ? "; it keeps its span" : "; it is left out"));
          if (!n.span) continue;
        }
        c.target = t.value_or(Id());
        if (s == B) {
          if (const auto it = kept.find(key(c)); it != kept.end()) {
            r_.from_b[id] = it->second;
            continue;
          }
          c.id = ids_.make('n');
        }
        from(s)[id] = c.id;
        kept.emplace(key(c), c.id);
        r_.set.notes.emplace(c.id, std::move(c));
      }
    }
  }

  void foreign() {
    r_.set.foreign = a_.foreign;
    for (const auto& f : b_.foreign)
      if (std::find(r_.set.foreign.begin(), r_.set.foreign.end(), f) == r_.set.foreign.end()) r_.set.foreign.push_back(f);
  }

  const MergePlan& plan_;
  const AnnotationSet& a_;
  const AnnotationSet& b_;
  MergeResult& r_;
  IdMaker ids_;
  Groups groups_;
  std::map<Id, DraftMention> drafts_;
  std::map<std::string, Id> replaced_by_;  // entity node whose mention lost a type conflict -> the mention that won
  std::map<std::string, Id> entity_of_root_;
};

// A plan is made by plan_merge; one changed by hand since must still pair annotations its sets have.
bool fits(const MergePlan& plan) {
  const auto ok = [&](const std::vector<MergePlan::Pairing>& pairs, auto has_a, auto has_b) {
    return std::all_of(pairs.begin(), pairs.end(), [&](const MergePlan::Pairing& p) {
      return has_a(p.a) && has_b(p.b) && (p.conflict == MergePlan::kSame || p.conflict < plan.conflicts.size());
    });
  };
  return ok(plan.mentions, [&](const Id& id) { return plan.a.mention(id); }, [&](const Id& id) { return plan.b.mention(id); }) &&
         ok(plan.quotes, [&](const Id& id) { return plan.a.quote(id); }, [&](const Id& id) { return plan.b.quote(id); });
}

}  // namespace

MergeResult resolve(const MergePlan& plan, const std::vector<Choice>& choices) {
  MergeResult r;
  if (!plan.ok()) {
    r.error = plan.error;
    return r;
  }
  if (!fits(plan)) {
    r.error = "the merge plan does not fit its sets (it pairs annotations they do not have)";
    return r;
  }
  r.conflicts = plan.conflicts;
  r.choices.assign(plan.conflicts.size(), Choice::TakeA);
  for (std::size_t i = 0; i < r.choices.size() && i < choices.size(); ++i) r.choices[i] = choices[i];
  Merger(plan, r).run();
  return r;
}

MergeResult merge(const AnnotationSet& a, const AnnotationSet& b, const MergeOptions& options) {
  const MergePlan plan = plan_merge(a, b, options);
  return resolve(plan, std::vector<Choice>(plan.conflicts.size(), options.choice));
}

}  // namespace glossa::compare
