#pragma once
// Word tokens: for the token-based exports (CoNLL IOB2, spaCy) and token-level agreement. Code point spans
// of the article's text.
//
// Tokens: words and punctuation separately, Unicode aware (no full Unicode database, the classes of
// core/text/chars.h and the blocks news text uses):
//  - a word is a run of letters, digits and marks of any script (Latin, Cyrillic, Greek, CJK, ...); it goes
//    on over a hyphen or an apostrophe between letters ("well-organized", "Kassym-Zhomart", "won’t") and
//    over '.', ',' or ':' between digits ("1.8", "3,000", "13:42");
//  - each punctuation mark or symbol is a token; a run of the same mark is one token ("...", "--", "!!");
//    curly quotes, guillemets and dashes are punctuation;
//  - an emoji is a token of its own, with its modifiers (skin tone, variation selector, keycap) and ZWJ
//    sequences ("👍🏽", "👩‍💻"); two regional indicators make one flag;
//  - white space (including no-break and zero-width spaces, controls) separates tokens and is no token.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"

namespace glossa::article {

// The tokens of text within range, in order.
std::vector<Span> tokenize(const text::IndexedText& text, Span range);

// The article cut into sentence-like units that together hold every token of the text: the title span,
// the body sentences (Article::sentences), and each line of any text they leave out (text outside
// paragraphs, or a paragraph without sentences). Each unit is trimmed to its tokens; units without
// tokens are left out. In text order.
std::vector<Span> text_units(const Article& a);

// The tokens of each unit of text_units(a).
std::vector<std::vector<Span>> tokenized_units(const Article& a);
// The same from the article's code points decoded already (cps), flat: unit u's tokens are
// tokens[starts[u], starts[u + 1]).
void tokenize_units(const Article& a, std::u32string_view cps, std::vector<Span>& tokens, std::vector<std::size_t>& starts);

}  // namespace glossa::article
