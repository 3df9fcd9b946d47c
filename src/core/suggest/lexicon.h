#pragma once
// The small word lists the rules use (English news). Every lookup takes a lower-case token.
#include <string>
#include <vector>

namespace glossa::suggest {

enum class Cue { None, Weak, Strong };
// Reporting verbs in any form ("say", "says", "said", "saying", "emphasised"): Strong. Verbs that put a
// quoted phrase on someone without reporting speech ("called it", "described as", "dubbed"): Weak.
Cue cue_word(const std::string& w);
// Verbs that put a short quoted phrase on their subject without reporting speech as such: "Cruz blamed
// the law on “knuckleheaded politicians”", "Clinton decried the GOP for “turning its back”". Any form.
bool stance_verb(const std::string& w);
// Verbs headlines use of what people and groups do ("Denies", "Launch", "Reveals", "Wins"), in any form,
// and the adverbs they put before them ("Finally", "Just").
bool headline_verb(const std::string& w);
// Reporting verbs that take the reported content as a plain object: "He emphasized the ...".
bool object_cue(const std::string& w);
// Words allowed between a speaker and its cue: "he also said", "Putin has repeatedly said".
bool cue_filler(const std::string& w);

// "he" -> 'm', "she" -> 'f', otherwise 0.
char pronoun_gender(const std::string& w);

// A title before a name ("president", "mr", "colonel"); gender 'm'/'f'/0 through the pointer.
bool title_word(const std::string& w, char* gender = nullptr);
// Words that make a title with the next one: "prime" (minister), "vice" (president), "foreign" (minister).
bool title_modifier(const std::string& w);
// Abbreviated titles and name parts followed by a full stop that does not end a sentence ("Mr.", "Gen.").
bool abbreviation(const std::string& w);
// Heads of "the <role>" references: "president", "leader", "spokesman", "official".
bool role_word(const std::string& w);
// Roles that fit any leader whatever their title ("the leader", "the head").
bool generic_role(const std::string& w);
// Titles of someone who leads a country or a body ("president", "prime minister", "king").
bool leader_title(const std::string& w);
// Nationality adjectives ("russian", "kazakh"), from the list or by their ending when a title follows.
bool demonym(const std::string& w);
bool demonym_like(const std::string& w);
// Religions and groups of people named by a capitalised word ("Muslim", "Latinos", "Evangelicals"): not a
// person, organisation or place.
bool group_word(const std::string& w);

// Capitalised words that start sentences without naming anything ("the", "during", "today", "he").
bool stop_capital(const std::string& w);
// Last words of organisation names ("organization", "council", "ministry", "party").
bool org_head(const std::string& w);
// Last words of place names ("river", "square", "airport") and of names that are neither people nor
// organisations nor places (laws, events, prizes: "act", "summit", "prize").
bool place_head(const std::string& w);
// The same heads in Russian, written in lower case after the name: "Набережная улица", "Заречный переулок",
// "Московская область".
bool russian_place_head(const std::string& w);
bool other_head(const std::string& w);
// Cues whose object is the listener, not the speaker ("told Putin", "asked Smith").
bool listener_cue(const std::string& w);
// Organisations known by a one-word name ("kremlin", "nato", "reuters"), or by one of known_org_names.
bool known_org(const std::string& w);
// Well-known organisations whose names hold lower-case words or commas, which no capitalised run makes
// ("Centers for Disease Control and Prevention", "Bureau of Alcohol, Tobacco, Firearms and Explosives"):
// those that start with the lower-case word first, each as its lower-case words; empty when none does.
const std::vector<std::vector<std::string>>& known_org_names(const std::string& first);
// Heads that take "for" after them in a name ("Center for American Progress", "Institute for Fiscal
// Studies"), and those that take "on" ("Council on Foreign Relations"); plurals included.
bool org_head_for(const std::string& w);
bool org_head_on(const std::string& w);
// Words right before a quoted phrase that make it a name or a term, not speech ("so-called", "dubbed",
// "newspaper", "titled").
bool naming_word(const std::string& w);

// 1..12 for month names and their abbreviations, else 0.
int month(const std::string& w);
bool weekday(const std::string& w);

// "GPE" for countries and cities, "LOC" for regions and geographic names, "" otherwise. name is the
// lower-case words joined by single spaces ("united states").
const char* place_type(const std::string& name);
// American cities that place_type leaves out because Reuters' sports pages, which the tagger learned from,
// name teams by them ("Cleveland 5 Baltimore 3"): the tagger's word features stay as they learned, and
// the merge decides where such a name is the city (see entities.cpp). Same form of name as place_type.
bool team_city(const std::string& name);

}  // namespace glossa::suggest
