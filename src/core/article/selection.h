#pragma once
// What the annotator's selection snaps to: words (the tokens of core/article/tokenize.h), sentences and
// paragraphs of the article, and the word boundaries Ctrl+(Shift+)arrows move by. Code point offsets.
//
// Tokens never cross a newline (white space separates tokens), so the free functions tokenize only the
// line(s) around the position they are asked about: O(length of those lines) per call, whatever the
// article's size. A view that asks many times builds a WordIndex once (O(n)) and asks it in O(log n).
#include <cstddef>
#include <vector>

#include "core/article/article.h"

namespace glossa::article {

class WordIndex {
 public:
  // Tokenizes the whole text.
  void build(const Article& a);
  // Tokenizes only the lines that range touches (whole lines, so the tokens are those of the whole text).
  void build(const Article& a, Span range);

  // The token containing cp if it is a word (letters, digits, emoji: not punctuation); else the word
  // ending at cp (a caret right after a word); else the punctuation token containing cp; else the nearest
  // word on the same line; else the empty span {cp, cp}.
  Span word_at(std::size_t cp) const;
  // s (reversed ends are swapped) with both ends extended to whole tokens, then trimmed to the tokens it
  // holds (no leading or trailing white space). An empty s gives word_at(s.begin); an s holding only white
  // space gives {s.begin, s.begin}.
  Span snap(Span s) const;
  // dir > 0: the end of the token holding cp or of the next token after it (the text's end when none);
  // dir < 0: the begin of the token before cp or holding it (0 when none); dir == 0: cp.
  std::size_t next_boundary(std::size_t cp, int dir) const;

  const std::vector<Span>& tokens() const { return tokens_; }
  bool is_word(std::size_t token) const { return word_[token] != 0; }
  // The range tokenized (the whole text after build(a)).
  Span range() const { return range_; }

 private:
  std::size_t token_at(std::size_t cp) const;  // index of the token with begin <= cp < end, or npos
  bool newline_between(std::size_t from, std::size_t to) const;

  std::vector<Span> tokens_;
  std::vector<unsigned char> word_;
  std::vector<std::size_t> newlines_;  // code points of '\n' within range_
  Span range_;
  std::size_t length_ = 0;
};

// The word token (tokenize.h) containing cp, or the nearest (see WordIndex::word_at); empty span at cp when none.
Span word_at(const Article& a, std::size_t cp);
// Both ends extended to whole words (a selection that starts mid-word takes the word), then leading and
// trailing white space trimmed (see WordIndex::snap).
Span snap_to_words(const Article& a, Span s);
// The sentence (Article::sentences) containing cp (or ending at cp), else paragraph_at(a, cp).
Span sentence_at(const Article& a, std::size_t cp);
// The paragraph (Article::paragraphs) or the title span containing cp (or ending at cp); else {cp, cp}.
Span paragraph_at(const Article& a, std::size_t cp);
// For Ctrl+(Shift+)arrows: see WordIndex::next_boundary; crosses lines.
std::size_t next_word_boundary(const Article& a, std::size_t cp, int dir);

}  // namespace glossa::article
