#include "core/compare/agreement.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/compare/span_match.h"
#include "core/compare/words.h"
#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::compare {

using annotate::AnnotationSet;
using annotate::Mention;
using annotate::Quote;

Scores scores(std::size_t matched, std::size_t a, std::size_t b) {
  Scores s;
  s.matched = matched;
  if (a == 0 && b == 0) {
    s.precision = s.recall = s.f1 = 1;
    return s;
  }
  s.precision = b ? static_cast<double>(matched) / static_cast<double>(b) : 0;
  s.recall = a ? static_cast<double>(matched) / static_cast<double>(a) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

namespace {

// Pairs of equal spans, one to one.
std::size_t exact_matches(const std::vector<Span>& a, const std::vector<Span>& b) {
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> left;
  for (const Span& s : a) ++left[{s.begin, s.end}];
  std::size_t n = 0;
  for (const Span& s : b) {
    const auto it = left.find({s.begin, s.end});
    if (it != left.end() && it->second > 0) {
      --it->second;
      ++n;
    }
  }
  return n;
}

std::size_t overlap_matches(const std::vector<Span>& a, const std::vector<Span>& b) {
  std::vector<bool> used_a, used_b;
  return greedy_overlap_pairs(a, b, [](std::size_t, std::size_t) { return true; }, used_a, used_b).size();
}

Row row(std::string label, const std::vector<Span>& a, const std::vector<Span>& b) {
  Row r;
  r.label = std::move(label);
  r.a = a.size();
  r.b = b.size();
  r.exact = scores(exact_matches(a, b), r.a, r.b);
  r.overlap = scores(overlap_matches(a, b), r.a, r.b);
  return r;
}

Row total(std::string label, const std::vector<Row>& rows) {
  Row t;
  t.label = std::move(label);
  std::size_t exact = 0, overlapping = 0;
  for (const Row& r : rows) {
    t.a += r.a;
    t.b += r.b;
    exact += r.exact.matched;
    overlapping += r.overlap.matched;
  }
  t.exact = scores(exact, t.a, t.b);
  t.overlap = scores(overlapping, t.a, t.b);
  return t;
}

std::vector<Span> mention_spans(const AnnotationSet& s, const std::string& type) {
  std::vector<Span> out;
  for (const Mention* m : s.mentions_in_order())
    if (m->type == type) out.push_back(m->span);
  return out;
}

std::vector<Span> quote_spans(const AnnotationSet& s, const annotate::QuoteKind* kind) {
  std::vector<Span> out;
  for (const Quote* q : s.quotes_in_order())
    if (!kind || q->kind == *kind) out.push_back(q->span);
  return out;
}

// Types in the order of a's type set, then b's, then any other a mention uses, by name.
std::vector<std::string> types_in_use(const AnnotationSet& a, const AnnotationSet& b) {
  std::vector<std::string> order;
  const auto add = [&](const std::string& t) {
    if (std::find(order.begin(), order.end(), t) == order.end()) order.push_back(t);
  };
  for (const auto& t : a.types.all()) add(t.name);
  for (const auto& t : b.types.all()) add(t.name);
  std::vector<std::string> other;
  for (const auto* s : {&a, &b})
    for (const auto& kv : s->mentions)
      if (std::find(order.begin(), order.end(), kv.second.type) == order.end()) other.push_back(kv.second.type);
  std::sort(other.begin(), other.end());
  for (const auto& t : other) add(t);
  std::vector<std::string> used;
  for (const auto& t : order) {
    const auto uses = [&](const AnnotationSet& s) {
      return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const auto& kv) { return kv.second.type == t; });
    };
    if (uses(a) || uses(b)) used.push_back(t);
  }
  return used;
}

// Gives label to each token overlapping a piece that has none yet (so the first piece over a token wins).
void label_tokens(const std::vector<Span>& tokens, const annotate::Fragments& fragments, const Span& span, const std::string& label,
                  std::vector<std::string>& labels, std::vector<bool>& labelled) {
  const annotate::Fragments whole{span};
  for (const Span& piece : fragments.empty() ? whole : fragments) {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), piece.begin, [](std::size_t v, const Span& t) { return v < t.end; });
    for (; it != tokens.end() && it->begin < piece.end; ++it) {
      const auto i = static_cast<std::size_t>(it - tokens.begin());
      if (!labelled[i]) {
        labels[i] = label;
        labelled[i] = true;
      }
    }
  }
}

std::vector<std::string> mention_labels(const std::vector<Span>& tokens, const AnnotationSet& s) {
  std::vector<std::string> labels(tokens.size(), "O");
  std::vector<bool> labelled(tokens.size(), false);
  // Text order puts an outer mention before the ones inside it.
  for (const Mention* m : s.mentions_in_order()) label_tokens(tokens, m->fragments, m->span, m->type, labels, labelled);
  return labels;
}

std::vector<std::string> quote_labels(const std::vector<Span>& tokens, const AnnotationSet& s) {
  std::vector<std::string> labels(tokens.size(), "O");
  std::vector<bool> labelled(tokens.size(), false);
  for (const Quote* q : s.quotes_in_order()) label_tokens(tokens, q->fragments, q->span, "Q", labels, labelled);
  return labels;
}

// An entity name compared loosely: lower case, runs of white space as one space, trimmed.
std::string name_key(const std::string& name) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t len = text::utf8_sequence_length(name, i);
    if (len == 0) {  // not UTF-8: keep the byte
      out += name[i++];
      continue;
    }
    const char32_t c = text::decode_utf8(name, i);
    if (text::is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    text::append_utf8(out, text::to_lower(c));
  }
  return out;
}

std::string entity_name(const AnnotationSet& s, const Mention& m) {
  const annotate::Entity* e = m.entity.empty() ? nullptr : s.entity(m.entity);
  return e ? name_key(e->name) : std::string();
}

SpeakerAgreement speaker_agreement(const AnnotationSet& a, const AnnotationSet& b) {
  SpeakerAgreement out;
  const auto qa = a.quotes_in_order();
  const auto qb = b.quotes_in_order();
  std::vector<Span> sa, sb;
  for (const Quote* q : qa) sa.push_back(q->span);
  for (const Quote* q : qb) sb.push_back(q->span);
  std::vector<bool> used_a, used_b;
  const auto pairs = greedy_overlap_pairs(sa, sb, [](std::size_t, std::size_t) { return true; }, used_a, used_b);
  for (const SpanPair& p : pairs) {
    const Mention* x = qa[p.a]->speaker.empty() ? nullptr : a.mention(qa[p.a]->speaker);
    const Mention* y = qb[p.b]->speaker.empty() ? nullptr : b.mention(qb[p.b]->speaker);
    if (x && y) {
      ++out.compared;
      const std::string nx = entity_name(a, *x);
      if (overlaps(x->span, y->span) || (!nx.empty() && nx == entity_name(b, *y))) ++out.agreed;
    } else if (x) {
      ++out.only_a;
    } else if (y) {
      ++out.only_b;
    } else {
      ++out.neither;
    }
  }
  out.share = out.compared ? static_cast<double>(out.agreed) / static_cast<double>(out.compared) : 1;
  return out;
}

std::string wrong_article(const char* which, const AnnotationSet& s, const article::Article& art) {
  if (s.article_id() != art.id)
    return std::string("set ") + which + " is of article " + s.article_id() + ", not of " + art.id +
           (art.source.empty() ? "" : " (" + art.source + ")");
  if (s.text_length() != art.text.code_points())
    return std::string("set ") + which + " counts " + std::to_string(s.text_length()) + " code points, article " + art.id + " has " +
           std::to_string(art.text.code_points());
  return {};
}

}  // namespace

Agreement agree(const article::Article& article, const AnnotationSet& a, const AnnotationSet& b) {
  Agreement g;
  g.error = wrong_article("a", a, article);
  if (g.error.empty()) g.error = wrong_article("b", b, article);
  if (!g.ok()) return g;
  g.article_id = article.id;

  for (const std::string& t : types_in_use(a, b)) g.mention_types.push_back(row(t, mention_spans(a, t), mention_spans(b, t)));
  g.mentions = total("all mentions", g.mention_types);

  for (const auto k : {annotate::QuoteKind::Direct, annotate::QuoteKind::Indirect, annotate::QuoteKind::Mixed}) {
    Row r = row(annotate::to_string(k), quote_spans(a, &k), quote_spans(b, &k));
    if (r.a || r.b) g.quote_kinds.push_back(std::move(r));
  }
  g.quotes = row("all quotes", quote_spans(a, nullptr), quote_spans(b, nullptr));

  const std::vector<Span> tokens = words(article.text);
  g.tokens = cohen_kappa(mention_labels(tokens, a), mention_labels(tokens, b));
  g.in_quote = cohen_kappa(quote_labels(tokens, a), quote_labels(tokens, b));
  g.speakers = speaker_agreement(a, b);
  return g;
}

}  // namespace glossa::compare
