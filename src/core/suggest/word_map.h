#pragma once
// The word lists' lookup table. The rules ask the lists about every token, often several times, so a
// lookup must be cheap: open addressing over a power-of-two table, FNV-1a over the bytes, the hash kept
// beside each key so that most misses compare no string. Built once (the lists are static), then only read.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossa::suggest {

template <class V>
class WordMap {
 public:
  // Adds w with value v; a word already there keeps its first value.
  void insert(std::string_view w, V v) {
    if (find(w)) return;
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint32_t h = hash(w);
    entries_.push_back(Entry{std::string(w), h, std::move(v)});
    place(static_cast<std::uint32_t>(entries_.size()), h);
  }

  const V* find(std::string_view w) const {
    if (slots_.empty()) return nullptr;
    const std::uint32_t h = hash(w);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const std::uint32_t s = slots_[i];
      if (s == 0) return nullptr;
      const Entry& e = entries_[s - 1];
      if (e.hash == h && e.key == w) return &e.value;
    }
  }
  bool contains(std::string_view w) const { return find(w) != nullptr; }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string key;
    std::uint32_t hash;
    V value;
  };

  static std::uint32_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (const unsigned char c : w) h = (h ^ c) * 16777619u;
    return h ^ (h >> 15);  // the low bits pick the slot: fold the high ones in
  }
  void place(std::uint32_t index, std::uint32_t h) {
    std::size_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = index;
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) place(static_cast<std::uint32_t>(k + 1), entries_[k].hash);
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // 1 + index into entries_, 0 when empty
  std::size_t mask_ = 0;
};

// A word list: a WordMap whose words carry no value.
class WordSet {
 public:
  void insert(std::string_view w) { map_.insert(w, true); }
  bool contains(std::string_view w) const { return map_.contains(w); }
  std::size_t size() const { return map_.size(); }

 private:
  WordMap<bool> map_;
};

}  // namespace glossa::suggest
