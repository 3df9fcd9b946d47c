#pragma once
// Runs of capitalised words, cut into what they name: "Russian President Vladimir Putin" gives the name
// "Vladimir Putin" with the title "president" and the demonym "russian"; "United States President Joe
// Biden" gives a place, then a titled name; "Collective Security Treaty Organization" an organisation.
#include <cstddef>
#include <string>
#include <vector>

#include "core/suggest/doc.h"

namespace glossa::suggest {

struct NamePiece {
  std::size_t first = 0, last = 0;     // tokens, inclusive
  std::string type;                    // "ORG", "GPE", "LOC" when the run itself says so; "" for a name
  std::vector<std::string> titles;     // lower case: "president", "prime minister"
  std::vector<std::string> demonyms;   // lower case: "russian"
  char gender = 0;
};

std::vector<NamePiece> name_pieces(const Doc& d);

// The titles at the front of tokens [first, last] ("Russian" aside: "Prime Minister", "Gov.", "Mr."), read
// into p as the rules keep them (full words, "gov" as "governor"; a gender from "Mr.", "Ms."); returns the
// first token after them, never past last (a name follows its titles).
std::size_t read_titles(const Doc& d, std::size_t first, std::size_t last, NamePiece& p);

// Lower-case words that belong inside a person's name: "de" Gaulle, "von der" Leyen, "bin" Laden.
bool particle(const std::string& w);

// Code points of a possessive ending of the lower-case word w: 2 for "'s"/"’s", 1 for a bare "'"/"’" after s,
// else 0; and w without it.
std::size_t possessive(const std::string& w);
std::string strip_possessive(std::string w);

// An initial: one capital letter, or several with their full stops ("H.W.").
bool initial_token(const Doc& d, std::size_t t);

// The lower-case words of tokens [first, last] joined by spaces, without full stops or a final "'s".
std::string name_key(const Doc& d, std::size_t first, std::size_t last);
// The span of tokens [first, last] without a final possessive "'s" / "’s" / "'".
Span name_span(const Doc& d, std::size_t first, std::size_t last);

}  // namespace glossa::suggest
