#include "core/compare/agreement_report.h"

#include <algorithm>
#include <cstdio>

#include "core/text/utf8.h"

namespace glossa::compare {

namespace {

std::string fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string pad_left(const std::string& s, std::size_t width) { return s.size() >= width ? s : std::string(width - s.size(), ' ') + s; }
std::string pad_right(const std::string& s, std::size_t width) { return s.size() >= width ? s : s + std::string(width - s.size(), ' '); }

// The table's label for a row: quote kinds read "direct quotes".
std::string label(const Row& r, bool quote_kind) { return quote_kind ? r.label + " quotes" : r.label; }

std::string kappa_line(const char* what, const Kappa& k) {
  std::string s = std::string("token kappa, ") + what + " (" + std::to_string(k.items) + " tokens): " + fixed3(k.kappa);
  if (k.degenerate) return s + " (degenerate: " + k.note + ")";
  return s + " (observed " + fixed3(k.observed) + ", chance " + fixed3(k.expected) + ")";
}

// JSON strings must be UTF-8 for dump() not to throw: a byte that is not becomes U+FFFD.
std::string utf8(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = text::utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
  return out;
}

nlohmann::ordered_json scores_json(const Scores& s) {
  return {{"matched", s.matched}, {"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}};
}

nlohmann::ordered_json row_json(const char* key, const Row& r) {
  return {{key, utf8(r.label)}, {"a", r.a}, {"b", r.b}, {"exact", scores_json(r.exact)}, {"overlap", scores_json(r.overlap)}};
}

nlohmann::ordered_json kappa_json(const Kappa& k) {
  nlohmann::ordered_json j = {{"tokens", k.items},  {"agreed", k.agreed}, {"observed", k.observed},
                              {"expected", k.expected}, {"kappa", k.kappa},   {"degenerate", k.degenerate}};
  if (k.degenerate) j["note"] = utf8(k.note);
  return j;
}

}  // namespace

std::string agreement_table(const Agreement& g) {
  if (!g.ok()) return "agreement refused: " + g.error + "\n";
  // Rows: mention types, all mentions, quote kinds, all quotes (a rule before each total).
  struct Line {
    std::string label;
    const Row* row;
  };
  const Line rule{"-", nullptr}, blank{"", nullptr};
  std::vector<Line> lines;
  for (const Row& r : g.mention_types) lines.push_back({label(r, false), &r});
  lines.push_back(rule);
  lines.push_back({g.mentions.label, &g.mentions});
  lines.push_back(blank);
  for (const Row& r : g.quote_kinds) lines.push_back({label(r, true), &r});
  lines.push_back(rule);
  lines.push_back({g.quotes.label, &g.quotes});

  std::size_t first = 4;  // "type"
  std::size_t count = 1;
  for (const Line& l : lines) {
    if (!l.row) continue;
    first = std::max(first, l.label.size());
    count = std::max({count, std::to_string(l.row->a).size(), std::to_string(l.row->b).size()});
  }
  const std::size_t w = std::max<std::size_t>(count, 5);  // the width of a count column ("match")
  const std::string gap = "  ";
  const auto group = [&](const Scores& s) {
    return gap + pad_left(std::to_string(s.matched), w) + gap + fixed3(s.precision) + gap + fixed3(s.recall) + gap + fixed3(s.f1);
  };
  const std::string heads = gap + pad_left("match", w) + gap + pad_left("P", 5) + gap + pad_left("R", 5) + gap + pad_left("F1", 5);
  const std::size_t group_width = heads.size() - gap.size();

  std::string out = "Agreement of b with a (a is the reference), article " + g.article_id + "\n\n";
  out += pad_right("", first) + gap + pad_left("", w) + gap + pad_left("", w) + gap + pad_right("exact", group_width) + gap +
         "overlap\n";
  std::string header = pad_right("type", first) + gap + pad_left("a", w) + gap + pad_left("b", w) + heads + heads;
  out += header + "\n";
  for (const Line& l : lines) {
    if (!l.row) {
      out += (l.label.empty() ? std::string() : std::string(header.size(), '-')) + "\n";
      continue;
    }
    out += pad_right(l.label, first) + gap + pad_left(std::to_string(l.row->a), w) + gap + pad_left(std::to_string(l.row->b), w) +
           group(l.row->exact) + group(l.row->overlap) + "\n";
  }
  out += "\n" + kappa_line("mention types", g.tokens) + "\n";
  out += kappa_line("in a quote or not", g.in_quote) + "\n";
  const SpeakerAgreement& s = g.speakers;
  if (s.compared)
    out += "speakers: " + std::to_string(s.agreed) + " of " + std::to_string(s.compared) +
           " matched quotes with a speaker in both sets agree (" + fixed3(s.share) + ")";
  else
    out += "speakers: no matched quotes with a speaker in both sets";
  out += "; a speaker in a only: " + std::to_string(s.only_a) + ", in b only: " + std::to_string(s.only_b) +
         ", in neither: " + std::to_string(s.neither) + "\n";
  return out;
}

nlohmann::ordered_json agreement_json(const Agreement& g) {
  using J = nlohmann::ordered_json;
  if (!g.ok()) return J{{"error", utf8(g.error)}};
  J types = J::array(), kinds = J::array();
  for (const Row& r : g.mention_types) types.push_back(row_json("type", r));
  for (const Row& r : g.quote_kinds) kinds.push_back(row_json("kind", r));
  J j;
  j["article"] = utf8(g.article_id);
  j["reference"] = "a";
  j["mentions"] = {{"types", types}, {"all", row_json("label", g.mentions)}};
  j["quotes"] = {{"kinds", kinds}, {"all", row_json("label", g.quotes)}};
  j["kappa"] = {{"tokens", kappa_json(g.tokens)}, {"in_quote", kappa_json(g.in_quote)}};
  const SpeakerAgreement& s = g.speakers;
  j["speakers"] = {{"compared", s.compared}, {"agreed", s.agreed}, {"share", s.share},
                   {"only_a", s.only_a},     {"only_b", s.only_b}, {"neither", s.neither}};
  return j;
}

}  // namespace glossa::compare
