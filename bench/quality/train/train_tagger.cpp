// Trains the name tagger (core/suggest/tagger.h) from CoNLL-2003's training split and writes its weights
// for the build to compile in. Offline: it reads only the file it is given.
//
//   train_tagger --conll ../shared/corpus/conll2003-en/train.txt --out src/core/suggest/tagger_model.bin
//                [--epochs 15] [--holdout 5] [--min-weight 1] [--seed 1] [--errors held-out-errors.txt]
//
// First every --holdout-th article is held out: the tagger learns from the others, reports its scores
// on the held-out ones (alone, and with the rules as suggest() merges them, beside the rules alone), and
// fits the temperature that turns its scores into confidences there (least log loss). Then it learns
// again from every article and writes that model. The dev and test splits are never read.
#include <algorithm>
#include <array>
#include <tuple>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "conll.h"
#include "core/article/reader.h"
#include "core/suggest/mentions.h"
#include "perceptron.h"

namespace {

using glossa::suggest::Doc;
using glossa::suggest::kTags;
using glossa::suggest::Mentions;
using glossa::suggest::Tag;
using glossa::train::Perceptron;

struct Example {
  Doc doc;
  Mentions rules;
  std::vector<Tag> gold;
  std::vector<glossa::train::GoldName> names;
};

struct Options {
  std::string conll, out, errors;
  int epochs = 15, holdout = 5;
  float min_weight = 1;
  unsigned seed = 1;
};

struct Score {
  std::size_t tp = 0, gold = 0, pred = 0;
  double p() const { return pred ? double(tp) / pred : 0; }
  double r() const { return gold ? double(tp) / gold : 0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

bool scored(Tag t) { return t == Tag::PER || t == Tag::ORG || t == Tag::LOC; }

Tag tag_of_type(const std::string& type) {
  if (type == "PERSON") return Tag::PER;
  if (type == "ORG") return Tag::ORG;
  if (type == "LOC" || type == "GPE") return Tag::LOC;
  return Tag::O;
}

struct Span3 {
  std::size_t b, e;
  Tag t;
  bool operator<(const Span3& o) const { return std::tie(b, e, t) < std::tie(o.b, o.e, o.t); }
  bool operator==(const Span3& o) const { return b == o.b && e == o.e && t == o.t; }
};

void count(Score& s, std::vector<Span3> gold, std::vector<Span3> pred) {
  std::sort(gold.begin(), gold.end());
  std::sort(pred.begin(), pred.end());
  pred.erase(std::unique(pred.begin(), pred.end()), pred.end());
  std::vector<Span3> both;
  std::set_intersection(gold.begin(), gold.end(), pred.begin(), pred.end(), std::back_inserter(both));
  s.tp += both.size(), s.gold += gold.size(), s.pred += pred.size();
}

std::vector<Span3> gold_spans(const Example& x) {
  std::vector<Span3> out;
  for (const auto& g : x.names)
    if (scored(g.tag)) out.push_back({g.begin, g.end, g.tag});
  return out;
}

// One greedy pass over an article with the weights as they are; learns from each token when asked.
using Scored = std::pair<std::array<float, kTags>, Tag>;  // a token's scores and its gold tag

std::vector<Tag> pass(Perceptron& p, const Example& x, bool learn, std::vector<Scored>* scores = nullptr) {
  glossa::suggest::TokenFeatures f(x.doc, x.rules);
  std::vector<Tag> tags(x.doc.size(), Tag::O);
  std::vector<std::uint32_t> feats;
  float s[kTags];
  for (std::size_t t = 0; t < x.doc.size(); ++t) {
    if (!f.candidate(t)) continue;
    f.at(t, tags, feats);
    p.scores(feats, s);
    tags[t] = static_cast<Tag>(std::max_element(s, s + kTags) - s);
    if (learn) p.learn(feats, x.gold[t], tags[t]);
    if (scores) scores->push_back({{s[0], s[1], s[2], s[3], s[4]}, x.gold[t]});
    f.remember(t, tags[t]);
  }
  return tags;
}

Perceptron train(const std::vector<const Example*>& set, const Options& o) {
  Perceptron p;
  std::vector<const Example*> order = set;
  std::mt19937 rng(o.seed);
  for (int e = 0; e < o.epochs; ++e) {
    std::shuffle(order.begin(), order.end(), rng);
    for (const Example* x : order) pass(p, *x, true);
    std::fprintf(stderr, "  epoch %d: %zu features\n", e + 1, p.features());
  }
  return p;
}

// Each held-out name missed or suggested wrongly, with the words around it (--errors FILE).
void write_errors(std::FILE* out, const Example& x, const std::vector<Span3>& gold, const std::vector<Span3>& found) {
  const auto text = [&](std::size_t b, std::size_t e) { return x.doc.text(glossa::article::Span{b, e}); };
  const auto around = [&](const Span3& s) {
    const std::size_t b = s.b > 40 ? s.b - 40 : 0, e = std::min(x.doc.cps().size(), s.e + 40);
    std::string t = text(b, s.b) + "[[" + text(s.b, s.e) + "]]" + text(s.e, e);
    std::replace(t.begin(), t.end(), '\n', ' ');
    return t;
  };
  for (const Span3& g : gold)
    if (std::find(found.begin(), found.end(), g) == found.end()) {
      const auto o = std::find_if(found.begin(), found.end(), [&](const Span3& f) { return f.b < g.e && g.b < f.e; });
      std::fprintf(out, "missed %s%s%s\t%s\n", glossa::suggest::tag_name(g.t), o == found.end() ? "" : " as ",
                   o == found.end() ? "" : (std::string(glossa::suggest::tag_name(o->t)) + " " + text(o->b, o->e)).c_str(), around(g).c_str());
    }
  for (const Span3& f : found)
    if (std::none_of(gold.begin(), gold.end(), [&](const Span3& g) { return f.b < g.e && g.b < f.e; }))
      std::fprintf(out, "spurious %s\t%s\n", glossa::suggest::tag_name(f.t), around(f).c_str());
}

// Scores of the written model on held-out articles: the tagger alone, the rules alone, and both merged as
// suggest() does (confidence >= 0.5 counts, as in the benchmark).
void report(const std::vector<const Example*>& held, const glossa::suggest::TaggerModel& model, std::FILE* errors) {
  Score alone, rules, merged;
  Score by_type[kTags];
  std::size_t right[10] = {}, named[10] = {};  // tagger's names by confidence tenth: right, all
  const glossa::suggest::TaggerModel none;
  for (const Example* x : held) {
    const auto gold = gold_spans(*x);
    std::vector<float> conf;
    const auto tags = glossa::suggest::tag_tokens(x->doc, x->rules, model, &conf);
    std::vector<Span3> pred;
    for (const auto& n : glossa::suggest::tagged_names(x->doc, tags, conf)) {
      if (!scored(n.tag)) continue;
      pred.push_back({x->doc.tok(n.first).begin, x->doc.tok(n.last).end, n.tag});
      const auto tenth = std::min<std::size_t>(9, static_cast<std::size_t>(n.confidence * 10));
      ++named[tenth];
      right[tenth] += std::find(gold.begin(), gold.end(), pred.back()) != gold.end();
    }
    count(alone, gold, pred);
    for (const auto* m : {&none, &model}) {
      std::vector<Span3> found;
      for (const auto& mention : glossa::suggest::find_mentions(x->doc, *m).list)
        if (scored(tag_of_type(mention.type)) && mention.confidence >= 0.5)
          found.push_back({mention.span.begin, mention.span.end, tag_of_type(mention.type)});
      count(m == &none ? rules : merged, gold, found);
      if (m == &model && errors) write_errors(errors, *x, gold, found);
      if (m == &model)
        for (Tag t : {Tag::PER, Tag::ORG, Tag::LOC}) {
          std::vector<Span3> g, f;
          for (const auto& s : gold) if (s.t == t) g.push_back(s);
          for (const auto& s : found) if (s.t == t) f.push_back(s);
          count(by_type[static_cast<std::size_t>(t)], g, f);
        }
    }
  }
  const auto line = [](const char* name, const Score& s) {
    std::printf("  %-22s P %.3f  R %.3f  F1 %.3f\n", name, s.p(), s.r(), s.f());
  };
  line("tagger alone", alone);
  std::printf("  tagger's names right, by confidence:");
  for (std::size_t k = 0; k < 10; ++k)
    if (named[k]) std::printf(" %.1f+ %zu/%zu", k / 10.0, right[k], named[k]);
  std::printf("\n");
  line("rules alone", rules);
  line("merged (suggest)", merged);
  for (Tag t : {Tag::PER, Tag::ORG, Tag::LOC}) line(glossa::suggest::tag_name(t), by_type[static_cast<std::size_t>(t)]);
}

// The temperature with the least log loss of the held-out tokens' tags.
float fit_temperature(Perceptron& p, const std::vector<const Example*>& held) {
  std::vector<Scored> scored;
  for (const Example* x : held) pass(p, *x, false, &scored);
  float best = 1;
  double best_loss = 1e300;
  for (float temp = 0.25f; temp <= 64; temp *= 1.1f) {
    double loss = 0;
    for (const auto& [v, gold] : scored) {
      const float top = *std::max_element(v.begin(), v.end());
      double z = 0;
      for (float x : v) z += std::exp((x - top) / temp);
      loss -= (v[static_cast<std::size_t>(gold)] - top) / temp - std::log(z);
    }
    if (loss < best_loss) best_loss = loss, best = temp;
  }
  return best;
}

bool parse(int argc, char** argv, Options& o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--conll") o.conll = v;
    else if (k == "--out") o.out = v;
    else if (k == "--errors") o.errors = v;
    else if (k == "--epochs") o.epochs = std::stoi(v);
    else if (k == "--holdout") o.holdout = std::stoi(v);
    else if (k == "--min-weight") o.min_weight = std::stof(v);
    else if (k == "--seed") o.seed = static_cast<unsigned>(std::stoul(v));
    else return false;
  }
  return !o.conll.empty() && argc % 2 == 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse(argc, argv, o)) {
    std::fprintf(stderr, "usage: train_tagger --conll TRAIN.txt [--out MODEL.bin] [--epochs N] [--holdout K] "
                         "[--min-weight W] [--seed S] [--errors FILE]\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<Example> all;
  std::size_t changed = 0;
  for (auto& c : glossa::train::read_conll(o.conll)) {
    auto r = glossa::article::read_article_file(c.text, "conll.txt");
    if (!r.ok() || r.articles.size() != 1) continue;
    // The reader keeps the text as it is here (but for the last line end); an article it changed would
    // misplace the gold spans.
    const std::string& norm = r.articles[0].text.str();
    if (c.text.compare(0, norm.size(), norm) != 0 || c.text.find_first_not_of('\n', norm.size()) != std::string::npos) {
      ++changed;
      continue;
    }
    Doc d(r.articles[0]);
    Mentions rules = glossa::suggest::rule_mentions(d);
    auto gold = glossa::train::token_tags(d, c.gold);
    all.push_back(Example{std::move(d), std::move(rules), std::move(gold), std::move(c.gold)});
  }
  if (all.empty()) {
    std::fprintf(stderr, "no article read from %s\n", o.conll.c_str());
    return 1;
  }
  std::size_t name_tokens = 0, never_scored = 0;
  for (const Example& x : all) {
    const glossa::suggest::TokenFeatures f(x.doc, x.rules);
    for (std::size_t t = 0; t < x.doc.size(); ++t)
      if (x.gold[t] != Tag::O) ++name_tokens, never_scored += !f.candidate(t);
  }
  std::printf("%zu articles (%zu left out: the reader changed their text); %zu of %zu name tokens are never scored\n",
              all.size(), changed, never_scored, name_tokens);

  float temperature = 1;
  if (o.holdout > 1) {
    std::vector<const Example*> learn, held;
    for (std::size_t i = 0; i < all.size(); ++i) (i % static_cast<std::size_t>(o.holdout) == 0 ? held : learn).push_back(&all[i]);
    std::printf("held out: %zu articles; learning from %zu\n", held.size(), learn.size());
    Perceptron p = train(learn, o);
    temperature = fit_temperature(p, held);
    const std::string bytes = p.save(o.min_weight, temperature);
    const auto model = glossa::suggest::TaggerModel::load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::printf("held-out scores (%zu features kept of %zu, %zu bytes, temperature %.2f):\n", model.features(), p.features(),
                bytes.size(), temperature);
    std::FILE* errors = o.errors.empty() ? nullptr : std::fopen(o.errors.c_str(), "w");
    report(held, model, errors);
    if (errors) std::fclose(errors);
  }
  if (!o.out.empty()) {
    std::vector<const Example*> every;
    for (const Example& x : all) every.push_back(&x);
    Perceptron p = train(every, o);
    const std::string bytes = p.save(o.min_weight, temperature);
    std::ofstream(o.out, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::printf("wrote %s: %zu bytes\n", o.out.c_str(), bytes.size());
  }
  std::printf("%.1f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}
