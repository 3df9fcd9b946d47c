// Names found by the tagger with the rules (teams and one-word companies), the compiled-in weights, and
// the speaker and quote mark patterns added with them.
#include <doctest/doctest.h>

#include <string>

#include "core/suggest/suggestion.h"
#include "core/suggest/tagger.h"
#include "suggest_run.h"

namespace {

using glossa::suggest::QuoteSuggestion;
using glossa::suggest::Span;

using NameRun = glossa::test::SuggestRun;
NameRun names_run(const std::string& body, const std::string& title = "Test article") { return glossa::test::suggest_run(body, title); }

}  // namespace

TEST_CASE("suggest names: the tagger's weights are compiled in, and a damaged blob gives an empty model") {
  CHECK_FALSE(glossa::suggest::TaggerModel::embedded().empty());
  const unsigned char junk[] = {'G', 'L', 'T', 'G', 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9};
  CHECK(glossa::suggest::TaggerModel::load(junk, sizeof junk).empty());
  CHECK(glossa::suggest::TaggerModel::load(junk, 3).empty());
}

TEST_CASE("suggest names: sports teams and one-word companies are organisations") {
  const NameRun r = names_run(
      "Leicestershire beat Somerset by an innings and 39 runs on Friday, while Essex drew with Kent at Chelmsford.\n\n"
      "Shares in Promodes rose 3 percent after the French retailer said profits doubled.\n");
  CHECK(r.type("Leicestershire") == "ORG");
  CHECK(r.type("Somerset") == "ORG");
  CHECK(r.type("Essex") == "ORG");
  CHECK(r.type("Promodes") == "ORG");
  CHECK(r.type("Chelmsford") == "LOC");  // a town none of the project's lists names
  CHECK(r.type("Friday") == "DATE");
}

TEST_CASE("suggest names: clubs the rules do not list") {
  const NameRun r = names_run(
      "Kenny Dalglish left Blackburn after five years, the club said on Thursday.\n\n"
      "The striker joined Feyenoord from Ajax in March.\n");
  CHECK(r.type("Kenny Dalglish") == "PERSON");
  CHECK(r.type("Blackburn") == "ORG");
  CHECK(r.type("Feyenoord") == "ORG");
  CHECK(r.type("Ajax") == "ORG");
}

TEST_CASE("suggest speakers: a name several words after the quote, before its cue") {
  const NameRun r = names_run("“We are ready to talk,” Senate minority leader Harry Reid told reporters.\n");
  CHECK(r.speaker("“We are ready to talk,”") == "Harry Reid");
}

TEST_CASE("suggest speakers: the sentence before a colon introduces the quote in the next paragraph") {
  const NameRun r = names_run("Ted Cruz spoke next. Cruz continued:\n\n“You look at the questions asked tonight and you see the problem.”\n");
  CHECK(r.speaker("“You look at the questions asked tonight and you see the problem.”") == "Cruz");
}

TEST_CASE("suggest speakers: an attribution after the quote's own full stop, any verb after a comma, a noun phrase") {
  const NameRun r = names_run(
      "“Russia, if you are listening, find the emails.” Trump said.\n\n"
      "“Go back to Univision,” Trump barked.\n\n"
      "“Donald is an amazing leader,” said the 46-year-old.\n");
  CHECK(r.speaker("“Russia, if you are listening, find the emails.”") == "Trump");
  CHECK(r.speaker("“Go back to Univision,”") == "Trump");
  CHECK(r.speaker("“Donald is an amazing leader,”") == "the 46-year-old");
}

TEST_CASE("suggest quote marks: straight and curly double marks mixed in one quote, and a misprinted closing mark") {
  const NameRun r = names_run(
      "\"The police in this country have done an unbelievable job,” he continued.\n\n"
      "The senator asked for an “expedited review“ of the water system, the mayor said.\n");
  CHECK(r.quote("\"The police in this country have done an unbelievable job,”") != nullptr);
  CHECK(r.quote("“expedited review“") != nullptr);
  CHECK(r.s.flags.empty());
}

TEST_CASE("suggest quote marks: attribute values inside a markup tag are never paired") {
  const NameRun r = names_run("<tweet pic=\"\" author=\"@someone\">Hello there</tweet> “This is a real quote,” she said.\n");
  REQUIRE(r.s.quotes.size() == 1);
  CHECK(r.text(r.s.quotes[0].span) == "“This is a real quote,”");
}

TEST_CASE("names: a Russian street or region keeps its lower-case head (\"Набережная улица\")") {
  const auto x = names_run("Residents of Набережная улица and Заречный переулок received text alerts. "
                           "Officials in Новгородская область said more rain was coming.");
  CHECK(x.type("Набережная улица") == "LOC");
  CHECK(x.type("Заречный переулок") == "LOC");
  CHECK(x.type("Новгородская область") == "LOC");
  CHECK(x.type("Набережная") == "");  // not the name without its head
}

TEST_CASE("speakers: the subject of a passive cue is not who speaks (\"the barriers had been promised “…”\")") {
  const auto x = names_run("Council member Irina Volkova criticised the delay. She said the barriers had been promised "
                           "“every spring since 2019” and that the money was gone.");
  CHECK(x.speaker("“every spring since 2019”") == "She");
}

TEST_CASE("suggest names: a question's or a hedge's first word is not part of the name after it") {
  const NameRun r = names_run(
      "“Is Donald Trump running against the party?” asked Paul Manafort.\n\n"
      "Can Emmanuel Macron win again? Has Boris Johnson resigned? Maybe Jeff Bezos knows.\n");
  CHECK(r.type("Donald Trump") == "PERSON");
  CHECK(r.type("Emmanuel Macron") == "PERSON");
  CHECK(r.type("Boris Johnson") == "PERSON");
  CHECK(r.type("Jeff Bezos") == "PERSON");
  CHECK(r.type("Is Donald Trump").empty());
}

TEST_CASE("suggest names: a name does not start with a lower-case word, but may with a particle") {
  const NameRun r = names_run(
      "Shares of Apple Inc. and Microsoft Corp. fell 2% after the statement.\n\n"
      "The airport named after Charles de Gaulle was closed, and de Gaulle's heirs complained.\n");
  CHECK(r.type("Apple Inc.") == "ORG");
  CHECK(r.type("of Apple Inc.").empty());
  CHECK(r.type("Charles de Gaulle") == "PERSON");
}

TEST_CASE("suggest names: a person's title is not part of the name the tagger finds (\"Mayor Eric Adams\")") {
  const NameRun r = names_run("Mayor Eric Adams said the city would rebuild.\n\n“It is a tragedy,” said Mayor Bill de Blasio of New York.\n");
  CHECK(r.type("Eric Adams") == "PERSON");
  CHECK(r.type("Mayor Eric Adams").empty());
  CHECK(r.type("Bill de Blasio") == "PERSON");
}

TEST_CASE("suggest names: words joined by an ampersand are one name (\"AT&T\"), spaced ones too (\"Procter & Gamble\")") {
  const NameRun r = names_run("AT&T fell 3 percent, while Procter & Gamble and Johnson & Johnson reported higher earnings.\n");
  CHECK(r.type("AT&T") == "ORG");
  CHECK(r.type("T").empty());
  CHECK(r.type("Johnson & Johnson") == "ORG");
}

TEST_CASE("suggest names: organisations whose names hold \"of\", \"for\", \"on\", \"and\" or commas are one name") {
  const NameRun r = names_run(
      "Officials at the Centers for Disease Control and Prevention said the outbreak was slowing.\n\n"
      "The U.S. Food and Drug Administration approved the drug, and the Department of Health and Human Services "
      "welcomed it.\n\n"
      "The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry.\n\n"
      "The Bill and Melinda Gates Foundation gave $10 million.\n\n"
      "Analysts at the Center for American Progress and the Council on Foreign Relations disagreed, as did the "
      "National Institutes of Health.\n");
  CHECK(r.type("Centers for Disease Control and Prevention") == "ORG");
  CHECK(r.type("Prevention").empty());
  CHECK(r.type("U.S. Food and Drug Administration") == "ORG");
  CHECK(r.type("Department of Health and Human Services") == "ORG");
  CHECK(r.type("Bureau of Alcohol, Tobacco, Firearms and Explosives") == "ORG");
  CHECK(r.type("Explosives").empty());
  CHECK(r.type("Bill and Melinda Gates Foundation") == "ORG");
  CHECK(r.type("Bill").empty());
  CHECK(r.type("Center for American Progress") == "ORG");
  CHECK(r.type("Council on Foreign Relations") == "ORG");
  CHECK(r.type("National Institutes of Health") == "ORG");
}

TEST_CASE("suggest names: a connector does not join a company to where it is, a day, or a person's title") {
  const NameRun r = names_run(
      "The car, made by Kia Motor Corp of South Korea, arrived on Tuesday.\n\n"
      "Bank of England Governor Mark Carney spoke to the Senate Committee on Monday.\n");
  CHECK(r.type("Kia Motor Corp") == "ORG");
  CHECK(r.type("South Korea") == "GPE");
  CHECK(r.type("Bank of England") == "ORG");
  CHECK(r.type("Mark Carney") == "PERSON");
  CHECK(r.type("Monday") == "DATE");
}

TEST_CASE("suggest names: a name with a possessive is the name (\"Barack Obama’s\", \"Moscow’s Red Square\", \"GOP’s\")") {
  const NameRun r = names_run(
      "Donald Trump spoke first. Later, Barack Obama’s aides and Trump’s team met at NATO’s headquarters, near "
      "Moscow’s Red Square, while New Jersey’s governor and the GOP’s leaders waited.\n");
  CHECK(r.type("Barack Obama") == "PERSON");
  CHECK(r.type("Barack").empty());
  CHECK(r.type("Trump") == "PERSON");
  CHECK(r.type("NATO") == "ORG");
  CHECK(r.type("Moscow") == "GPE");
  CHECK(r.type("Red Square") == "LOC");
  CHECK(r.type("New Jersey") == "GPE");
  CHECK(r.type("GOP") == "ORG");
}

TEST_CASE("suggest names: an abbreviated title is no part of a place (\"Texas Sen. Ted Cruz\"), a known company is one") {
  const NameRun r = names_run("Texas Sen. Ted Cruz spoke to Vermont Sen. Bernie Sanders, and Mr. Trump met Amazon executives in Seattle.\n");
  CHECK(r.type("Texas") == "GPE");
  CHECK(r.type("Ted Cruz") == "PERSON");
  CHECK(r.type("Vermont") == "GPE");
  CHECK(r.type("Bernie Sanders") == "PERSON");
  CHECK(r.type("Texas Sen. Ted Cruz").empty());
  CHECK(r.type("Vermont Sen.").empty());
  CHECK(r.type("Amazon") == "ORG");
}

TEST_CASE("suggest names: a title before a name, a group of people and a lone capital are no organisation or place") {
  const NameRun r = names_run(
      "He clerked for Chief Justice William Rehnquist before Justice Scalia's death.\n\n"
      "Muslim Americans and Latinos voted early, officials said.\n\n"
      "Q: Do you think the law should change?\n");
  CHECK(r.type("Justice").empty());
  CHECK(r.type("William Rehnquist") == "PERSON");
  CHECK(r.type("Muslim").empty());
  CHECK(r.type("Latinos").empty());
  CHECK(r.type("Q").empty());
}

TEST_CASE("suggest names: in a headline, a place or organisation of several words the lists know is one name") {
  const NameRun r = names_run("Clinton Urges Britain to Remain In European Union\n\nShe spoke in New Hampshire on Monday.\n");
  CHECK(r.type("European Union") == "ORG");
  CHECK(r.type("Union").empty());
  CHECK(r.type("Britain") == "GPE");
}

TEST_CASE("suggest names: the first word of a day's name is no organisation (\"Super Tuesday\")") {
  const NameRun r = names_run("By any means, Graham, a former candidate, told CBS News on Super Tuesday, when a dozen states held contests.\n");
  CHECK(r.type("Super").empty());
  CHECK(r.type("CBS News") == "ORG");
}

TEST_CASE("suggest names: CEO and Majority Leader are titles, a known company's product is the company") {
  const NameRun r = names_run("Senate Majority Leader Mitch McConnell said no. Google CEO Sundar Pichai spoke, and Apple Music grew.\n");
  CHECK(r.type("Mitch McConnell") == "PERSON");
  CHECK(r.type("Sundar Pichai") == "PERSON");
  CHECK(r.type("Google") == "ORG");
  CHECK(r.type("Apple") == "ORG");
  CHECK(r.type("Music").empty());
  CHECK(r.type("Senate Majority").empty());
}

TEST_CASE("suggest names: a state's abbreviation after a town is a place (\"Miami, Fla.\", \"Concord, N.H.\")") {
  const NameRun r = names_run("They met in Concord, N.H., and later in Miami, Fla., and in Washington, D.C.\n");
  CHECK(r.type("N.H.") == "GPE");
  CHECK((r.type("Fla.") == "GPE" || r.type("Fla") == "GPE"));
  CHECK(r.type("D.C.") == "GPE");
}

TEST_CASE("suggest names: an American city the tagger reads as a team or a person is the place where the text says so") {
  const NameRun r = names_run(
      "Republicans arriving in Cleveland Monday will nominate him. Sanders spoke at a casino in Las Vegas.\n\n"
      "The Orlando attack was condemned. She grew up in Columbus, Ohio, and later lived in Madison.\n");
  CHECK(r.type("Cleveland") == "GPE");
  CHECK(r.type("Las Vegas") == "GPE");
  CHECK(r.type("Orlando") == "GPE");
  CHECK(r.type("Columbus") == "GPE");
  CHECK(r.type("Ohio") == "GPE");
  // A person named like a city stays a person.
  const NameRun s = names_run("Michael Jackson sang, and Andrew Jackson rode. Jackson won the vote.\n");
  CHECK(s.type("Michael Jackson") == "PERSON");
  CHECK(s.type("Andrew Jackson") == "PERSON");
  CHECK(s.type("Jackson") == "PERSON");
}

TEST_CASE("suggest names: a lawmaker's party and state is no organisation, a state named for its island is a state") {
  const NameRun r = names_run("Sen. Ted Cruz (R-Texas) and Rep. Bobby Scott (D-Va.) spoke, as did Sen. Marco Rubio, R-Fla., in Rhode Island.\n");
  CHECK(r.type("Ted Cruz") == "PERSON");
  CHECK(r.type("Bobby Scott") == "PERSON");
  CHECK(r.type("R-Texas").empty());
  CHECK(r.type("D-Va.").empty());
  CHECK(r.type("D-Va").empty());
  CHECK(r.type("R-Fla.").empty());
  CHECK(r.type("Rhode Island") == "GPE");
}

TEST_CASE("suggest names: the last name of a person named in full is that person, not an organisation") {
  // The tagger read the sign's "Trump" as an organisation (a team or company after a number).
  const NameRun r = names_run(
      "Rubio won second place in Nevada and South Carolina but still trails rivals Donald Trump and fellow Sen. Ted "
      "Cruz in the much-needed delegates needed to win his party’s nomination.\n\n"
      "The Louisville crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched for him. He held "
      "up the sign — which read “Hispanics 4 Trump” — and waved it around, mouthing “thank you” toward the audience.\n");
  CHECK(r.type("Donald Trump") == "PERSON");
  int people = 0;
  for (const auto& e : r.s.entities)
    if (r.text(e.span) == "Trump") {
      CHECK(e.type == "PERSON");
      ++people;
    }
  CHECK(people == 2);
  // A headline the runs took in whole as a person lends no last name: "House" stays what it was.
  const NameRun h = names_run("“I support our speaker of the House, Paul Ryan,” Trump told a crowd.\n",
                              "Donald Trump Finally Endorses House Speaker Paul Ryan");
  for (const auto& e : h.s.entities)
    if (h.text(e.span) == "House") CHECK(e.type != "PERSON");
}

TEST_CASE("suggest names: a title-case headline is cut at its verbs, adverbs and pronouns, not read as one long name") {
  const NameRun r = names_run("Pence spoke on Monday. He said the report was finally out, and praised it.\n",
                              "Mike Pence Calls for Special Prosecutor after Report Reveals Clinton’s Meetings");
  CHECK(r.type("Mike Pence") == "PERSON");
  CHECK(r.type("Mike Pence Calls").empty());
  CHECK(r.type("Report Reveals Clinton").empty());
  const NameRun k = names_run("Kelly spoke on her show on Monday.\n", "NY Post: Megyn Kelly Is No Different Than Kim Kardashian");
  bool megyn = false;  // suggested, weak: the tagger is unsure of "Megyn"
  for (const auto& e : k.s.entities) megyn = megyn || (k.text(e.span) == "Megyn Kelly" && e.type == "PERSON");
  CHECK(megyn);
  CHECK(k.type("Kim Kardashian") == "PERSON");
  for (const auto& e : k.s.entities) CHECK(k.text(e.span).find(" Is ") == std::string::npos);
  // A name of several words with no verb in it stays whole, as does an organisation's.
  const NameRun n = names_run("The board met on Monday.\n", "Marion County Board of Education Votes To Close Schools");
  CHECK(n.type("Marion County Board of Education") == "ORG");
}

TEST_CASE("suggest names: American groups no head word marks are organisations, Capitol Hill is a place") {
  const NameRun r = names_run(
      "Planned Parenthood and Black Lives Matter protested, Judicial Watch sued, and Edison Research ran the exit poll "
      "for the networks. Lawmakers on Capitol Hill said nothing. (Photo: Getty Images)\n");
  CHECK(r.type("Planned Parenthood") == "ORG");
  CHECK(r.type("Black Lives Matter") == "ORG");
  CHECK(r.type("Judicial Watch") == "ORG");
  CHECK(r.type("Edison Research") == "ORG");
  CHECK(r.type("Getty Images") == "ORG");
  CHECK(r.type("Capitol Hill") == "LOC");
}

TEST_CASE("suggest names: a building or a square by its head word is a place, not a person") {
  const NameRun r = names_run(
      "The taco bowl incident, trivial though it was, is one example. On Cinco de Mayo, Trump happened to be eating a "
      "taco bowl for lunch at his desk in Trump Tower. Manafort was in the office with other aides when a member of the "
      "family suggested they tweet a picture of Trump enjoying his “Mexican” lunch.\n");
  bool tower = false;
  for (const auto& e : r.s.entities) {
    if (r.text(e.span) == "Trump Tower") {
      CHECK(e.type == "LOC");
      tower = true;
    }
    if (r.text(e.span) == "Trump") CHECK(e.type == "PERSON");  // the man, still
  }
  CHECK(tower);
}

TEST_CASE("suggest names: a person the story names in full is that person where a title-case headline names them") {
  const NameRun r = names_run("Sen. Ted Cruz spoke in Iowa. Sen. Lindsey Graham endorsed him last week.\n",
                              "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement");
  int cruz = 0, graham = 0;
  for (const auto& e : r.s.entities) {
    const std::string t = r.text(e.span);
    cruz += t == "Ted Cruz" && e.type == "PERSON" && e.confidence >= 0.5;
    graham += t == "Lindsey Graham" && e.type == "PERSON" && e.confidence >= 0.5;
    CHECK(t != "Cruz Refuses");
    CHECK(t != "Disavow Lindsey");
  }
  CHECK(cruz == 2);    // the headline's and the text's
  CHECK(graham == 2);
  const NameRun i = names_run("Rep. Darrell Issa said on Sunday that Hillary Clinton had questions to answer.\n",
                              "Issa: Hillary Clinton’s ‘Honesty Is In Question.’");
  CHECK(i.type("Hillary Clinton") == "PERSON");
}
