#pragma once
// spaCy's Doc.to_json() shape, export only (offsets are Python str indices = code points, as the model
// counts):
//   {"text": the article's text,
//    "ents":  [{"start", "end", "label": TYPE}]       non-overlapping mentions (the outermost wins, as in
//                                                      CoNLL), as spaCy's doc.ents requires
//    "spans": {"mentions": [{"start", "end", "label": TYPE, "kb_id": entity name or ""}]   all of them
//              "quotes":   [{"start", "end", "label": "direct"|"indirect"|"mixed", "kb_id": quote id}]
//              "speakers": [{"start", "end", "label": "speaker", "kb_id": the quote's id}]  the speaker
//                                                      mention of each quote that has one
//              "cues":     [{"start", "end", "label": "cue", "kb_id": the quote's id}]}
//    "sents":  [{"start", "end"}]                      the units of tokenize.h (title, sentences, lines)
//    "tokens": [{"id", "start", "end"}]}
// Tokens are tokenize.h's, cut again at every span boundary so each span is whole tokens
// (Doc.char_span), and white space other than one U+0020 after a token is a token of its own, as spaCy's
// tokenizer makes it ("\n\n"): Doc.from_json can rebuild the Doc from this file.
#include <string>
#include <vector>

#include "core/annotate/model.h"
#include "core/article/article.h"

namespace glossa::formats {

// warnings (when given) receives what spaCy's flat doc.ents cannot hold (the mentions only in spans).
std::string write_spacy(const article::Article& a, const annotate::AnnotationSet& s, std::vector<std::string>* warnings = nullptr);

}  // namespace glossa::formats
