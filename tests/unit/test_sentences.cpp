#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/article/sentences.h"

using namespace glossa::article;
using glossa::text::IndexedText;

namespace {
std::vector<std::string> sentences(const std::string& s) {
  const IndexedText t(s);
  std::vector<std::string> out;
  for (const Span& sp : split_sentences(t, Span{0, t.code_points()})) out.emplace_back(t.slice(sp.begin, sp.end));
  return out;
}
}  // namespace

TEST_CASE("sentences end at terminal punctuation followed by a capital") {
  CHECK(sentences("He left. She stayed! Why? Nobody knows…") ==
        std::vector<std::string>{"He left.", "She stayed!", "Why?", "Nobody knows…"});
  CHECK(sentences("Он ушёл. Она осталась.") == std::vector<std::string>{"Он ушёл.", "Она осталась."});
}

TEST_CASE("abbreviations, initials and numbers do not end sentences") {
  CHECK(sentences("Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 5. The talks lasted 1.8 hours.") ==
        std::vector<std::string>{"Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 5.", "The talks lasted 1.8 hours."});
  CHECK(sentences("Novels by J. K. Rowling sold well. Critics agreed.") ==
        std::vector<std::string>{"Novels by J. K. Rowling sold well.", "Critics agreed."});
  CHECK(sentences("Это было в 2020 г. Потом т.е. позже.").size() == 1);
}

TEST_CASE("a name's middle initials do not end a sentence, a country's initials before \"He\" or \"The\" do") {
  CHECK(sentences("It was George H.W. Bush who said so. Critics agreed.") ==
        std::vector<std::string>{"It was George H.W. Bush who said so.", "Critics agreed."});
  CHECK(sentences("She lives in the U.S. He does not.") == std::vector<std::string>{"She lives in the U.S.", "He does not."});
  CHECK(sentences("They met in Washington D.C. The talks failed.") ==
        std::vector<std::string>{"They met in Washington D.C.", "The talks failed."});
  CHECK(sentences("The U.K. Parliament voted. The U.S. Senate did not.") ==
        std::vector<std::string>{"The U.K. Parliament voted.", "The U.S. Senate did not."});
}

TEST_CASE("quotes: a sentence ends after the closing mark, not inside") {
  CHECK(sentences("“The events are an attack,” the Russian leader said. He paused.") ==
        std::vector<std::string>{"“The events are an attack,” the Russian leader said.", "He paused."});
  CHECK(sentences("He called it “not the first attempt.” Then he left.") ==
        std::vector<std::string>{"He called it “not the first attempt.”", "Then he left."});
  CHECK(sentences("He called it “a trap”. Then he left.") ==
        std::vector<std::string>{"He called it “a trap”.", "Then he left."});
  CHECK(sentences("“Stop!” he shouted. “Now?” she asked.") ==
        std::vector<std::string>{"“Stop!” he shouted.", "“Now?” she asked."});
  CHECK(sentences("«Мы готовы», — сказал он. «Всё».") == std::vector<std::string>{"«Мы готовы», — сказал он.", "«Всё»."});
}
