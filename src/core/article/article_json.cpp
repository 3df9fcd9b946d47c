#include "core/article/article_json.h"

#include "core/article/draft.h"

namespace glossa::article {

namespace {
nlohmann::ordered_json spans(const std::vector<Span>& v) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const Span& s : v) a.push_back({{"begin", s.begin}, {"end", s.end}});
  return a;
}
}  // namespace

nlohmann::ordered_json article_to_json(const Article& a) {
  nlohmann::ordered_json meta = nlohmann::ordered_json::object();
  for (const MetaField& m : a.metadata) {
    nlohmann::ordered_json f = {{"raw", m.raw}};
    if (is_date_key(m.key)) f["iso"] = m.iso.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(m.iso);
    meta[m.key] = f;
  }
  return {{"id", a.id},
          {"source", a.source},
          {"format", a.format},
          {"encoding", a.encoding},
          {"title", a.title},
          {"metadata", meta},
          {"text", a.text.str()},
          {"title_span", a.title.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json{{"begin", a.title_span.begin}, {"end", a.title_span.end}}},
          {"paragraphs", spans(a.paragraphs)},
          {"sentences", spans(a.sentences)},
          {"normalization", a.normalization},
          {"warnings", a.warnings}};
}

}  // namespace glossa::article
