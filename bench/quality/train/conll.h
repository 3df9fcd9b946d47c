#pragma once
// CoNLL-2003 articles as the benchmark (bench/quality/run.mjs) builds them: one article per -DOCSTART-,
// one sentence per line, tokens joined by single spaces; gold names as code point spans of that text.
#include <string>
#include <vector>

#include "core/suggest/tagger.h"

namespace glossa::train {

struct GoldName {
  std::size_t begin = 0, end = 0;  // code points
  suggest::Tag tag = suggest::Tag::O;
};

struct ConllArticle {
  std::string text;
  std::vector<GoldName> gold;
};

// Every article of a CoNLL file (4 columns, IOB2 tags). Empty when the file cannot be read.
std::vector<ConllArticle> read_conll(const std::string& path);

// The gold tag of each of the Doc's tokens: the tag of the name its first code point falls in.
std::vector<suggest::Tag> token_tags(const suggest::Doc& d, const std::vector<GoldName>& gold);

}  // namespace glossa::train
