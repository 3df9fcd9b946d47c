#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <dirent.h>
#include <sstream>

#include "annotated_sample.h"
#include "core/formats/brat.h"
#include "format_compare.h"

using namespace glossa;
using namespace glossa::annotate;

namespace {

std::vector<std::string> files_in(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > ext.size() && n.compare(n.size() - ext.size(), ext.size(), ext) == 0) out.push_back(dir + "/" + n);
      else if (n != "." && n != ".." && n.find('.') == std::string::npos) {
        auto sub = files_in(dir + "/" + n, ext);
        out.insert(out.end(), sub.begin(), sub.end());
      }
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool starts_record(const std::string& line) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string::npos || tab == 0) return false;
  if (line[0] == '*' || line[0] == '#') return true;
  return std::string("TERAMN").find(line[0]) != std::string::npos && tab > 1 &&
         std::all_of(line.begin() + 1, line.begin() + static_cast<long>(tab), [](char c) { return c >= '0' && c <= '9'; });
}

// A .ann as a comparable multiset of records: "#" comments without their numbers, Equiv members sorted, a
// text written over several lines joined with its line breaks as spaces (as Glossa writes it).
std::vector<std::string> canonical(const std::string& ann) {
  std::vector<std::string> lines;
  {
    std::istringstream in(ann);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!lines.empty() && !starts_record(line) && lines.back()[0] == 'T') lines.back() += " " + line;
      else lines.push_back(line);
    }
  }
  std::vector<std::string> out;
  for (std::string line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line[0] == '#') line = "#" + line.substr(line.find('\t'));
    if (line[0] == '*') {
      std::istringstream ls(line.substr(2));
      std::string label, id;
      ls >> label;
      std::vector<std::string> ids;
      while (ls >> id) ids.push_back(id);
      std::sort(ids.begin(), ids.end());
      line = "*\t" + label;
      for (const auto& x : ids) line += " " + x;
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void round_trip(const std::string& ann_path, const std::string& txt_path) {
  CAPTURE(ann_path);
  const std::string ann = test::read_file(ann_path), txt = test::read_file(txt_path);
  const formats::Loaded l = formats::read_brat(ann, std::string_view(txt), "doc");
  REQUIRE_MESSAGE(l.ok(), l.error());
  REQUIRE(l.article);
  CHECK(l.article->text.str() == txt);
  const std::string again = formats::write_brat_ann(*l.article, l.set);
  const auto want = canonical(ann), got = canonical(again);
  std::vector<std::string> lost, added;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(lost));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(added));
  CHECK_MESSAGE(lost.empty(), "lost: " << (lost.empty() ? "" : lost.front()) << " (" << lost.size() << " records)");
  CHECK_MESSAGE(added.empty(), "added: " << (added.empty() ? "" : added.front()) << " (" << added.size() << " records)");
}

}  // namespace

TEST_CASE("brat: every example of brat's own corpus round-trips without loss") {
  const auto anns = files_in(test::corpus("brat-examples/example-data"), ".ann");
  REQUIRE(anns.size() > 100);
  for (const auto& ann : anns) round_trip(ann, ann.substr(0, ann.size() - 4) + ".txt");
}

TEST_CASE("brat: every PolNeAR attribution file round-trips without loss (discontinuous spans, events)") {
  std::size_t n = 0;
  for (const char* split : {"dev", "train"}) {
    const std::string base = test::corpus(std::string("polnear/data/") + split);
    for (const auto& ann : files_in(base + "/attributions", ".ann")) {
      // "<name>_<annotator>.ann" annotates "text/<name>.txt".
      const std::string file = ann.substr(ann.rfind('/') + 1);
      const std::string stem = file.substr(0, file.rfind('_'));
      round_trip(ann, base + "/text/" + stem + ".txt");
      ++n;
    }
  }
  CHECK(n > 1000);
}

TEST_CASE("brat: Glossa's quotes, speakers, cues, entities and notes survive a round trip") {
  const auto x = test::annotated_seed();
  const std::string ann = formats::write_brat_ann(x.article, x.set);
  CHECK(ann.find("\tQuote ") != std::string::npos);
  CHECK(ann.find("\tSpeaker Arg1:") != std::string::npos);
  CHECK(ann.find("\tCue Arg1:") != std::string::npos);
  CHECK(ann.find("*\tEquiv ") != std::string::npos);
  CHECK(ann.find("\tQuoteKind ") != std::string::npos);
  const formats::Loaded l = formats::read_brat(ann, std::string_view(x.article.text.str()), "seed");
  REQUIRE_MESSAGE(l.ok(), l.error());
  // brat ids replace Glossa's; compare by content through the ids brat gave.
  CHECK(l.set.mentions.size() == x.set.mentions.size());
  CHECK(l.set.quotes.size() == x.set.quotes.size());
  CHECK(l.set.entities.size() == x.set.entities.size());
  CHECK(l.set.notes.size() == x.set.notes.size());
  for (const auto& [id, q] : l.set.quotes) {
    const Quote* orig = nullptr;
    for (const auto& [oid, oq] : x.set.quotes)
      if (oq.span == q.span) orig = &oq;
    REQUIRE(orig);
    CHECK(q.kind == orig->kind);
    CHECK(q.cue == orig->cue);
    CHECK(q.speaker.empty() == orig->speaker.empty());
    if (!q.speaker.empty()) CHECK(l.set.mention(q.speaker)->span == x.set.mention(orig->speaker)->span);
  }
  for (const auto& [id, e] : l.set.entities) CHECK(e.name == "Vladimir Putin");
  // And writing it again gives the same .ann.
  CHECK(canonical(formats::write_brat_ann(*l.article, l.set)) == canonical(ann));
}

TEST_CASE("brat: an .ann whose text does not match the .txt is refused, saying where") {
  const std::string txt = "Putin met Tokayev in Moscow.\n";
  const formats::Loaded l = formats::read_brat("T1\tPERSON 0 5\tPutin\nT2\tPERSON 10 17\tTokaev\n", std::string_view(txt), "meeting");
  CHECK_FALSE(l.ok());
  CHECK(l.error() == "meeting.ann line 2: T2: the .ann says \"Tokaev\" at 10..17 but the text there is \"Tokayev\" (the .ann does not belong to this .txt)");
  CHECK(formats::read_brat("T1\tPERSON 0 50\tPutin\n", std::string_view(txt), "m").error() ==
        "m.ann line 1: T1: span 0..50 is outside the text (length 29)");
  CHECK(formats::read_brat("T1\tPERSON zero 5\tPutin\n", std::string_view(txt), "m").error() == "m.ann line 1: cannot read the offsets in \"PERSON zero 5\"");
  CHECK(formats::read_brat("hello\n", std::string_view(txt), "m").error() == "m.ann line 1: not a brat standoff record: \"hello\"");
  CHECK(formats::read_brat("T1\tPERSON 0 5\tPutin\n", std::nullopt, "m").error() ==
        "m.ann: brat offsets need the .txt: open it with its .txt, or open the article first");
}

TEST_CASE("brat round trip counts code points: Cyrillic and emoji") {
  const article::Article a = test::emoji_article();
  AnnotationSet s(a.id, a.text.code_points());
  Editor ed(s);
  const auto m = ed.add_mention(test::find(a, "Путин", 1), "PERSON");
  const auto q = ed.add_quote(test::find(a, "“Мы не допустим 😀 этого,”"), QuoteKind::Direct);
  REQUIRE(ed.set_speaker(q.id, m.id).ok);
  REQUIRE(ed.set_cue(q.id, test::find(a, "сказал")).ok);
  REQUIRE(ed.add_mention(test::find(a, "👍🏽"), "MISC").ok);
  const std::string ann = formats::write_brat_ann(a, s);
  // The thumbs-up with its skin tone is 2 code points wide, whatever its UTF-8 or UTF-16 length.
  const Span thumbs = test::find(a, "👍🏽");
  CHECK(ann.find("MISC " + std::to_string(thumbs.begin) + " " + std::to_string(thumbs.begin + 2) + "\t👍🏽") != std::string::npos);
  const formats::Loaded l = formats::read_brat(ann, std::string_view(a.text.str()), "emoji");
  REQUIRE_MESSAGE(l.ok(), l.error());
  CHECK(l.article->id == a.id);
  REQUIRE(l.set.quotes.size() == 1);
  const Quote& got = l.set.quotes.begin()->second;
  CHECK(got.span == s.quote(q.id)->span);
  CHECK(got.cue == s.quote(q.id)->cue);
  CHECK(l.set.mention(got.speaker)->span == s.mention(m.id)->span);
  CHECK(l.set.mentions.size() == 2);
}
