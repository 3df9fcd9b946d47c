#include "perceptron.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>

namespace glossa::train {

using suggest::kTags;

void Perceptron::scores(const std::vector<std::uint32_t>& feats, float out[kTags]) const {
  std::fill(out, out + kTags, 0.0f);
  for (const std::uint32_t f : feats) {
    const auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (std::size_t k = 0; k < kTags; ++k) out[k] += it->second.w[k];
  }
}

void Perceptron::update(Row& r, std::size_t tag, float delta) {
  r.sum[tag] += static_cast<double>(now_ - r.stamp[tag]) * r.w[tag];
  r.stamp[tag] = now_;
  r.w[tag] += delta;
}

void Perceptron::learn(const std::vector<std::uint32_t>& feats, suggest::Tag truth, suggest::Tag guess) {
  ++now_;
  if (truth == guess) return;
  for (const std::uint32_t f : feats) {
    Row& r = rows_[f];
    update(r, static_cast<std::size_t>(truth), 1.0f);
    update(r, static_cast<std::size_t>(guess), -1.0f);
  }
}

std::string Perceptron::save(float min_weight, float temperature) const {
  // Averages, by key (sorted, as the file keeps them).
  std::map<std::uint32_t, std::array<float, kTags>> kept;
  float largest = 0;
  for (const auto& [key, r] : rows_) {
    std::array<float, kTags> avg{};
    float most = 0;
    for (std::size_t k = 0; k < kTags; ++k) {
      const double sum = r.sum[k] + static_cast<double>(now_ - r.stamp[k]) * r.w[k];
      avg[k] = static_cast<float>(sum / static_cast<double>(now_));
      most = std::max(most, std::fabs(avg[k]));
    }
    if (most < min_weight) continue;
    kept.emplace(key, avg);
    largest = std::max(largest, most);
  }
  const float scale = largest > 0 ? largest / 127.0f : 1.0f;
  std::string out("GLTG", 4);
  out += static_cast<char>(1);
  out += static_cast<char>(kTags);
  out += std::string(2, '\0');
  const auto put = [&](const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); };
  put(&scale, 4);
  put(&temperature, 4);
  const auto count = static_cast<std::uint32_t>(kept.size());
  put(&count, 4);
  for (const auto& [key, avg] : kept) put(&key, 4);
  for (const auto& [key, avg] : kept)
    for (std::size_t k = 0; k < kTags; ++k) out += static_cast<char>(static_cast<std::int8_t>(std::lround(avg[k] / scale)));
  return out;
}

}  // namespace glossa::train
