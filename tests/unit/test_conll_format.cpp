#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/formats/conll.h"

using namespace glossa;
using namespace glossa::annotate;

namespace {

article::Article read(const std::string& text) {
  auto r = article::read_article_file(text, "small.txt");
  REQUIRE(r.ok());
  return std::move(r.articles.at(0));
}

}  // namespace

TEST_CASE("CoNLL: one token a line with its IOB2 tag, sentences apart, title included, the outermost mention wins") {
  const article::Article a =
      read("Putin and Pashinyan\n\nVladimir Putin met CSTO leaders in Moscow. The Russian leader said: “We won’t allow it.”\n");
  REQUIRE(a.title == "Putin and Pashinyan");
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  REQUIRE(ed.add_mention(test::find(a, "Pashinyan"), "PERSON").ok);
  REQUIRE(ed.add_mention(test::find(a, "Vladimir Putin"), "PERSON").ok);
  REQUIRE(ed.add_mention(test::find(a, "CSTO lead"), "ORG").ok);  // ends inside "leaders": the token starts inside it
  REQUIRE(ed.add_mention(test::find(a, "Moscow"), "GPE").ok);
  REQUIRE(ed.add_mention(test::find(a, "The Russian leader"), "PERSON").ok);
  REQUIRE(ed.add_mention(test::find(a, "Russian"), "GPE").ok);  // nested: loses to the longer one
  REQUIRE(ed.add_mention(test::find(a, "ussian"), "MISC").ok);   // starts inside a token: no token starts inside it
  REQUIRE(ed.add_quote(test::find(a, "“We won’t allow it.”"), QuoteKind::Direct).ok);
  std::vector<std::string> warnings;
  const std::string out = formats::write_conll(a, s, &warnings);
  CHECK(out ==
        "-DOCSTART-\tO\n"
        "\n"
        "Putin\tO\n"
        "and\tO\n"
        "Pashinyan\tB-PERSON\n"
        "\n"
        "Vladimir\tB-PERSON\n"
        "Putin\tI-PERSON\n"
        "met\tO\n"
        "CSTO\tB-ORG\n"
        "leaders\tI-ORG\n"
        "in\tO\n"
        "Moscow\tB-GPE\n"
        ".\tO\n"
        "\n"
        "The\tB-PERSON\n"
        "Russian\tI-PERSON\n"
        "leader\tI-PERSON\n"
        "said\tO\n"
        ":\tO\n"
        "“\tO\n"
        "We\tO\n"
        "won’t\tO\n"
        "allow\tO\n"
        "it\tO\n"
        ".\tO\n"
        "”\tO\n"
        "\n");
  REQUIRE(warnings.size() == 4);
  CHECK(warnings[0] == "IOB2 is flat: 2 of 7 mentions left out (nested in or overlapping a longer mention, or inside a single token)");
  CHECK(warnings[1] == "left out: m6 \"Russian\" (GPE) overlaps m5 \"The Russian leader\" (PERSON)");
  CHECK(warnings[2] == "left out: m7 \"ussian\" (MISC) lies inside a single token");
  CHECK(warnings[3] == "1 quote not exported (CoNLL holds entities only)");
  // Without a warnings list it says nothing and writes the same.
  CHECK(formats::write_conll(a, s) == out);
}

TEST_CASE("CoNLL: Cyrillic words, curly quotes, guillemets, dashes and emoji are tokens of their own") {
  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  REQUIRE(ed.add_mention(test::find(a, "Путин", 1), "PERSON").ok);
  REQUIRE(ed.add_mention(test::find(a, "👍🏽"), "MISC").ok);
  CHECK(formats::write_conll(a, s) ==
        "-DOCSTART-\tO\n\n"
        "Путин\tO\n😀\tO\nи\tO\n«\tO\nлидер\tO\n»\tO\n\n"
        "“\tO\nМы\tO\nне\tO\nдопустим\tO\n😀\tO\nэтого\tO\n,\tO\n”\tO\n—\tO\nсказал\tO\nПутин\tB-PERSON\n.\tO\n\n"
        "Emoji\tO\n👍🏽\tB-MISC\nend\tO\n.\tO\n\n");
  // Words go on over hyphens, apostrophes and number separators; emoji sequences stay whole.
  const article::Article b = read("Kassym-Zhomart’s well-organized team paid $3,000.50 at 13:42... 👩‍💻 🇷🇺🇺🇸 1️⃣ ok!!\n");
  AnnotationSet none(b.id, b.text.code_points());
  CHECK(formats::write_conll(b, none) ==
        "-DOCSTART-\tO\n\n"
        "Kassym-Zhomart’s\tO\nwell-organized\tO\nteam\tO\npaid\tO\n$\tO\n3,000.50\tO\nat\tO\n13:42\tO\n...\tO\n"
        "👩‍💻\tO\n🇷🇺\tO\n🇺🇸\tO\n1️⃣\tO\nok\tO\n!!\tO\n\n");
}

TEST_CASE("CoNLL: the seed article loses no text, nested Putin is reported, a mention across sentences begins again") {
  const auto x = test::annotated_seed();
  std::vector<std::string> warnings;
  const std::string out = formats::write_conll(x.article, x.set, &warnings);
  CHECK(out.rfind("-DOCSTART-\tO\n\nPutin\tO\ncalled\tO\n", 0) == 0);  // the title is a sentence too
  CHECK(out.find("Russian\tB-PERSON\nPresident\tI-PERSON\nVladimir\tI-PERSON\nPutin\tI-PERSON\n") != std::string::npos);
  CHECK(out.find("Collective\tB-ORG\nSecurity\tI-ORG\nTreaty\tI-ORG\nOrganization\tI-ORG\n") != std::string::npos);
  REQUIRE(warnings.size() >= 2);
  CHECK(warnings[0].rfind("IOB2 is flat: 1 of 7 mentions left out", 0) == 0);
  CHECK(warnings[1] == "left out: m1 \"Vladimir Putin\" (PERSON) overlaps m7 \"Russian President Vladimir Putin\" (PERSON)");
  // Every token of the text is on a line: the non-space characters are all there, in order.
  std::string letters_in, letters_out;
  for (const char c : x.article.text.str())
    if (c != ' ' && c != '\n' && c != '\t') letters_in += c;
  std::size_t pos = out.find("\n\n") + 2;
  while (pos < out.size()) {
    const std::size_t nl = out.find('\n', pos);
    const std::string line = out.substr(pos, nl - pos);
    if (!line.empty()) letters_out += line.substr(0, line.find('\t'));
    pos = nl + 1;
  }
  CHECK(letters_out == letters_in);

  const article::Article a = read("Title here\n\nHe met Vladimir. Putin agreed.\n");
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  REQUIRE(ed.add_mention(test::find(a, "Vladimir. Putin"), "PERSON").ok);
  std::vector<std::string> w;
  const std::string o = formats::write_conll(a, s, &w);
  CHECK(o.find("Vladimir\tB-PERSON\n.\tI-PERSON\n\nPutin\tB-PERSON\nagreed\tO\n") != std::string::npos);
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "mention m1 \"Vladimir. Putin\" (PERSON) crosses a sentence boundary: it begins again (B-) in the next sentence");
}
