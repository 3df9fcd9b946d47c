#include "core/formats/loaded.h"

namespace glossa::formats {

std::string Loaded::error() const {
  std::string s;
  for (std::size_t i = 0; i < problems.size() && i < 20; ++i) s += (i ? "\n" : "") + problems[i];
  if (problems.size() > 20) s += "\n… and " + std::to_string(problems.size() - 20) + " more problems";
  return s;
}

namespace {

annotate::AnnotationSet rebase(annotate::AnnotationSet& from, const std::string& id, std::size_t length) {
  annotate::AnnotationSet s(id, length);
  s.types = std::move(from.types);
  s.mentions = std::move(from.mentions);
  s.entities = std::move(from.entities);
  s.quotes = std::move(from.quotes);
  s.notes = std::move(from.notes);
  s.foreign = std::move(from.foreign);
  return s;
}

void reanchor_all(Loaded& l, const article::Article& target, const Anchors& anchors) {
  using namespace annotate;
  AnchorReport report;
  std::vector<Id> lost;
  const auto move_span = [&](const Id& id, Span& span, const std::map<Id, TextQuote>& quotes, const char* what) {
    const auto it = quotes.find(id);
    if (it == quotes.end()) {
      report.add(AnchorOutcome::Failed);
      report.failures.push_back(std::string(what) + " " + id + ": the file gives no text to find it by");
      return false;
    }
    const AnchorOutcome o = reanchor(target.text, it->second, span);
    report.add(o);
    if (o == AnchorOutcome::Failed) report.failures.push_back(std::string(what) + " " + id + " \"" + it->second.exact + "\": not found in this text");
    return o != AnchorOutcome::Failed;
  };
  for (auto& [id, m] : l.set.mentions)
    if (!move_span(id, m.span, anchors.span, "mention")) lost.push_back(id);
  for (auto& [id, q] : l.set.quotes) {
    if (!move_span(id, q.span, anchors.span, "quote")) lost.push_back(id);
    if (q.cue && !move_span(id, *q.cue, anchors.cue, "cue of quote")) q.cue.reset();
  }
  for (auto& [id, n] : l.set.notes)
    if (n.span && !move_span(id, *n.span, anchors.span, "note")) lost.push_back(id);
  // Drop what was not found, and every link to it.
  for (const Id& id : lost) {
    l.set.mentions.erase(id);
    l.set.quotes.erase(id);
    l.set.notes.erase(id);
  }
  for (auto& [qid, q] : l.set.quotes)
    if (!q.speaker.empty() && !l.set.mentions.count(q.speaker)) q.speaker.clear();
  for (auto it = l.set.notes.begin(); it != l.set.notes.end();)
    it = (!it->second.target.empty() && !l.set.has_annotation(it->second.target)) ? l.set.notes.erase(it) : std::next(it);
  for (const auto& f : report.failures) l.warnings.push_back("not re-anchored: " + f);
  l.anchors = report;
}

}  // namespace

void settle(Loaded& l, const std::string& file_article_id, const Anchors& anchors, const ImportOptions& opts) {
  if (!l.ok()) return;
  const article::Article* home = opts.target ? opts.target : l.article ? &*l.article : nullptr;
  if (!home) {
    l.problems.push_back("this file carries no article text: open the article first, then import the file into it");
    return;
  }
  const bool same = file_article_id.empty() || file_article_id == home->id;
  if (!same) {
    if (!opts.reanchor) {
      l.problems.push_back("this file was made for a different text (article " + file_article_id + "), not for \"" +
                           (home->title.empty() ? home->source : home->title) + "\" (article " + home->id +
                           "); import it with re-anchoring to find each annotation by its text");
      return;
    }
    reanchor_all(l, *home, anchors);
  }
  l.set = rebase(l.set, home->id, home->text.code_points());
  for (auto& p : l.set.problems()) l.problems.push_back(std::move(p));
}

}  // namespace glossa::formats
