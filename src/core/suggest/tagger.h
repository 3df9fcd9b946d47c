#pragma once
// A small name tagger: an averaged perceptron over the Doc's tokens (tags O, PER, ORG, LOC, MISC; a name
// is a run of one tag), decided greedily left to right. Its features are the word, its shape, affixes and
// neighbours, the gazetteer and word lists, the rules' own mention at the token, and the tag the same word
// got earlier in the text. The weights are trained by bench/quality/train (from CoNLL-2003's training
// split) and compiled in from tagger_model.bin: nothing is read or fetched at run time.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/suggest/mentions.h"

namespace glossa::suggest {

enum class Tag : std::uint8_t { O, PER, ORG, LOC, MISC };
constexpr std::size_t kTags = 5;
const char* tag_name(Tag t);  // "O", "PER", ...

// The features of each token, as 32-bit hashes of "template=value" strings (the model stores hashes).
class TokenFeatures {
 public:
  TokenFeatures(const Doc& d, const Mentions& rules);

  // Whether token t may be part of a name: a capital in it or in a word next to it ("Bank of England",
  // "1860 Munich"). Other tokens are O without being scored, in training as in tagging.
  bool candidate(std::size_t t) const;
  // Features of token t once the tokens before it are tagged (tags[0..t)); cleared first.
  void at(std::size_t t, const std::vector<Tag>& tags, std::vector<std::uint32_t>& out) const;
  // What the tags of earlier tokens say about a word: call after tagging token t.
  void remember(std::size_t t, Tag tag);

 private:
  // The hash of "name=value" (or "name=value|more"), appended to out.
  void add(std::vector<std::uint32_t>& out, std::string_view name, std::string_view value, std::string_view more = {}) const;
  std::string_view shape(std::size_t t) const { return std::string_view(shape_[t].data(), shape_[t][kShapeSize - 1]); }
  // The token's lower-case word without a possessive ending ("trump" of "Trump’s"), and whether it had one.
  const std::string& stem(std::size_t t) const { return possessive(t) ? stems_[d_.word_id(t)] : d_.low(t); }
  bool possessive(std::size_t t) const { return t < d_.size() && possessive_[d_.word_id(t)]; }

  const Doc& d_;
  const Mentions& rules_;
  // Per word (Doc::word_id). The tagger learned from CoNLL-2003, where "Germany's" is written "Germany 's"
  // (the tokens "Germany", "'" and "s" here): a word with its possessive is read as those three.
  std::vector<std::string> stems_;  // filled for the words with a possessive only
  std::vector<bool> possessive_;
  std::vector<std::uint32_t> stem_id_;  // the stem's own word id when the text has it, else the word's
  static constexpr std::size_t kShapeSize = 8;  // up to 7 classes; the last byte holds the length
  std::vector<std::array<char, kShapeSize>> shape_;  // per token: "Xx", "X.X.", "d-d"
  std::vector<bool> has_capital_;
  static constexpr std::uint8_t kUnseen = 0xFF;
  std::vector<std::uint8_t> seen_;  // per word (Doc::word_id): its last non-O tag in this text, or kUnseen
};

// Weights: for each known feature hash, one weight per tag.
class TaggerModel {
 public:
  TaggerModel() = default;
  // From the file bench/quality/train writes ("GLTG", version 1, the number of tags, the weights' scale,
  // the temperature, the count, the sorted hashes, then their int8 weights). An unreadable or empty blob
  // gives an empty model (the rules work alone).
  static TaggerModel load(const unsigned char* bytes, std::size_t size);
  static const TaggerModel& embedded();  // the compiled-in weights

  bool empty() const { return count_ == 0; }
  std::size_t features() const { return count_; }
  // Scores of each tag for a token with these features.
  void scores(const std::vector<std::uint32_t>& feats, float out[kTags]) const;
  // Softmax temperature that turns score differences into confidences.
  float temperature() const { return temperature_; }

 private:
  // Open addressing with each key beside its weights: one cache line read per feature looked up.
  struct Slot {
    std::uint32_t key = 0;
    std::int8_t weights[kTags] = {};
    bool used = false;
  };
  std::vector<Slot> table_;
  std::uint32_t mask_ = 0;
  std::size_t count_ = 0;
  float scale_ = 1, temperature_ = 1;
};

// A run of tokens the tagger gave one name tag.
struct TaggedName {
  std::size_t first = 0, last = 0;  // tokens, inclusive
  Tag tag = Tag::O;
  double confidence = 0;  // the least sure of its tokens, 0..1
};

// Every token's tag, then the names: runs of PER, ORG, LOC or MISC within one sentence.
std::vector<Tag> tag_tokens(const Doc& d, const Mentions& rules, const TaggerModel& model, std::vector<float>* confidence = nullptr);
std::vector<TaggedName> tagged_names(const Doc& d, const std::vector<Tag>& tags, const std::vector<float>& confidence);

}  // namespace glossa::suggest
