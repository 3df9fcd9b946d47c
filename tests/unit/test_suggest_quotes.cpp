// Quote marks paired over lines and around stray single marks, and the partial quotes that read as
// someone's words rather than as scare quotes or titles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "suggest_run.h"

namespace {

using glossa::suggest::QuoteSuggestion;
using glossa::suggest::Span;

using QuoteRun = glossa::test::SuggestRun;
QuoteRun quote_run(const std::string& body, const std::string& title = "Test article") { return glossa::test::suggest_run(body, title); }

}  // namespace

TEST_CASE("quote marks: a quote over two lines of one paragraph, the second reopened") {
  const QuoteRun r = quote_run(
      "“Trump events are outlets for people to engage in hatred.\n"
      "“There’s another side that’s kind of nihilistic,” Sexton said.\n");
  const std::string t = "“Trump events are outlets for people to engage in hatred.\n“There’s another side that’s kind of nihilistic,”";
  CHECK(r.shown(t));
  CHECK(r.speaker(t) == "Sexton");
  CHECK(r.s.flags.empty());
}

TEST_CASE("quote marks: the ’ of an elided year or a stray single mark does not swallow the quotes after it") {
  const QuoteRun r = quote_run(
      "Rep. Hank Johnson said in ‘08 that voters were changing. “It does away with the blame game,” he said.\n\n"
      "On CBS‘ Face the Nation, she stated, “An absence of action would have turned Libya into Syria.”\n");
  CHECK(r.shown("“It does away with the blame game,”"));
  CHECK(r.shown("“An absence of action would have turned Libya into Syria.”"));
  CHECK(r.speaker("“An absence of action would have turned Libya into Syria.”") == "she");
}

TEST_CASE("quotes: a capitalised name before a quote is no naming word (\"Paul Song “…”\", not \"the song “…”\")") {
  const QuoteRun r = quote_run("Sanders said that the comment by Dr. Paul Song “was inappropriate and insensitive.”\n");
  CHECK(r.shown("“was inappropriate and insensitive.”"));
  CHECK(r.speaker("“was inappropriate and insensitive.”") == "Sanders");
}

TEST_CASE("quotes: a phrase a pronoun subject called for, pledged, proposed or blamed is theirs") {
  const QuoteRun r = quote_run("Anna Petrova spoke in Ohio. She also called for more “flexibility” for military advisers. "
                               "She has proposed appointing a “chief trade prosecutor” this year.\n");
  CHECK(r.shown("“flexibility”"));
  CHECK(r.speaker("“flexibility”") == "She");
  CHECK(r.shown("“chief trade prosecutor”"));  // "proposed", like "boasted", "implied", "advocates"
  const QuoteRun t = quote_run("Gary Johnson draws crowds in Utah. He talks about “spoiling the party,” and voters cheer.\n");
  CHECK(t.shown("“spoiling the party,”"));
}

TEST_CASE("quotes: a one-word quote in a headline that names its speaker before a colon") {
  const QuoteRun r = quote_run("Hillary Clinton says the strategy must change.\n", "Clinton: Time for ‘intensification’ of ISIL strategy");
  CHECK(r.shown("‘intensification’"));
}

TEST_CASE("quotes: a phrase in a clause reported after a speech noun or a charge (\"his assertion that “thousands” …\")") {
  const QuoteRun r = quote_run(
      "Trump's recent assertion that “thousands” of people cheered went unproven.\n\n"
      "Tom Fitton charged that Mrs. Clinton “hid” the documents.\n\n"
      "Trump stood by his comment Monday that “Islam hates us,” refusing to back down.\n\n"
      "The firm activated its “safety check” on Monday.\n");
  CHECK(r.shown("“thousands”"));
  CHECK(r.shown("“hid”"));
  CHECK(r.shown("“Islam hates us,”"));  // past a day, and capitalised
  CHECK_FALSE(r.shown("“safety check”"));  // no one's clause: a scare quote, weak
  const QuoteRun o = quote_run("The mayor rejected Donald Trump's offer to make an “exception” to his ban.\n");
  CHECK(o.shown("“exception”"));  // someone's offer, call or admission just before
}

TEST_CASE("quotes: what someone calls a person \"as “…”\" and \"the term “…”\" are their words, a name known as one is not") {
  const QuoteRun r = quote_run(
      "Christie refers to the candidate as “Mr. Trump,” while Trump refers to the governor as “Chris.”\n\n"
      "She was known as “the Iron Lady” for years.\n\n"
      "Cruz slammed the president for not using the term “radical Islamic terrorism.”\n");
  CHECK(r.shown("“Mr. Trump,”"));
  CHECK(r.shown("“Chris.”"));
  CHECK(r.shown("“radical Islamic terrorism.”"));
  CHECK_FALSE(r.shown("“the Iron Lady”"));
}

TEST_CASE("quotes: a chant is said, whatever its case") {
  const QuoteRun r = quote_run("About 200 protesters gathered, holding signs and chanting “Dump Trump.”\n\n"
                               "The crowd answered with chants of “Ted! Ted! Ted”.\n");
  CHECK(r.shown("“Dump Trump.”"));
  CHECK(r.shown("“Ted! Ted! Ted”"));
  const QuoteRun b = quote_run("Trump spoke of crime. The crowd chanted back at him, “Send them home,” and “Build the wall.”\n");
  CHECK(b.shown("“Send them home,”"));
  CHECK(b.shown("“Build the wall.”"));  // listed with it: capitalised, still no name
}

TEST_CASE("quotes: a phrase quoted right after a sentence that reports speech, in a sentence with a subject") {
  const QuoteRun r = quote_run(
      "Senator Bernie Sanders spoke in Ohio. “Nobody wants it,” the editorial board wrote. The piece goes on to slam "
      "Sanders’ “political revolution” for its promises.\n\n"
      "The election was close. Bernie Sanders wants a “political revolution” now.\n");
  std::vector<double> confidence;
  for (const auto& q : r.s.quotes)
    if (r.text(q.span) == "“political revolution”") confidence.push_back(q.confidence);
  REQUIRE(confidence.size() == 2);
  CHECK(confidence[0] >= 0.5);  // after the editorial board wrote
  CHECK(confidence[1] < 0.5);   // after no speech: perhaps a scare quote
}

TEST_CASE("quotes: after a naming noun, a longer phrase not in title case, or what someone called the thing, is speech, a title is not") {
  const QuoteRun r = quote_run(
      "Dave Gorab called the show “the conservative news show of record.”\n\n"
      "The Central American Minors program “is gaining considerable traction recently,” Alejandro Mayorkas told reporters.\n\n"
      "He acted in the Syfy movie “Sharknado 3: Oh Hell No!” last year.\n");
  CHECK(r.shown("“the conservative news show of record.”"));
  CHECK(r.speaker("“is gaining considerable traction recently,”") == "Alejandro Mayorkas");
  CHECK_FALSE(r.shown("“Sharknado 3: Oh Hell No!”"));  // a number does not break title case
  const QuoteRun c = quote_run("Former governor Mike Huckabee called the H1-B program “worse than amnesty.” Santorum agreed.\n\n"
                               "The network launched a program “Quick Question” this week.\n");
  CHECK(c.shown("“worse than amnesty.”"));
  CHECK(c.quote("“Quick Question”") == nullptr);
}

TEST_CASE("quotes: a paragraph that is only a quote in single marks is a subhead, a title followed by \"by\" a work") {
  const QuoteRun r = quote_run(
      "“I would go back to school,” she said.\n\n"
      "'A really tough decision.'\n\n"
      "‘A fight from start to finish.’\n\n"
      "“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a man is suing the museum.\n\n"
      "“We are ready,” Anna Petrova said.\n");
  CHECK(r.quote("'A really tough decision.'") == nullptr);
  CHECK(r.quote("‘A fight from start to finish.’") == nullptr);
  CHECK(r.quote("“Met accused of whitewashing baby Jesus,”") == nullptr);
  CHECK(r.shown("“I would go back to school,”"));
  CHECK(r.shown("“We are ready,”"));
}

TEST_CASE("quotes: phrases listed with a quote that is shown are shown too, with its speaker") {
  const QuoteRun r = quote_run(
      "Carly Fiorina spoke to her husband. She said that it would be “incredibly ugly,” “a huge shock” and "
      "“a fight from start to finish.”\n");
  CHECK(r.shown("“a fight from start to finish.”"));
  CHECK(r.shown("“incredibly ugly,”"));
  CHECK(r.shown("“a huge shock”"));
  CHECK(r.speaker("“a huge shock”") == "She");
}

TEST_CASE("quotes: examples after \"such as\", and a weak cue word used as a noun after a preposition, are no one's words") {
  const QuoteRun r = quote_run(
      "Officials searched their records for terms containing words such as “ambassador,” “attack” and “talking points.”\n\n"
      "Trump responded by calling Alwaleed “dopey” on Twitter.\n");
  CHECK_FALSE(r.shown("“ambassador,”"));
  CHECK_FALSE(r.shown("“attack”"));
  CHECK_FALSE(r.shown("“talking points.”"));
  CHECK(r.shown("“dopey”"));  // "by calling": a gerund, still a cue
}

TEST_CASE("quotes: a named subject set off by commas before \"called\" makes the phrase theirs, a title stays a title") {
  const QuoteRun r = quote_run(
      "Trump praised Russia, a country that the last Republican nominee, Mitt Romney, called “our No.1 geopolitical foe.”\n\n"
      "The cartoonist, Garry Trudeau, called “Yuge Years of Trump” a collection.\n");
  CHECK(r.shown("“our No.1 geopolitical foe.”"));
  CHECK(r.speaker("“our No.1 geopolitical foe.”") == "Mitt Romney");
  CHECK_FALSE(r.shown("“Yuge Years of Trump”"));
}

TEST_CASE("speakers: a cue verb after the relative \"that\" is a cue (\"T-shirts that said “We won.”\"), a noun after \"that\" is not") {
  const QuoteRun r = quote_run("The party conceded. T-shirts quickly appeared in front of the headquarters that said “We won.”\n");
  REQUIRE(r.quote("“We won.”") != nullptr);
  CHECK(r.shown("“We won.”"));
  REQUIRE(r.quote("“We won.”")->cue);
  CHECK(r.text(*r.quote("“We won.”")->cue) == "said");
}

TEST_CASE("quotes: in a headline capitals say nothing, so a capitalised phrase in marks is not taken for a name") {
  const QuoteRun r = quote_run("Dec 29 (Reuters) - Hillary Clinton spoke on Tuesday.\n",
                               "Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’");
  CHECK(r.shown("‘Genocide.’"));
  const QuoteRun body = quote_run("The network aired “Meet the Press” on Sunday.\n");
  CHECK(body.quote("“Meet the Press”") == nullptr);  // in a sentence, a title
}

TEST_CASE("speakers: less common reporting verbs before or after the quote (beamed, retorted, lamented)") {
  const QuoteRun r = quote_run(
      "“This is fantastic for all of us!” beamed Donald Hartley, a delegate from Alabama.\n\n"
      "Senator Maria Lopez retorted, “Nobody on this committee has read the bill yet.”\n\n"
      "“We have lost a whole generation of farmers to this,” lamented Paul Weber.\n\n"
      "“Gun owners should leave their weapons at home,” opined the Plain Dealer’s editor, Mark Stone.\n");
  CHECK(r.speaker("“This is fantastic for all of us!”") == "Donald Hartley");
  CHECK(r.speaker("“Nobody on this committee has read the bill yet.”") == "Maria Lopez");
  CHECK(r.speaker("“We have lost a whole generation of farmers to this,”") == "Paul Weber");
  CHECK(r.speaker("“Gun owners should leave their weapons at home,”") == "Mark Stone");
}

TEST_CASE("speakers: a longer sentence after a quote that ends it attributes the quote when it opens with the speaker and cue") {
  const QuoteRun r = quote_run(
      "“Alabama is proud to cast its votes for the next president!” US Senator Jeff Sessions said as he launched the process.\n\n"
      "“Is this a priority for the two of them?” Martin O’Malley said, according to the Las Vegas Sun.\n\n"
      "“We will not go back to the old ways!” The crowd roared as Maria Lopez said goodbye to the delegates.\n");
  CHECK(r.speaker("“Alabama is proud to cast its votes for the next president!”") == "Jeff Sessions");
  CHECK(r.speaker("“Is this a priority for the two of them?”") == "Martin O’Malley");
  CHECK(r.speaker("“We will not go back to the old ways!”") != "Maria Lopez");  // that sentence's own "said"
}

TEST_CASE("speakers: after \"according to\", capitalised words the rules did not take for a name are the source") {
  const QuoteRun r = quote_run(
      "Maria Lopez spoke first.\n\n"
      "According to HuffPo: “Senator Tim Kaine has had a mixed record on abortion throughout his career.”\n");
  CHECK(r.speaker("“Senator Tim Kaine has had a mixed record on abortion throughout his career.”") == "HuffPo");
}

TEST_CASE("speakers: in a lead-in before a colon, an owner with the name in an apposition is that name, an owner alone stays") {
  const QuoteRun r = quote_run(
      "Sergei Lavrov spoke first.\n\n"
      "Lavrov’s deputy, Sergei Ryabkov, was more cautious: “We do not expect a breakthrough.”\n\n"
      "Trump’s campaign said: “The report is false.”\n");
  CHECK(r.speaker("“We do not expect a breakthrough.”") == "Sergei Ryabkov");
  CHECK(r.speaker("“The report is false.”") == "Trump’s campaign");
}

TEST_CASE("speakers: a name set off by commas after a role is the speaker (\"the minister, Olga Petrova, said\", \"said the coach, Mark Evans\")") {
  const QuoteRun r = quote_run(
      "“We have done what we could for the farmers this year,” the minister, Olga Petrova, said.\n\n"
      "“We will win the cup next season,” said the coach, Mark Evans.\n");
  CHECK(r.speaker("“We have done what we could for the farmers this year,”") == "Olga Petrova");
  CHECK(r.speaker("“We will win the cup next season,”") == "Mark Evans");
}

TEST_CASE("speakers: Russian and German reporting verbs attribute quotes in «…» and „…“") {
  const QuoteRun r = quote_run(
      "«Мы готовы к переговорам», — заявил Дмитрий Песков.\n\n"
      "„Wir schaffen das“, sagte Angela Merkel.\n");
  CHECK(r.speaker("«Мы готовы к переговорам»") == "Дмитрий Песков");
  CHECK(r.shown("„Wir schaffen das“"));
  CHECK(r.speaker("„Wir schaffen das“") == "Angela Merkel");
}

TEST_CASE("speakers: inverted cues with a listener verb or a long title (asked Mr. Manafort, warned Clinton, said former Wisconsin Gov. Jim Doyle)") {
  const QuoteRun r = quote_run(
      "Hillary Clinton and Paul Manafort spoke in Ohio.\n\n"
      "“That means a loose cannon is within reach of the most powerful job,” warned Clinton.\n\n"
      "“Is he running against the whole Republican Party now?” asked Mr. Manafort, referring to the candidate.\n\n"
      "“The president is going to have the role his predecessor had,” said former Wisconsin Gov. Jim Doyle.\n\n"
      "“It is complicated and it will take time,” she told Senator Tim Kaine.\n");
  CHECK(r.speaker("“That means a loose cannon is within reach of the most powerful job,”") == "Clinton");
  CHECK(r.speaker("“Is he running against the whole Republican Party now?”") == "Manafort");
  CHECK(r.speaker("“The president is going to have the role his predecessor had,”") == "Jim Doyle");
  CHECK(r.speaker("“It is complicated and it will take time,”") == "she");  // Kaine is the listener
}

TEST_CASE("speakers: a participle cue after another cue has that cue's subject (\"Spicer said, adding, “…”\")") {
  const QuoteRun r = quote_run(
      "Paul Ryan and Donald Trump will meet sometime next week, Sean Spicer said, adding, “They need to sit down and have a good talk.”\n\n"
      "The former secretary of state will play the card, Carly Fiorina said, adding that the answer “is to attack her track record.”\n");
  CHECK(r.speaker("“They need to sit down and have a good talk.”") == "Sean Spicer");
  CHECK(r.speaker("“is to attack her track record.”") == "Carly Fiorina");
}

TEST_CASE("speakers: the sentence after a quote does not attribute it when its cue goes on to words of its own") {
  const QuoteRun r = quote_run(
      "“We are refugees,” Amal Alawee said. “We are not the ones to blame.” Omar Zahed said: “The attack was the work of terrorists.”\n\n"
      "“We are refugees,” Nadia Saleh said. “We are not the ones who did this.” Omar Zahed said it was the work of terrorists.\n\n"
      "“We will finish the job this year.” Governor Ann Cole said on Monday, before the vote.\n");
  CHECK(r.speaker("“We are not the ones to blame.”") == "Amal Alawee");
  CHECK(r.speaker("“The attack was the work of terrorists.”") == "Omar Zahed");
  CHECK(r.speaker("“We are not the ones who did this.”") == "Nadia Saleh");
  CHECK(r.speaker("“We will finish the job this year.”") == "Ann Cole");
}

TEST_CASE("speakers: an organisation, a title and a name is the person (\"said Ohio State University professor Paul Beck\")") {
  const QuoteRun r = quote_run("“That was more her constituency than his at that point,” said Ohio State University professor Paul Beck.\n");
  CHECK(r.speaker("“That was more her constituency than his at that point,”") == "Paul Beck");
}

TEST_CASE("quotes: what someone called a thing is their word for it (\"what multiple lawmakers called “fraud”\", \"what it called …\")") {
  const QuoteRun r = quote_run(
      "The bank's sales force had been involved with what multiple lawmakers called “fraud” in their letters.\n\n"
      "The council pledged further sanctions against what it called \"a clear threat to international peace and security.\"\n");
  CHECK(r.shown("“fraud”"));
  CHECK(r.shown("\"a clear threat to international peace and security.\""));
}

TEST_CASE("suggest quotes: a verb's object is not who speaks, a chant is said, and \"whom he\" is someone else") {
  const QuoteRun r = quote_run(
      "It was no different from George H.W. Bush calling Ronald Reagan’s policies “voodoo economics” back then.\n\n"
      "Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Bad for New Jersey.”\n\n"
      "Senator Marco Rubio spoke on Monday. He said Donald Trump, whom he called a “con artist,” did not represent "
      "the party.\n");
  CHECK(r.speaker("“voodoo economics”") == "George H.W. Bush");
  CHECK(r.speaker("“New Jersey’s Biggest Loser,”") != "Christie");
  CHECK(r.speaker("“Bad for New Jersey.”") == "the protesters");
  const QuoteSuggestion* q = r.quote("“con artist,”");
  REQUIRE(q != nullptr);
  CHECK(r.speaker("“con artist,”") == "he");
  CHECK(q->speaker_entity == "Marco Rubio");
}

TEST_CASE("suggest quotes: \"Name, who called …\" is that name's quote") {
  const QuoteRun r = quote_run("Those who spoke included Trump's running mate, Indiana Gov. Mike Pence, who called their son “an American hero.”\n");
  CHECK(r.speaker("“an American hero.”") == "Mike Pence");
  CHECK(r.shown("“an American hero.”"));
}

TEST_CASE("suggest quotes: a title after the work it names and a comma, or after a broadcast of, is no quote") {
  const QuoteRun r = quote_run(
      "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested saving early.\n\n"
      "On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said his running mate was right.\n\n"
      "She sang the civil rights anthem “A Change Is Gonna Come” to close the night.\n\n"
      "“We are not going anywhere,” Pence said.\n");
  CHECK_FALSE(r.shown("''Make Your Kid a Millionaire,''"));
  CHECK_FALSE(r.shown("“Fox News Sunday,”"));
  CHECK_FALSE(r.shown("“A Change Is Gonna Come”"));
  CHECK(r.shown("“We are not going anywhere,”"));
}

TEST_CASE("suggest quotes: the noun phrase that opens the sentence speaks through its participle") {
  const QuoteRun r = quote_run(
      "The billionaire businessman began by talking about the state’s drug crisis, saying that heroin is now "
      "“cheaper than getting candy.”\n");
  CHECK(r.speaker("“cheaper than getting candy.”") == "The billionaire businessman");
}

TEST_CASE("suggest quotes: a sentence in marks in title case right after someone's quote goes on with their words") {
  const QuoteRun r = quote_run(
      "The museum opened on Saturday. ''We're not a burden on America,'' President Obama added. ''We're America.''\n\n"
      "Bush spoke first. ''It is late,'' he said. Then the band played. ''Born in the USA.''\n");
  CHECK(r.shown("''We're America.''"));
  CHECK(r.speaker("''We're America.''") == "Obama");
  // Another sentence between: a title, not more of his words.
  CHECK(r.shown("''It is late,''"));
  CHECK_FALSE(r.shown("''Born in the USA.''"));
}
