#pragma once
// Averaged perceptron weights while training (Collins 2002): each update also keeps the running sum
// that the average is taken from, lazily (a weight's sum catches up when it next changes).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/suggest/tagger.h"

namespace glossa::train {

class Perceptron {
 public:
  // Scores with the current (not averaged) weights.
  void scores(const std::vector<std::uint32_t>& feats, float out[suggest::kTags]) const;
  // One more token seen; when the guess was wrong, the truth's weights go up and the guess's down.
  void learn(const std::vector<std::uint32_t>& feats, suggest::Tag truth, suggest::Tag guess);
  // The averaged weights, without the features whose largest weight is below min_weight, quantized to
  // one signed byte each with one scale: the file TaggerModel::load reads.
  std::string save(float min_weight, float temperature) const;
  std::size_t features() const { return rows_.size(); }

 private:
  struct Row {
    float w[suggest::kTags] = {};
    double sum[suggest::kTags] = {};
    std::uint64_t stamp[suggest::kTags] = {};
  };
  void update(Row& r, std::size_t tag, float delta);

  std::unordered_map<std::uint32_t, Row> rows_;
  std::uint64_t now_ = 0;
};

}  // namespace glossa::train
