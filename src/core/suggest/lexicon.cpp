#include "core/suggest/lexicon.h"

#include <algorithm>
#include <initializer_list>
#include <sstream>
#include <utility>

#include "core/suggest/word_map.h"

namespace glossa::suggest {

namespace {

using Set = WordSet;

// Words separated by spaces, each a key.
Set words(const char* list) {
  Set out;
  std::istringstream in(list);
  for (std::string w; in >> w;) out.insert(w);
  return out;
}

bool in(const Set& s, std::string_view w) { return s.contains(w); }

// Every form of each reporting verb, written out (irregular ones included) rather than generated.
const Set& strong_cues() {
  static const Set s = words(
      "say says said saying tell tells told telling note notes noted noting emphasize emphasizes emphasized "
      "emphasizing emphasise emphasises emphasised emphasising add adds added adding stress stresses stressed "
      "stressing state states stated stating explain explains explained explaining warn warns warned warning "
      "ask asks asked asking reply replies replied replying answer answers answered answering respond responds "
      "responded responding claim claims claimed claiming insist insists insisted insisting declare declares "
      "declared declaring announce announces announced announcing argue argues argued arguing remark remarks "
      "remarked remarking comment comments commented commenting observe observes observed observing continue "
      "continues continued conclude concludes concluded concluding admit admits admitted admitting acknowledge "
      "acknowledges acknowledged acknowledging write writes wrote written writing tweet tweets tweeted tweeting "
      "recall recalls recalled recalling promise promises promised promising assure assures assured assuring "
      "urge urges urged urging confirm confirms confirmed confirming deny denies denied denying report reports "
      "reported reporting underline underlines underlined underlining underscore underscores underscored "
      "underscoring complain complains complained complaining predict predicts predicted predicting suggest "
      "suggests suggested suggesting shout shouts shouted shouting exclaim exclaims exclaimed exclaiming quip "
      "quips quipped joke jokes joked joking vow vows vowed vowing demand demands demanded demanding reiterate "
      "reiterates reiterated reiterating concede concedes conceded conceding contend contends contended "
      "counter counters countered countering agree agrees agreed affirm affirms affirmed recount recounts "
      "recounted testify testifies testified mention mentions mentioned mentioning point points pointed "
      "pointing whisper whispers whispered cry cries cried yell yells yelled yelling retort retorts retorted "
      "retorting boast boasts boasted boasting brag brags bragged bragging lament laments lamented lamenting muse "
      "muses mused wonder wonders wondered wondering plead pleads pleaded pleading caution cautions cautioned "
      "cautioning beam beamed scoff scoffs scoffed sigh sighs sighed interject interjects interjected opine "
      "opines opined gush gushes gushed fume fumes fumed thunder thundered marvel marvels marveled marvelled "
      "chant chants chanted chanting scream screams screamed screaming "
      // The same in Russian and German, for quotes in «…» and „…“ with their attribution in the language.
      "заявил заявила заявили сказал сказала сказали отметил отметила отметили подчеркнул подчеркнула "
      "подчеркнули добавил добавила добавили сообщил сообщила сообщили пояснил пояснила пояснили ответил "
      "ответила ответили говорит говорят sagte sagten sagt erklärte erklärten erklärt betonte betonten betont "
      "meinte meinten fragte fragten antwortete antworteten");
  return s;
}

// Organisations whose names hold lower-case words or commas (known_org_names), separated by '|'.
const char* const kKnownOrgNames =
    "centers for disease control and prevention|centers for disease control|food and drug administration|"
    "securities and exchange commission|department of health and human services|"
    "department of housing and urban development|health and human services|housing and urban development|"
    "bureau of alcohol tobacco firearms and explosives|national oceanic and atmospheric administration|"
    "national aeronautics and space administration|immigration and customs enforcement|"
    "customs and border protection|bill and melinda gates foundation|"
    "organisation for economic co-operation and development|organization for economic cooperation and development|"
    "organization for economic co-operation and development|organization of the petroleum exporting countries|"
    "organization of american states|european bank for reconstruction and development|"
    "international bank for reconstruction and development|bank for international settlements|"
    "house of representatives|house of commons|house of lords|doctors without borders|reporters without borders|"
    "national association for the advancement of colored people|southern poverty law center|"
    "procter and gamble|johnson and johnson|ernst and young|marks and spencer|barnes and noble|"
    "simon and schuster|alcohol tobacco and firearms|"
    // American groups no head word marks, found whole even where a sentence starts with them ("Planned
    // Parenthood sued", not a verb "Planned").
    "planned parenthood|black lives matter|judicial watch|right wing watch|media matters|edison research|"
    "getty images|pew research center|club for growth|americans for prosperity|citizens united|heritage foundation|"
    "tea party";

}  // namespace

Cue cue_word(const std::string& w) {
  static const Set weak = words("call calls called calling describe describes described describing dub dubs dubbed "
                                "term terms termed branded labelled labeled");
  if (in(strong_cues(), w)) return Cue::Strong;
  if (in(weak, w)) return Cue::Weak;
  return Cue::None;
}

bool stance_verb(const std::string& w) {
  if (cue_word(w) != Cue::None) return true;
  static const Set stems = words(
      "blame decry urge pledge promise vow accuse slam blast deride dismiss praise warn label brand refer "
      "criticize criticise attack tout defend insist claim argue tweet predict lament mock hail thank "
      "characterize characterise cite repeat echo assert admit reject complain condemn denounce push chant "
      "yell shout express invoke pitch promote champion describe call dub term coin use boast imply advocate "
      "propose hammer rip assail chide vent herald lambast ridicule scoff trumpet talk speak spoke spoken pronounce");
  // say -> says, saying; blame -> blamed, blaming; decry -> decried; slam -> slammed.
  if (in(stems, w)) return true;
  for (const char* e : {"s", "es", "ed", "d", "ing", "ied", "ies"}) {
    const std::string end(e);
    if (w.size() <= end.size() + 2 || w.compare(w.size() - end.size(), end.size(), end) != 0) continue;
    std::string stem = w.substr(0, w.size() - end.size());
    if (end == "ied" || end == "ies") stem += 'y';
    if (in(stems, stem) || in(stems, stem + "e")) return true;
    if (stem.size() > 3 && stem.back() == stem[stem.size() - 2] && in(stems, stem.substr(0, stem.size() - 1))) return true;
  }
  return false;
}

bool headline_verb(const std::string& w) {
  static const Set s = words(
      "deny denies denied reveal reveals revealed launch launches launched win wins won lose loses lost back backs "
      "backed endorse endorses endorsed vote votes voted ask asks asked tell tells told want wants wanted need "
      "needs needed make makes made take takes took get gets got give gives gave go goes went come comes came see "
      "sees saw find finds found show shows showed hit hits join joins joined leave leaves left drop drops dropped "
      "face faces faced lead leads led plan plans planned seek seeks sought fight fights fought ignore ignores "
      "ignored unite unites united burn burns burned embrace embraces embraced has have had is are was were be "
      "been will would can could may might must should does do did gets being becomes became beat beats pick "
      "picks picked think thinks thought suffer suffers suffered help helps helped play plays playing let lets "
      "betray betrays betrayed pave paves paved expand expands allow allows care cares happen happens happened "
      "appeal appeals conflate conflates release releases released receive receives received fire fires fired "
      "nominate nominates nominated turn turns turned violate violates violated force forces forced reach "
      "reaches reached jack jacks jacked "
      // adverbs
      "finally fully actually just really already officially reportedly allegedly publicly privately secretly "
      "quietly openly formally briefly nearly only still even again never always ever");
  return in(s, w);
}

bool object_cue(const std::string& w) {
  static const Set s = words("said says noted notes emphasized emphasizes emphasised emphasises stressed stresses "
                             "stated states underlined underlines underscored underscores reiterated reiterates "
                             "announced announces acknowledged acknowledges");
  return in(s, w);
}

bool cue_filler(const std::string& w) {
  static const Set s = words("also later then further again previously earlier recently once has had have was is "
                             "were will would had already");
  return in(s, w) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0);
}

char pronoun_gender(const std::string& w) {
  const std::string_view v(w);  // compared by length first: called for nearly every token
  return v == "he" ? 'm' : v == "she" ? 'f' : 0;
}

bool title_word(const std::string& w, char* gender) {
  static const WordMap<char> m = [] {
    WordMap<char> t;
    const auto add = [&](const char* list, char g) {
      std::istringstream in(list);
      for (std::string x; in >> x;) t.insert(x, g);
    };
    add("president minister premier chancellor colonel col general gen lieutenant lt captain capt sergeant sgt "
        "admiral commander mayor governor gov senator sen representative rep secretary secretary-general "
        "ambassador judge justice pope patriarch archbishop bishop rabbi imam sheikh director professor prof dr "
        "coach deputy speaker spokesperson president-elect emir sultan chair marshal rev reverend ceo leader", 0);
    add("mr sir lord king prince father congressman chairman spokesman", 'm');
    add("mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman", 'f');
    return t;
  }();
  const char* it = m.find(w);
  if (!it) return false;
  if (gender) *gender = *it;
  return true;
}

bool title_modifier(const std::string& w) {
  static const Set s = words("prime vice foreign defence defense finance interior deputy crown chief first former "
                             "acting supreme majority minority");
  return in(s, w);
}

bool abbreviation(const std::string& w) {
  static const Set s = words("mr mrs ms dr gen col lt capt sgt sen rep gov prof st jr sr adm maj cmdr rev");
  return in(s, w) || (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z');
}

bool role_word(const std::string& w) {
  static const Set s = words("president leader minister premier chancellor mayor governor senator spokesman "
                             "spokeswoman spokesperson official secretary ambassador envoy diplomat king queen "
                             "prince general colonel commander chairman chairwoman director chief head lawmaker "
                             "politician prosecutor judge ceo executive president-elect emir sultan pope "
                             "patriarch monarch ruler");
  return in(s, w);
}

bool generic_role(const std::string& w) {
  static const Set s = words("leader head chief ruler politician");
  return in(s, w);
}

bool leader_title(const std::string& w) {
  static const Set s = words("president minister premier chancellor king queen emir sultan president-elect "
                             "pope patriarch mayor governor chairman chairwoman chair leader ruler monarch");
  return in(s, w);
}

bool demonym(const std::string& w) {
  static const Set s = words(
      "russian kazakh kazakhstani armenian american british english french german italian spanish chinese "
      "japanese korean indian pakistani iranian iraqi syrian turkish ukrainian belarusian georgian azerbaijani "
      "kyrgyz tajik uzbek turkmen polish czech hungarian romanian bulgarian serbian greek israeli palestinian "
      "egyptian saudi afghan canadian mexican brazilian argentine australian dutch belgian swiss austrian "
      "swedish norwegian danish finnish estonian latvian lithuanian moldovan european african asian soviet "
      "western eastern northern southern us u.s. un eu nato democrat democratic republican conservative labour "
      "liberal socialist communist");
  return in(s, w);
}

bool group_word(const std::string& w) {
  static const Set s = words(
      "muslim muslims christian christians jew jews jewish hindu hindus sikh sikhs buddhist buddhists catholic "
      "catholics protestant protestants evangelical evangelicals mormon mormons latino latinos latina latinas "
      "hispanic hispanics arab arabs islamist islamists");
  return in(s, w);
}

bool demonym_like(const std::string& w) {
  const auto ends = [&](const char* e) {
    const std::string x(e);
    return w.size() > x.size() + 2 && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  return demonym(w) || ends("ian") || ends("ese") || ends("ean") || ends("ish") || ends("stani");
}

bool stop_capital(const std::string& w) {
  static const Set s = words(
      "the a an this that these those there here it its he she they we i you his her their our my your "
      "in on at by for from to of with without during after before since until while when where why how what "
      "which who whom whose as if but and or nor so yet not no yes also however meanwhile moreover today "
      "yesterday tomorrow tonight now then earlier later last next some many most all both each every other "
      "another such one two three several few according despite although though because once among between "
      "over under into about against through throughout upon within around near amid "
      // Questions and hedges open sentences too ("Is Donald Trump …?", "Maybe Jeff Bezos knows"); not "will"
      // or "may", which are names as often (Will Smith, Theresa May).
      "is are was were does do did has have had can could should would shall must might maybe perhaps");
  if (in(s, w)) return true;
  // "I'll", "It’s", "We're"
  const std::size_t apos = std::min(w.find('\''), w.find("\u2019"));
  return apos != std::string::npos && (in(s, w.substr(0, apos)) || w.compare(0, apos, "i") == 0);
}

bool org_head(const std::string& w) {
  static const Set s = words(
      "organization organisation council ministry committee commission party union bank corporation corp inc "
      "ltd llc co company group agency association institute university college court parliament assembly "
      "army navy forces force service services department office foundation fund league front movement "
      "alliance federation coalition network news times post journal herald tribune press agency club "
      "authority bureau board senate congress duma government administration police guard council "
      "center centre society church school hospital airlines airways holdings partners industries");
  return in(s, w);
}

bool place_head(const std::string& w) {
  static const Set s = words("river lake sea ocean bay strait mountain mountains hills valley island islands "
                             "peninsula desert square street avenue road bridge airport station palace stadium "
                             "park region province oblast district county");
  return in(s, w) || russian_place_head(w);
}

bool russian_place_head(const std::string& w) {
  static const Set s = words("улица переулок проспект площадь шоссе бульвар набережная проезд тупик аллея "
                             "район область край");
  return in(s, w);
}

bool other_head(const std::string& w) {
  static const Set s = words("act law bill treaty agreement accord doctrine prize award cup games olympics war "
                             "summit conference day festival forum show revolution crisis");
  return in(s, w);
}

bool listener_cue(const std::string& w) {
  static const Set s = words("tell tells told telling ask asks asked asking urge urges urged urging warn warns "
                             "warned warning assure assures assured assuring promise promises promised promising");
  return in(s, w);
}

bool known_org(const std::string& w) {
  static const Set multi = [] {  // names of several words that no head word marks
    Set m;
    std::istringstream in("white house|downing street|state department|european union|united nations|red cross|"
                          "world bank|wall street|scotland yard|human rights watch|amnesty international|"
                          "european commission|security council|general staff|islamic state");
    for (std::string n; std::getline(in, n, '|');) m.insert(n);
    std::istringstream joined(kKnownOrgNames);  // as name_key spells them: words joined by one space
    for (std::string n; std::getline(joined, n, '|');) m.insert(n);
    return m;
  }();
  if (in(multi, w)) return true;
  if (w.find('.') != std::string::npos && w.size() <= 8) {  // "u.n." is "un"
    std::string bare;
    for (char c : w)
      if (c != '.') bare += c;
    if (bare != w) return known_org(bare);
  }
  static const Set s = words(
      "kremlin pentagon nato un eu csto opec who imf reuters ap afp tass ria interfax bbc cnn gazprom rosneft "
      "sberbank duma interpol unesco unicef osce asean fifa uefa google apple microsoft amazon facebook meta "
      "twitter telegram hamas hezbollah taliban fbi cia kgb fsb svr nasa senate congress parliament knesset "
      "bundestag nasdaq gop dnc rnc nra aclu naacp msnbc cnbc nbc cbs npr pbs politico");
  return in(s, w);
}

const std::vector<std::vector<std::string>>& known_org_names(const std::string& first) {
  // Longest first under each first word, so that a match is the longest.
  static const WordMap<std::vector<std::vector<std::string>>> names = [] {
    WordMap<std::vector<std::vector<std::string>>> m;
    std::vector<std::vector<std::string>> all;
    std::istringstream list(kKnownOrgNames);
    for (std::string name; std::getline(list, name, '|');) {
      std::istringstream in(name);
      std::vector<std::string> ws;
      for (std::string w; in >> w;) ws.push_back(w);
      all.push_back(std::move(ws));
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<std::string> firsts;
    for (const auto& n : all)
      if (std::find(firsts.begin(), firsts.end(), n[0]) == firsts.end()) firsts.push_back(n[0]);
    for (const auto& f : firsts) {
      std::vector<std::vector<std::string>> under;
      for (const auto& n : all)
        if (n[0] == f) under.push_back(n);
      m.insert(f, std::move(under));
    }
    return m;
  }();
  static const std::vector<std::vector<std::string>> none;
  const auto* found = names.find(first);
  return found ? *found : none;
}

bool org_head_for(const std::string& w) {
  static const Set s = words(
      "center centers centre centres institute institutes committee committees council commission coalition "
      "alliance society association federation foundation fund league office agency bureau network "
      "partnership project");
  return in(s, w);
}

bool org_head_on(const std::string& w) {
  static const Set s = words("committee committees council commission");
  return in(s, w);
}

bool naming_word(const std::string& w) {
  static const Set s = words(
      "so-called called dubbed nicknamed titled entitled named term word phrase slogan newspaper paper "
      "magazine daily weekly book novel film movie song album show series programme program operation "
      "project campaign codenamed code-named known brand label anthem hymn documentary podcast memoir musical");
  return in(s, w);
}

int month(const std::string& w) {
  static const WordMap<int> m = [] {
    WordMap<int> t;
    for (const auto& [name, n] : std::initializer_list<std::pair<const char*, int>>{
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4},    {"may", 5},       {"june", 6},
      {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1},     {"feb", 2},      {"mar", 3},    {"apr", 4},     {"jun", 6},       {"jul", 7},
      {"aug", 8},     {"sep", 9},      {"sept", 9},   {"oct", 10},    {"nov", 11},      {"dec", 12}})
      t.insert(name, n);
    return t;
  }();
  const int* n = m.find(w);
  return n ? *n : 0;
}

bool weekday(const std::string& w) {
  static const Set s = words("monday tuesday wednesday thursday friday saturday sunday");
  return in(s, w);
}

}  // namespace glossa::suggest
