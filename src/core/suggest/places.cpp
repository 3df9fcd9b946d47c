// The project's own gazetteer: countries (short English names), capitals and large cities as GPE;
// continents, regions, seas and rivers as LOC. Lower case, words separated by one space. To it are added
// the names generated at build time from Debian's iso-codes (kIsoPlaces, iso_places.cmake): countries'
// names and common names, and states, provinces, regions and counties, as GPE.
#include <sstream>

#include "core/suggest/lexicon.h"
#include "core/suggest/word_map.h"

namespace glossa::suggest {

extern const char* const kIsoPlaces;  // generated: "name|name|...|"

namespace {

const char* const kCountries =
    "afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|"
    "azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|"
    "bosnia and herzegovina|bosnia|herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|"
    "cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|congo|costa rica|"
    "croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|east timor|"
    "ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|"
    "gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|"
    "iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|"
    "kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|"
    "luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|"
    "micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|"
    "netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|macedonia|norway|oman|"
    "pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|"
    "russia|russian federation|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|seychelles|"
    "sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|korea|"
    "south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|"
    "togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|"
    "united kingdom|uk|britain|great britain|england|scotland|wales|northern ireland|united states|"
    "united states of america|usa|us|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|"
    "zambia|zimbabwe|soviet union|ussr|hong kong|greenland|puerto rico|transnistria|abkhazia|south ossetia";

const char* const kCities =
    "moscow|st petersburg|saint petersburg|petersburg|kiev|kyiv|minsk|astana|nur-sultan|almaty|alma-ata|"
    "bishkek|tashkent|dushanbe|ashgabat|yerevan|baku|tbilisi|chisinau|riga|vilnius|tallinn|warsaw|berlin|"
    "paris|london|rome|madrid|lisbon|vienna|prague|budapest|bucharest|sofia|belgrade|athens|ankara|istanbul|"
    "tehran|baghdad|damascus|beirut|jerusalem|tel aviv|gaza|cairo|riyadh|dubai|doha|kabul|islamabad|"
    "new delhi|delhi|mumbai|beijing|shanghai|hong kong|tokyo|seoul|pyongyang|bangkok|hanoi|manila|jakarta|"
    "singapore|sydney|melbourne|canberra|ottawa|toronto|montreal|washington|new york|los angeles|chicago|"
    "boston|san francisco|houston|miami|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|"
    "brasilia|rio de janeiro|sao paulo|brussels|amsterdam|the hague|geneva|zurich|bern|stockholm|oslo|"
    "copenhagen|helsinki|dublin|edinburgh|kharkiv|odessa|odesa|donetsk|luhansk|lugansk|mariupol|sevastopol|"
    "simferopol|novosibirsk|yekaterinburg|kazan|vladivostok|kaliningrad|sochi|grozny|aktobe|shymkent|"
    "karaganda|taldykorgan|zhanaozen|aktau|atyrau|nairobi|lagos|johannesburg|cape town|addis ababa|khartoum|"
    "tripoli|tunis|algiers|rabat|davos|munich|frankfurt|hamburg|milan|barcelona|kabul|"
    // The states' abbreviations American newspapers write after a town ("Miami, Fla.", "Concord, N.H."),
    // those that are no word or name of their own ("Pa", "Mass", "Miss", "Tex" are left out).
    "ariz|calif|colo|conn|fla|kans|mich|minn|neb|nev|okla|tenn|wis|wyo|"
    "n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|r.i.|s.c.|s.d.|d.c.|w.va.";

const char* const kRegions =
    "europe|asia|africa|north america|south america|latin america|australia|antarctica|oceania|eurasia|"
    "middle east|near east|far east|central asia|south asia|southeast asia|east asia|caucasus|"
    "north caucasus|south caucasus|balkans|baltics|scandinavia|siberia|crimea|donbas|donbass|chechnya|"
    "dagestan|kashmir|tibet|xinjiang|kurdistan|sahara|sahel|persian gulf|black sea|caspian sea|"
    "baltic sea|mediterranean|arctic|atlantic|pacific|indian ocean|red sea|volga|danube|dnieper|urals|"
    "west bank|gaza strip|golan heights|nagorno-karabakh|karabakh|silicon valley|capitol hill";

const char* const kTeamCities =
    "cleveland|philadelphia|pittsburgh|detroit|milwaukee|baltimore|atlanta|denver|seattle|dallas|phoenix|"
    "minneapolis|st. paul|saint paul|cincinnati|st. louis|saint louis|kansas city|oakland|san diego|tampa|"
    "orlando|charlotte|indianapolis|nashville|memphis|portland|sacramento|buffalo|san antonio|austin|"
    "jacksonville|columbus|new orleans|las vegas|salt lake city|san jose|anaheim|newark|brooklyn|"
    "green bay|raleigh|louisville|oklahoma city|tulsa|omaha|albuquerque|tucson|el paso|fort worth|"
    "arlington|richmond|norfolk|birmingham|little rock|des moines|cedar rapids|davenport|sioux city|dubuque|"
    "manchester|nashua|concord|portsmouth|charleston|greenville|spartanburg|myrtle beach|"
    "savannah|tallahassee|fort lauderdale|west palm beach|palm beach|sarasota|naples|"
    "toledo|akron|dayton|youngstown|scranton|harrisburg|allentown|erie|flint|lansing|grand rapids|madison|"
    "hartford|providence|albany|rochester|syracuse|trenton|camden|wilmington|annapolis|boise|reno|"
    "spokane|anchorage|honolulu|fresno|bakersfield|berkeley|long beach|santa monica|pasadena|ferguson|"
    "baton rouge|shreveport|jackson|montgomery|knoxville|chattanooga|lexington|wichita|topeka|"
    "fargo|sioux falls|billings|cheyenne|santa fe|burlington|springfield|worcester|lowell|"
    "harlem|manhattan|the bronx|staten island|queens";

void add(WordMap<const char*>& m, const char* list, const char* type) {
  std::istringstream in(list);
  for (std::string name; std::getline(in, name, '|');) m.insert(name, type);
}

}  // namespace

const char* place_type(const std::string& name) {
  static const WordMap<const char*> places = [] {
    WordMap<const char*> m;
    add(m, kCountries, "GPE");
    add(m, kCities, "GPE");
    add(m, kRegions, "LOC");
    add(m, kIsoPlaces, "GPE");
    return m;
  }();
  const char* const* it = places.find(name);
  if (!it && name.find('.') != std::string::npos) {  // "u.s." is "us", "u.k." is "uk"
    std::string bare;
    for (char c : name)
      if (c != '.') bare += c;
    it = places.find(bare);
  }
  return it ? *it : "";
}

bool team_city(const std::string& name) {
  static const WordMap<const char*> cities = [] {
    WordMap<const char*> m;
    add(m, kTeamCities, "GPE");
    return m;
  }();
  return cities.find(name) != nullptr;
}

}  // namespace glossa::suggest
