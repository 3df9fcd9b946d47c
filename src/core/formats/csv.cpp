#include "core/formats/csv.h"

namespace glossa::formats {

using namespace annotate;

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

std::string guarded(std::string v, const CsvOptions& opts) {
  if (opts.guard_formulas && !v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos) v.insert(v.begin(), '\'');
  return v;
}

}  // namespace

std::string write_quotes_csv(const article::Article& a, const AnnotationSet& s, const CsvOptions& opts) {
  std::string out = "quote_id,text,kind,speaker,speaker_entity,cue,begin,end,speaker_begin,speaker_end,cue_begin,cue_end\r\n";
  const auto text = [&](Span sp) { return std::string(a.text.slice(sp.begin, sp.end)); };
  for (const Quote* q : s.quotes_in_order()) {
    const Mention* speaker = s.mention(q->speaker);
    const Entity* entity = speaker ? s.entity(speaker->entity) : nullptr;
    const std::vector<std::string> cells = {
        q->id,
        text(q->span),
        to_string(q->kind),
        speaker ? text(speaker->span) : "",
        entity ? entity->name : "",
        q->cue ? text(*q->cue) : "",
        std::to_string(q->span.begin),
        std::to_string(q->span.end),
        speaker ? std::to_string(speaker->span.begin) : "",
        speaker ? std::to_string(speaker->span.end) : "",
        q->cue ? std::to_string(q->cue->begin) : "",
        q->cue ? std::to_string(q->cue->end) : "",
    };
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(guarded(cells[i], opts));
    out += "\r\n";
  }
  return out;
}

}  // namespace glossa::formats
