#include "conll.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace glossa::train {

namespace {

using suggest::Tag;

Tag tag_of(const std::string& type) {
  if (type == "PER") return Tag::PER;
  if (type == "ORG") return Tag::ORG;
  if (type == "LOC") return Tag::LOC;
  if (type == "MISC") return Tag::MISC;
  return Tag::O;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

struct Token {
  std::string word, label;
};

}  // namespace

std::vector<ConllArticle> read_conll(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::vector<Token>>> docs;  // articles -> sentences -> tokens
  std::vector<Token> sentence;
  const auto flush = [&] {
    if (!sentence.empty() && !docs.empty()) docs.back().push_back(std::move(sentence));
    sentence.clear();
  };
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      docs.emplace_back();
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      flush();
      continue;
    }
    std::istringstream cols(line);
    std::vector<std::string> parts;
    for (std::string p; cols >> p;) parts.push_back(p);
    sentence.push_back(Token{parts.front(), parts.back()});
  }
  flush();

  std::vector<ConllArticle> out;
  for (const auto& doc : docs) {
    ConllArticle a;
    std::size_t cp = 0;
    for (const auto& s : doc) {
      std::size_t open = SIZE_MAX;  // index of the name being continued
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (k) a.text += ' ', ++cp;
        const std::size_t begin = cp;
        a.text += s[k].word;
        cp += code_points(s[k].word);
        const std::string& l = s[k].label;
        const Tag tag = l.size() > 2 ? tag_of(l.substr(2)) : Tag::O;
        if (tag == Tag::O) {
          open = SIZE_MAX;
        } else if (l[0] == 'B' || open == SIZE_MAX || a.gold[open].tag != tag) {
          open = a.gold.size();
          a.gold.push_back(GoldName{begin, cp, tag});
        } else {
          a.gold[open].end = cp;
        }
      }
      a.text += '\n', ++cp;
    }
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<suggest::Tag> token_tags(const suggest::Doc& d, const std::vector<GoldName>& gold) {
  std::vector<Tag> tags(d.size(), Tag::O);
  std::size_t g = 0;
  for (std::size_t t = 0; t < d.size(); ++t) {
    const std::size_t at = d.tok(t).begin;
    while (g < gold.size() && gold[g].end <= at) ++g;
    if (g < gold.size() && gold[g].begin <= at) tags[t] = gold[g].tag;
  }
  return tags;
}

}  // namespace glossa::train
