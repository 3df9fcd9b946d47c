#pragma once
// The quotes as CSV, export only: one row per quote in text order, under the header
//   quote_id,text,kind,speaker,speaker_entity,cue,begin,end,speaker_begin,speaker_end,cue_begin,cue_end
// text, speaker and cue are the texts of the quote, its speaker mention and its cue; speaker_entity is the
// name of the speaker's entity. Offsets are code points, half-open, as everywhere in Glossa; a quote
// without a speaker or cue leaves those cells empty.
//
// RFC 4180: records end in CRLF; a field with a comma, a double quote, CR or LF is enclosed in double
// quotes, its double quotes doubled. UTF-8 without a byte order mark (spreadsheets that need one to see
// UTF-8 are asked to import the file as UTF-8 instead: a BOM would break other CSV readers).
#include <string>

#include "core/annotate/model.h"
#include "core/article/article.h"

namespace glossa::formats {

struct CsvOptions {
  // Spreadsheet formula injection: a cell that starts with = + - @ (or TAB, CR) is taken as a formula by
  // Excel, LibreOffice and Google Sheets. News text can be hostile, so this guard exists, but it is off by
  // default: it changes the data (a quote beginning "-5 degrees" gains a leading '), and this file is
  // read by scripts (pandas, R) more than by spreadsheets, which expect text == article[begin:end].
  // Quotes usually start with a quotation mark and speakers with a letter, so unguarded cells that
  // trigger a formula are rare; turn it on when the file is for opening in a spreadsheet.
  bool guard_formulas = false;
};

std::string write_quotes_csv(const article::Article& a, const annotate::AnnotationSet& s, const CsvOptions& opts = {});

// One RFC 4180 field: quoted when it holds a comma, double quote, CR or LF.
std::string csv_field(const std::string& value);

}  // namespace glossa::formats
