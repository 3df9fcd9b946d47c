#include "core/suggest/tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/suggest/lexicon.h"
#include "core/suggest/name_runs.h"
#include "core/text/chars.h"

namespace glossa::suggest {

extern const unsigned char kTaggerModel[];  // generated from tagger_model.bin (tagger_model.cmake)
extern const std::size_t kTaggerModelSize;

namespace {

constexpr char kMagic[4] = {'G', 'L', 'T', 'G'};
constexpr std::size_t kHeader = 4 + 4 + 4 + 4 + 4;  // magic, version and tags, scale, temperature, count
// Shapes longer than this are cut: "Xx", "X.X.", "d-d" say what matters.
constexpr std::size_t kShapeLength = 6;
static_assert(kShapeLength < 8, "a shape and its length fit TokenFeatures::kShapeSize");

// FNV-1a, fed piece by piece so that a feature needs no string of its own (on these short pieces it
// measured faster than hashing eight bytes at a time).
struct Hash {
  std::uint32_t h = 2166136261u;
  void add(std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
  }
  std::uint32_t value() const { return h; }
};

char shape_class(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return static_cast<char>(c);
  }
  if (text::is_upper(c)) return 'X';
  if (text::is_lower(c) || text::is_letter(c)) return 'x';
  if (text::is_digit(c)) return 'd';
  return text::is_quote(c) ? '"' : text::is_dash(c) ? '-' : '?';
}

// The last (first) n bytes of a word, widened so as not to cut a UTF-8 sequence.
std::string_view suffix(const std::string& w, std::size_t n) {
  if (w.size() <= n) return w;
  std::size_t b = w.size() - n;
  while (b > 0 && (static_cast<unsigned char>(w[b]) & 0xC0) == 0x80) --b;
  return std::string_view(w).substr(b);
}
std::string_view prefix(const std::string& w, std::size_t n) {
  if (w.size() <= n) return w;
  std::size_t e = n;
  while (e < w.size() && (static_cast<unsigned char>(w[e]) & 0xC0) == 0x80) ++e;
  return std::string_view(w).substr(0, e);
}

template <class T>
T read(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

const char* tag_name(Tag t) {
  static const char* const kNames[] = {"O", "PER", "ORG", "LOC", "MISC"};
  return kNames[static_cast<std::size_t>(t)];
}

TokenFeatures::TokenFeatures(const Doc& d, const Mentions& rules) : d_(d), rules_(rules) {
  seen_.assign(d.words(), kUnseen);
  stems_.resize(d.words());
  possessive_.assign(d.words(), false);
  stem_id_.resize(d.words());
  std::vector<bool> done(d.words(), false);
  shape_.resize(d.size());
  has_capital_.resize(d.size());
  for (std::size_t t = 0; t < d.size(); ++t) {
    const std::uint32_t id = d.word_id(t);
    if (!done[id]) {
      done[id] = true;
      possessive_[id] = d.word(t) && suggest::possessive(d.low(t)) > 0;
      if (possessive_[id]) stems_[id] = strip_possessive(d.low(t));
      stem_id_[id] = possessive_[id] ? d.word_id_of(stems_[id], id) : id;
    }
    const std::size_t cut = possessive_[id] ? suggest::possessive(d.low(t)) : 0;  // code points of the ending
    std::array<char, kShapeSize>& s = shape_[t];
    char n = 0;
    for (std::size_t k = d.tok(t).begin; k < d.tok(t).end - cut; ++k) {
      const char c = shape_class(d.cps()[k]);
      if (c == 'X') has_capital_[t] = true;
      if (n < static_cast<char>(kShapeLength) && (n == 0 || s[static_cast<std::size_t>(n - 1)] != c)) s[static_cast<std::size_t>(n++)] = c;
    }
    s[kShapeSize - 1] = n;
  }
}

bool TokenFeatures::candidate(std::size_t t) const {
  if (has_capital_[t]) return true;
  const auto capital = [&](std::size_t k) { return k < d_.size() && d_.unit(k) == d_.unit(t) && has_capital_[k]; };
  return (t > 0 && capital(t - 1)) || capital(t + 1);
}

void TokenFeatures::add(std::vector<std::uint32_t>& out, std::string_view name, std::string_view value, std::string_view more) const {
  Hash h;
  h.add(name);
  h.add("=");
  h.add(value);
  if (!more.empty()) {
    h.add("|");
    h.add(more);
  }
  out.push_back(h.value());
}

void TokenFeatures::at(std::size_t t, const std::vector<Tag>& tags, std::vector<std::uint32_t>& out) const {
  out.clear();
  const auto same = [&](std::size_t k) { return k < d_.size() && d_.unit(k) == d_.unit(t); };
  const std::string& w = stem(t);
  const std::string_view s = shape(t);
  const bool has1 = t >= 1 && same(t - 1), has2 = t >= 2 && same(t - 2), next1 = same(t + 1), next2 = same(t + 2);
  // The tokens around t as the tagger learned them, a possessive ending read as "'" and "s" after its word.
  const bool own = possessive(t), owned_before = has1 && possessive(t - 1);
  const std::string_view pw = !has1 ? "<" : owned_before ? "s" : std::string_view(stem(t - 1));
  const std::string_view pw2 = owned_before ? "'" : !has2 ? "<" : possessive(t - 2) ? "s" : std::string_view(stem(t - 2));
  const std::string_view ps = !has1 ? "<" : owned_before ? "x" : shape(t - 1);
  const std::string_view nw = own ? "'" : next1 ? std::string_view(stem(t + 1)) : ">";
  const std::string_view nw2 = own ? "s" : !next1 ? ">" : possessive(t + 1) ? "'" : next2 ? std::string_view(stem(t + 2)) : ">";
  const std::string_view ns = own ? "'" : next1 ? shape(t + 1) : ">";
  const bool cap = d_.cap(t), cap_before = has1 && !owned_before && d_.cap(t - 1), cap_after = next1 && !own && d_.cap(t + 1);

  add(out, "b", "");
  add(out, "w", w);
  add(out, "s", s);
  add(out, "p3", prefix(w, 3));
  add(out, "x2", suffix(w, 2));
  add(out, "x3", suffix(w, 3));
  add(out, "x4", suffix(w, 4));
  add(out, "w-1", pw);
  add(out, "w-2", pw2);
  add(out, "w+1", nw);
  add(out, "w+2", nw2);
  add(out, "s-1s", ps, s);
  add(out, "ss+1", s, ns);
  add(out, "w-1w", pw, w);

  const std::uint32_t u = d_.unit(t);
  if (d_.capitals(u)) add(out, "u", "caps");
  else if (d_.headline(u)) add(out, "u", "head");
  if (d_.sentence_start(t)) add(out, "start", s);

  // Word lists and the gazetteer (names are capitalised: lower-case words are not looked up).
  if (cap) {
    if (d_.seen_lower(w)) add(out, "lower-too", "");
    if (const char* p = place_type(w); *p) add(out, "place", p);
    if (cap_before && *place_type(stem(t - 1) + " " + w)) add(out, "place", "end");
    if (cap_after && *place_type(w + " " + stem(t + 1))) add(out, "place", "start");
    if (known_org(w)) add(out, "org", "known");
    if (org_head(w)) add(out, "org", "head");
    if (demonym(w)) add(out, "demonym", "");
    if (title_word(w)) add(out, "title", "");
    if (month(w) || weekday(w)) add(out, "date", "");
    if (stop_capital(w)) add(out, "stop", "");
  }
  if (cap_after && org_head(stem(t + 1))) add(out, "org", "head+1");
  if (cap_before && title_word(stem(t - 1))) add(out, "title", "-1");

  // What the rules found here.
  if (const Mention* m = rules_.at(t)) add(out, "rule", m->type, m->first == t ? "B" : "I");
  if (has1 && !owned_before) {
    if (const Mention* m = rules_.at(t - 1)) add(out, "rule-1", m->type);
  }
  if (next1 && !own) {
    if (const Mention* m = rules_.at(t + 1)) add(out, "rule+1", m->type);
  }

  // The tags before it (the "'" and "s" of a possessive are O), and the one the same word got earlier.
  const char* t1 = !has1 ? "<" : owned_before ? "O" : tag_name(tags[t - 1]);
  const char* t2 = owned_before ? "O" : !has2 ? "<" : possessive(t - 2) ? "O" : tag_name(tags[t - 2]);
  add(out, "t-1", t1);
  add(out, "t-2t-1", t2, t1);
  add(out, "t-1w", t1, w);
  add(out, "t-1s", t1, s);
  if (cap) {
    const std::uint8_t seen = seen_[stem_id_[d_.word_id(t)]];
    add(out, "seen", seen == kUnseen ? "-" : tag_name(static_cast<Tag>(seen)));
  }
}

void TokenFeatures::remember(std::size_t t, Tag tag) {
  if (tag != Tag::O && d_.cap(t)) seen_[stem_id_[d_.word_id(t)]] = static_cast<std::uint8_t>(tag);
}

TaggerModel TaggerModel::load(const unsigned char* bytes, std::size_t size) {
  TaggerModel m;
  if (size < kHeader || std::memcmp(bytes, kMagic, 4) != 0 || bytes[4] != 1 || bytes[5] != kTags) return m;
  const float scale = read<float>(bytes + 8), temperature = read<float>(bytes + 12);
  const std::uint32_t count = read<std::uint32_t>(bytes + 16);
  if (size != kHeader + std::size_t{count} * (4 + kTags) || !(scale > 0) || !(temperature > 0)) return m;
  m.scale_ = scale;
  m.temperature_ = temperature;
  m.count_ = count;
  std::size_t cap = 16;
  while (cap * 3 < std::size_t{count} * 4) cap *= 2;  // at most three quarters full
  m.table_.assign(cap, Slot{});
  m.mask_ = static_cast<std::uint32_t>(cap - 1);
  const unsigned char* weights = bytes + kHeader + std::size_t{count} * 4;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t key = read<std::uint32_t>(bytes + kHeader + std::size_t{i} * 4);
    std::uint32_t slot = (key * 2654435761u) & m.mask_;
    while (m.table_[slot].used) slot = (slot + 1) & m.mask_;
    Slot& s = m.table_[slot];
    s.key = key;
    s.used = true;
    std::memcpy(s.weights, weights + std::size_t{i} * kTags, kTags);
  }
  return m;
}

const TaggerModel& TaggerModel::embedded() {
  static const TaggerModel m = load(kTaggerModel, kTaggerModelSize);
  return m;
}

void TaggerModel::scores(const std::vector<std::uint32_t>& feats, float out[kTags]) const {
  std::int32_t sum[kTags] = {};
  for (const std::uint32_t f : feats) {
    for (std::uint32_t slot = (f * 2654435761u) & mask_; table_[slot].used; slot = (slot + 1) & mask_) {
      const Slot& s = table_[slot];
      if (s.key != f) continue;
      for (std::size_t k = 0; k < kTags; ++k) sum[k] += s.weights[k];
      break;
    }
  }
  for (std::size_t k = 0; k < kTags; ++k) out[k] = static_cast<float>(sum[k]) * scale_;
}

std::vector<Tag> tag_tokens(const Doc& d, const Mentions& rules, const TaggerModel& model, std::vector<float>* confidence) {
  std::vector<Tag> tags(d.size(), Tag::O);
  if (confidence) confidence->assign(d.size(), 1.0f);
  if (model.empty()) return tags;
  TokenFeatures f(d, rules);
  std::vector<std::uint32_t> feats;
  feats.reserve(64);
  float s[kTags];
  for (std::size_t t = 0; t < d.size(); ++t) {
    if (!f.candidate(t)) continue;
    f.at(t, tags, feats);
    model.scores(feats, s);
    const std::size_t best = static_cast<std::size_t>(std::max_element(s, s + kTags) - s);
    tags[t] = static_cast<Tag>(best);
    f.remember(t, tags[t]);
    if (confidence) {
      double z = 0;
      for (std::size_t k = 0; k < kTags; ++k) z += std::exp((s[k] - s[best]) / model.temperature());
      (*confidence)[t] = static_cast<float>(1.0 / z);
    }
  }
  return tags;
}

std::vector<TaggedName> tagged_names(const Doc& d, const std::vector<Tag>& tags, const std::vector<float>& confidence) {
  std::vector<TaggedName> out;
  for (std::size_t t = 0; t < tags.size();) {
    if (tags[t] == Tag::O) {
      ++t;
      continue;
    }
    std::size_t e = t;
    // A possessive ends a name: "Moscow’s Red Square" is Moscow's, then Red Square.
    while (e + 1 < tags.size() && tags[e + 1] == tags[t] && d.unit(e + 1) == d.unit(t) && !(d.word(e) && possessive(d.low(e)))) ++e;
    // A name starts with a word and ends with one or an abbreviation's full stop ("Corp."): "(", ","
    // or a quote mark the tagger swept in are left out.
    std::size_t b = t, l = e;
    // Nor with a lower-case word ("Shares of Apple Inc." is "Apple Inc."), but a particle ("de Gaulle").
    while (b <= l && (!d.word(b) || (text::is_lower(d.cps()[d.tok(b).begin]) && !particle(d.low(b))))) ++b;
    while (l > b && !d.word(l) && !(d.is(l, ".") && d.tok(l).begin == d.tok(l - 1).end)) --l;
    if (b <= l) {
      float c = 1;
      for (std::size_t k = b; k <= l; ++k) c = std::min(c, confidence[k]);
      out.push_back(TaggedName{b, l, tags[t], c});
    }
    t = e + 1;
  }
  return out;
}

}  // namespace glossa::suggest
