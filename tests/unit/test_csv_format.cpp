#include <doctest/doctest.h>

#include "annotated_sample.h"
#include "core/formats/csv.h"

using namespace glossa;
using namespace glossa::annotate;

TEST_CASE("CSV of quotes: RFC 4180 quoting, one row per quote in text order, code point offsets") {
  const auto r = article::read_verbatim("Putin said, “We will not allow it, ever.” Then he added that \"color revolutions\" would fail.\n", "q.txt");
  REQUIRE(r.ok());
  const article::Article& a = r.articles[0];
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  const auto putin = ed.add_mention(test::find(a, "Putin"), "PERSON");
  const auto he = ed.add_mention(test::find(a, "he", 1), "PERSON");  // not the "he" of "Then"
  REQUIRE(he.ok);
  // Added out of text order: the rows follow the text.
  const auto color = ed.add_quote(test::find(a, "that \"color revolutions\" would fail"), QuoteKind::Mixed);  // q1
  const auto allow = ed.add_quote(test::find(a, "“We will not allow it, ever.”"), QuoteKind::Direct);       // q2
  REQUIRE(ed.set_speaker(allow.id, putin.id).ok);
  REQUIRE(ed.set_cue(allow.id, test::find(a, "said")).ok);
  REQUIRE(ed.set_speaker(color.id, he.id).ok);
  s.entities["e1"] = Entity{"e1", "Putin, Vladimir", "PERSON", {}};
  s.mentions[putin.id].entity = "e1";
  REQUIRE(s.problems().empty());
  const std::string csv = formats::write_quotes_csv(a, s);
  CHECK(csv ==
        "quote_id,text,kind,speaker,speaker_entity,cue,begin,end,speaker_begin,speaker_end,cue_begin,cue_end\r\n"
        "q2,\"“We will not allow it, ever.”\",direct,Putin,\"Putin, Vladimir\",said,12,41,0,5,6,10\r\n"
        "q1,\"that \"\"color revolutions\"\" would fail\",mixed,he,,,56,91,47,49,,\r\n");
}

TEST_CASE("CSV of quotes: fields with line breaks are quoted, no BOM, the formula guard is opt-in") {
  CHECK(formats::csv_field("plain") == "plain");
  CHECK(formats::csv_field("a,b") == "\"a,b\"");
  CHECK(formats::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(formats::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(formats::csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(formats::csv_field("") == "");

  const auto r = article::read_verbatim("=HYPERLINK(\"http://x\") he wrote.\n\nA second\nline quoted.\n", "f.txt");
  REQUIRE(r.ok());
  const article::Article& a = r.articles[0];
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  REQUIRE(ed.add_quote(test::find(a, "=HYPERLINK(\"http://x\")"), QuoteKind::Direct).ok);
  REQUIRE(ed.add_quote(test::find(a, "A second\nline quoted."), QuoteKind::Indirect).ok);
  const std::string plain = formats::write_quotes_csv(a, s);
  CHECK(plain.rfind("quote_id,", 0) == 0);  // no byte order mark
  CHECK(plain.find("\r\nq1,\"=HYPERLINK(\"\"http://x\"\")\",direct,,,,0,22,,,,\r\n") != std::string::npos);
  CHECK(plain.find("\r\nq2,\"A second\nline quoted.\",indirect,") != std::string::npos);
  formats::CsvOptions guarded;
  guarded.guard_formulas = true;
  CHECK(formats::write_quotes_csv(a, s, guarded).find("\r\nq1,\"'=HYPERLINK(\"\"http://x\"\")\",direct,") != std::string::npos);

  const auto x = test::annotated_seed();
  const std::string seed = formats::write_quotes_csv(x.article, x.set);
  CHECK(seed.find("\r\nq1,\"“The events in Kazakhstan are an attack on the country, an act of aggression,”\",direct,the Russian leader,"
                  "Vladimir Putin,said,") != std::string::npos);
  CHECK(seed.find("\r\nq2,Putin noted that those protesting against the situation on the gas market are one people,indirect,,,,") !=
        std::string::npos);
}
