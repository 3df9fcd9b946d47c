#pragma once
// The article as the suggestion rules read it: its code points, the project's tokens (with a lower-case
// form for word lists), the sentence-like unit of each token, and the blocks quotes are paired in.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"
#include "core/suggest/lexicon.h"
#include "core/suggest/word_map.h"

namespace glossa::suggest {

using article::Span;

class Doc {
 public:
  explicit Doc(const article::Article& a);

  std::size_t size() const { return tokens_.size(); }
  Span tok(std::size_t t) const { return tokens_[t]; }
  const std::string& low(std::size_t t) const { return t < size() ? words_[word_[t]] : empty_; }  // "" past the end
  // The token's word: the same index for every token with the same lower-case form, below words().
  std::uint32_t word_id(std::size_t t) const { return word_[t]; }
  std::size_t words() const { return words_.size(); }
  // The index of the lower-case word w, or otherwise when the text has no such word.
  std::uint32_t word_id_of(const std::string& w, std::uint32_t otherwise) const {
    const std::uint32_t* id = ids_.find(w);
    return id ? *id : otherwise;
  }
  // The token's reporting-verb class (cue_word of its lower-case form), worked out once per distinct word.
  Cue cue(std::size_t t) const { return t < size() ? cues_[word_[t]] : Cue::None; }
  std::uint32_t unit(std::size_t t) const { return unit_[t]; }
  bool word(std::size_t t) const { return t < size() && (flags_[t] & kWord); }  // starts with a letter or digit
  bool cap(std::size_t t) const { return t < size() && (flags_[t] & kCap); }    // starts with an upper-case letter
  bool acronym(std::size_t t) const;  // two or more letters, all upper case ("CSTO", "UN", "AT&T")
  bool is(std::size_t t, std::string_view lower) const { return t < size() && std::string_view(words_[word_[t]]) == lower; }
  // Whether the word also occurs in lower case in the text: then a capital at a sentence start is only
  // the sentence's ("Like", "Thank"), not a name's.
  bool seen_lower(const std::string& w) const {
    const std::uint32_t* id = ids_.find(w);
    return id && seen_lower_[*id];
  }
  bool sentence_start(std::size_t t) const { return t == 0 || unit_[t - 1] != unit_[t]; }
  // A unit in title case ("Poll Shows Minor Bump For Clinton"): its capitals say nothing of names.
  bool headline(std::uint32_t u) const { return headline_[u]; }
  // A unit in capitals ("SOCCER - JAPAN BEAT CHINA", a dateline "BONN 1996-08-22"): neither capitals nor
  // acronyms say anything there; only the gazetteer and known names do.
  bool capitals(std::uint32_t u) const { return capitals_[u]; }

  // The first token that begins at or after cp (size() when none).
  std::size_t token_from(std::size_t cp) const;
  // The unit (sentence, title, loose line) that holds code point cp.
  Span unit_span(std::uint32_t u) const { return units_[u]; }

  const std::u32string& cps() const { return cp_; }
  const std::vector<Span>& blocks() const { return blocks_; }  // title, then paragraphs
  bool has_title() const { return has_title_; }                // blocks()[0] is the title
  std::string text(Span s) const;                            // UTF-8 of a span

 private:
  std::u32string cp_;
  std::vector<Span> tokens_;
  // Each token's lower-case form as an index into the distinct words (most tokens repeat a word already
  // seen: it is lowered and looked up in the word lists once).
  std::vector<std::uint32_t> word_;
  WordMap<std::uint32_t> ids_;     // lower-case word -> index
  std::vector<std::string> words_;  // index -> lower-case word
  std::vector<Cue> cues_;
  std::vector<bool> seen_lower_;  // the word occurs starting with a lower-case letter
  // What the rules ask of every token again and again, worked out once.
  static constexpr std::uint8_t kWord = 1, kCap = 2;
  std::vector<std::uint8_t> flags_;
  std::vector<std::uint32_t> unit_;
  std::vector<Span> units_;
  std::vector<bool> headline_;
  std::vector<bool> capitals_;
  std::vector<Span> blocks_;
  bool has_title_ = false;
  std::string empty_;
};

}  // namespace glossa::suggest
