// The article view's text layout: src/core/layout/text_layout.h.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/layout/text_layout.h"
#include "core/text/utf8.h"

using namespace glossa;
using layout::Block;
using layout::Line;
using layout::TextLayout;

namespace {

// 10 px per code point; combining marks and the zero-width joiner take no room.
float fixed_advance(int, char32_t c) {
  if ((c >= 0x300 && c <= 0x36F) || c == 0x200D) return 0.f;
  return 10.f;
}
float line_height(int style) { return style == 1 ? 30.f : 20.f; }

TextLayout lay_out(const text::IndexedText& t, std::vector<Block> blocks, float width, float gap = 8.f) {
  TextLayout l;
  l.build(t, std::move(blocks), width, fixed_advance, line_height, gap);
  return l;
}

TextLayout lay_out_all(const text::IndexedText& t, float width) { return lay_out(t, {Block{{0, t.code_points()}, 0}}, width); }

struct Expect {
  std::size_t b, e, content;
};

void check_lines(const TextLayout& l, const std::vector<Expect>& want) {
  REQUIRE(l.lines().size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Line& ln = l.lines()[i];
    const Expect w = want[i];
    INFO("line " << i);
    CHECK(ln.cp_begin == w.b);
    CHECK(ln.cp_end == w.e);
    CHECK(ln.cp_content_end == w.content);
  }
}

std::string line_text(const text::IndexedText& t, const Line& ln) { return t.str().substr(ln.byte_begin, ln.byte_end - ln.byte_begin); }

}  // namespace

TEST_CASE("layout: word wrap of a known paragraph at width 100") {
  const text::IndexedText t("The quick brown fox jumps over the lazy dog");
  const TextLayout l = lay_out_all(t, 100);
  // "jumps over" is exactly 100 px and fits; the spaces at each wrap point hang on the line they end.
  check_lines(l, {{0, 10, 9}, {10, 20, 19}, {20, 31, 30}, {31, 40, 39}, {40, 43, 43}});
  CHECK(line_text(t, l.lines()[0]) == "The quick ");
  CHECK(line_text(t, l.lines()[2]) == "jumps over ");
  CHECK(line_text(t, l.lines()[4]) == "dog");
  CHECK(l.lines()[0].width == 90.f);
  CHECK(l.lines()[2].width == 100.f);
  CHECK(l.lines()[4].width == 30.f);
  for (std::size_t i = 0; i < l.lines().size(); ++i) {
    CHECK(l.lines()[i].y == 20.f * static_cast<float>(i));
    CHECK(l.lines()[i].height == 20.f);
  }
  CHECK(l.height() == 100.f);
  // Wide enough: one line; the same text at width 0: one word per line.
  CHECK(lay_out_all(t, 1000).lines().size() == 1);
  CHECK(lay_out_all(t, 0).lines().size() >= 9);
}

TEST_CASE("layout: newlines, hyphens, long words, blocks and styles") {
  {
    const text::IndexedText t("ab\ncd\n\nef");
    const TextLayout l = lay_out_all(t, 100);
    check_lines(l, {{0, 2, 2}, {3, 5, 5}, {6, 6, 6}, {7, 9, 9}});  // an empty line between the two newlines
    CHECK(line_text(t, l.lines()[1]) == "cd");
  }
  {
    const text::IndexedText t("well-organized");  // wraps after the hyphen
    check_lines(lay_out_all(t, 100), {{0, 5, 5}, {5, 14, 14}});
    const text::IndexedText nb("well\u2011organized");  // not after a non-breaking hyphen: broken by code point
    check_lines(lay_out_all(nb, 100), {{0, 10, 10}, {10, 14, 14}});
  }
  {
    const text::IndexedText t("abcdefghijklmnopqrstuvwxyz ab");
    check_lines(lay_out_all(t, 100), {{0, 10, 10}, {10, 20, 20}, {20, 29, 29}});
  }
  {
    const text::IndexedText t("a\u00A0b\u00A0c\u00A0d\u00A0e\u00A0f");  // no-break spaces do not wrap
    check_lines(lay_out_all(t, 100), {{0, 10, 10}, {10, 11, 11}});
  }
  {
    // Two blocks (title, body), the text between them in no line; block order is text order.
    const text::IndexedText t("Title\n\nBody text here");
    const TextLayout l = lay_out(t, {Block{{7, 21}, 0}, Block{{0, 5}, 1}}, 100, 8.f);
    REQUIRE(l.blocks().size() == 2);
    CHECK(l.blocks()[0].style == 1);
    check_lines(l, {{0, 5, 5}, {7, 17, 16}, {17, 21, 21}});
    CHECK(l.lines()[0].block == 0);
    CHECK(l.lines()[1].block == 1);
    CHECK(l.lines()[0].height == 30.f);
    CHECK(l.lines()[1].y == 38.f);  // title 30 + gap 8
    CHECK(l.lines()[2].y == 58.f);
    CHECK(l.height() == 78.f);
    CHECK(l.line_of_cp(6) == 0);  // between blocks: the line above
    CHECK(l.line_at_y(34.f) == 0);  // in the gap: the line above
  }
}

TEST_CASE("layout: Cyrillic, combining marks and emoji count code points") {
  {
    const text::IndexedText t("Путин сказал, что");
    const TextLayout l = lay_out_all(t, 100);
    check_lines(l, {{0, 6, 5}, {6, 14, 13}, {14, 17, 17}});
    CHECK(l.lines()[1].byte_begin == 11);  // 5 two-byte letters and a space
    CHECK(line_text(t, l.lines()[1]) == "сказал, ");
    CHECK(line_text(t, l.lines()[2]) == "что");
  }
  {
    // Decomposed é: the marks take no room and are never separated from their letter.
    std::string s;
    for (int i = 0; i < 5; ++i) s += "e\u0301";
    s += " " + s;
    const text::IndexedText t(s);
    const TextLayout l = lay_out_all(t, 100);
    check_lines(l, {{0, 11, 10}, {11, 21, 21}});
    CHECK(l.lines()[0].width == 50.f);
    // A caret near a mark lands after it; glyph_at gives the letter, not the mark.
    CHECK(l.cp_at(0, 9.f) == 2);
    CHECK(l.cp_at(0, 11.f) == 2);
    CHECK(l.glyph_at(0, 12.f) == 2);
    CHECK(l.glyph_at(0, 1000.f) == 8);
    const TextLayout narrow = lay_out_all(t, 30);  // a word wider than the line: broken between letters
    CHECK(narrow.lines()[0].cp_end == 6);
  }
  {
    std::string s;
    for (int i = 0; i < 12; ++i) s += "\U0001F600";  // astral: one code point, four bytes each
    const text::IndexedText t(s);
    const TextLayout l = lay_out_all(t, 100);
    check_lines(l, {{0, 10, 10}, {10, 12, 12}});
    CHECK(l.lines()[1].byte_begin == 40);
    CHECK(l.lines()[1].byte_end == 48);
  }
  {
    const text::IndexedText t("Hi \U0001F44D\U0001F3FD ok \U0001F469\u200D\U0001F4BB end");
    const TextLayout l = lay_out_all(t, 80);
    // "Hi 👍🏽 ok" fits (7 code points, 70 px) and its space hangs; "👩‍💻" is 3 code points, 20 px.
    REQUIRE(l.lines().size() == 2);
    CHECK(l.lines()[0].cp_end == 9);
    CHECK(l.lines()[0].cp_content_end == 8);
    CHECK(l.lines()[1].cp_begin == 9);
    CHECK(l.x_of(1, 12) == 20.f);
    CHECK(line_text(t, l.lines()[1]) == "\U0001F469\u200D\U0001F4BB end");
  }
}

TEST_CASE("layout: hit testing round trip, pieces and clipping") {
  const text::IndexedText t("The quick brown fox jumps over the lazy dog");
  TextLayout l = lay_out_all(t, 100);
  for (std::size_t i = 0; i < l.lines().size(); ++i) {
    const Line ln = l.lines()[i];
    for (std::size_t cp = ln.cp_begin; cp <= ln.cp_content_end; ++cp) {
      const float x = l.x_of(i, cp);
      CHECK(x == 10.f * static_cast<float>(cp - ln.cp_begin));
      CHECK(l.cp_at(i, x) == cp);
      CHECK(l.cp_at(i, x + 4.f) == cp);
      if (cp < ln.cp_content_end) {
        CHECK(l.cp_at(i, x + 6.f) == cp + 1);
        CHECK(l.glyph_at(i, x + 9.f) == cp);
      }
      CHECK(l.line_of_cp(cp) == i);
    }
    CHECK(l.cp_at(i, -50.f) == ln.cp_begin);
    CHECK(l.cp_at(i, 5000.f) == ln.cp_content_end);  // never in the hanging spaces
  }
  CHECK(l.line_of_cp(10) == 1);  // a wrap point belongs to the next line
  CHECK(l.line_of_cp(9) == 0);
  CHECK(l.line_of_cp(43) == 4);
  CHECK(l.line_of_cp(1000) == 4);
  CHECK(l.x_of(0, 10) == 100.f);  // the hanging space is there, not counted in width
  CHECK(l.x_of(0, 500) == 100.f);  // clamped to the line

  // A span over four wrapped lines: one rectangle per line, hanging spaces add no width.
  const auto p = l.pieces(5, 35);
  REQUIRE(p.size() == 4);
  CHECK(p[0].line == 0);
  CHECK(p[0].x0 == 50.f);
  CHECK(p[0].x1 == 90.f);
  CHECK(p[1].line == 1);
  CHECK(p[1].x0 == 0.f);
  CHECK(p[1].x1 == 90.f);
  CHECK(p[2].x1 == 100.f);
  CHECK(p[3].line == 3);
  CHECK(p[3].x0 == 0.f);
  CHECK(p[3].x1 == 40.f);
  CHECK(l.pieces(5, 5).empty());
  const auto one = l.pieces(41, 42);
  REQUIRE(one.size() == 1);
  CHECK(one[0].line == 4);
  CHECK(one[0].x0 == 10.f);
  CHECK(one[0].x1 == 20.f);

  // Clipping: lines are 20 px tall from y = 0.
  CHECK(l.lines_in(25.f, 45.f) == std::make_pair(std::size_t{1}, std::size_t{3}));
  CHECK(l.lines_in(0.f, 20.f) == std::make_pair(std::size_t{0}, std::size_t{1}));
  CHECK(l.lines_in(-10.f, 1000.f) == std::make_pair(std::size_t{0}, std::size_t{5}));
  CHECK(l.lines_in(100.f, 200.f) == std::make_pair(std::size_t{5}, std::size_t{5}));
  CHECK(l.line_at_y(-5.f) == 0);
  CHECK(l.line_at_y(45.f) == 2);
  CHECK(l.line_at_y(1e6f) == 4);

  // Cache validity: the width of the build and the caller's generation.
  l.generation = 7;
  CHECK(l.valid_for(100.f, 7));
  CHECK_FALSE(l.valid_for(101.f, 7));
  CHECK_FALSE(l.valid_for(100.f, 8));
  CHECK_FALSE(TextLayout().valid_for(0.f, 0));
  const TextLayout empty = lay_out(text::IndexedText(""), {}, 100);
  CHECK(empty.lines().empty());
  CHECK(empty.line_of_cp(3) == 0);
  CHECK(empty.pieces(0, 3).empty());
  CHECK(empty.lines_in(0.f, 100.f) == std::make_pair(std::size_t{0}, std::size_t{0}));
}

TEST_CASE("layout: a 1 MB article lays out, lines tile the paragraphs, line_of_cp agrees with a scan") {
  // Paragraphs of Latin and Cyrillic words with hyphens, separated by blank lines.
  std::uint32_t seed = 12345;
  const auto rnd = [&seed](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  std::string s;
  std::vector<Block> blocks;
  std::size_t cps = 0, para_begin = 0;
  while (s.size() < (1u << 20)) {
    const std::size_t words = 20 + rnd(200);
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) {
        s += ' ';
        ++cps;
      }
      const std::size_t len = 1 + rnd(12);
      const bool cyr = rnd(3) == 0;
      for (std::size_t k = 0; k < len; ++k) {
        if (k > 0 && k + 1 < len && rnd(30) == 0) {
          s += '-';
        } else if (cyr) {
          text::append_utf8(s, static_cast<char32_t>(0x430 + rnd(32)));
        } else {
          s += static_cast<char>('a' + rnd(26));
        }
        ++cps;
      }
    }
    blocks.push_back(Block{{para_begin, cps}, 0});
    s += "\n\n";
    cps += 2;
    para_begin = cps;
  }
  const text::IndexedText t(s);
  REQUIRE(t.code_points() == cps);
  TextLayout l;
  l.build(t, blocks, 600.f, fixed_advance, line_height, 10.f);
  const auto& lines = l.lines();
  REQUIRE(lines.size() > 10000);
  std::size_t block = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& ln = lines[i];
    if (i > 0 && lines[i - 1].block == ln.block) {
      REQUIRE(ln.cp_begin == lines[i - 1].cp_end);  // soft wraps tile the paragraph
      REQUIRE(ln.y == lines[i - 1].y + 20.f);
    } else {
      REQUIRE(ln.cp_begin == blocks[block].span.begin);
      if (i > 0) REQUIRE(lines[i - 1].cp_end == blocks[block - 1].span.end);
      ++block;
    }
    REQUIRE(ln.width <= 600.f);
    REQUIRE(ln.byte_begin == t.byte_of(ln.cp_begin));
    REQUIRE(ln.byte_end == t.byte_of(ln.cp_end));
  }
  CHECK(block == blocks.size());
  // line_of_cp against a linear scan, on samples.
  for (int k = 0; k < 2000; ++k) {
    const std::size_t cp = rnd(static_cast<std::uint32_t>(cps + 1));
    std::size_t want = 0;
    for (std::size_t i = 0; i < lines.size() && lines[i].cp_begin <= cp; ++i) want = i;
    const std::size_t got = l.line_of_cp(cp);
    REQUIRE(got == want);
  }
  // Hit testing on samples of the big layout.
  for (int k = 0; k < 2000; ++k) {
    const std::size_t i = rnd(static_cast<std::uint32_t>(lines.size()));
    const Line& ln = lines[i];
    const std::size_t cp = ln.cp_begin + rnd(static_cast<std::uint32_t>(ln.cp_content_end - ln.cp_begin + 1));
    REQUIRE(l.cp_at(i, l.x_of(i, cp)) == cp);
    REQUIRE(l.line_at_y(ln.y + 1.f) == i);
  }
}

TEST_CASE("layout: built a step at a time, it is the same layout as built at once") {
  // Paragraphs with newlines, long words, dashes, a title and Cyrillic text, so steps stop mid-block.
  std::string s = "A Title Here\n\n";
  for (int i = 0; i < 40; ++i)
    s += "Paragraph " + std::to_string(i) + ": the quick brown fox—and then some—jumps over Привет мир,\n"
         "a second line; averyveryveryverylongwordthatmustbreakbycodepoint ends it.\n\n";
  const text::IndexedText t(s);
  std::vector<Block> blocks{Block{{0, 12}, 1}};
  std::size_t at = 14;
  while (at < t.code_points()) {
    const std::size_t end = std::min(t.code_points(), at + 137);  // spans need not fall on newlines
    blocks.push_back(Block{{at, end}, 0});
    at = end + 2;
  }
  const TextLayout whole = lay_out(t, blocks, 180);
  REQUIRE(whole.lines().size() > 100);
  for (std::size_t budget : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{1000}}) {
    INFO("budget " << budget);
    TextLayout l;
    l.start(t, blocks, 180, fixed_advance, line_height, 8.f);
    CHECK_FALSE(l.built());
    CHECK(l.building());
    int steps = 0;
    double last = 0;
    while (!l.step(budget)) {
      ++steps;
      CHECK_FALSE(l.built());
      CHECK(l.progress() >= last);  // progress only moves forward
      CHECK(l.progress() < 1.0);
      last = l.progress();
    }
    CHECK(l.built());
    CHECK_FALSE(l.building());
    CHECK(l.progress() == 1.0);
    if (budget < 1000) CHECK(steps > 3);
    REQUIRE(l.lines().size() == whole.lines().size());
    for (std::size_t i = 0; i < l.lines().size(); ++i) {
      const Line& a = l.lines()[i];
      const Line& b = whole.lines()[i];
      INFO("line " << i);
      CHECK(a.cp_begin == b.cp_begin);
      CHECK(a.cp_end == b.cp_end);
      CHECK(a.cp_content_end == b.cp_content_end);
      CHECK(a.y == b.y);
      CHECK(a.width == b.width);
      CHECK(l.x_of(i, a.cp_content_end) == whole.x_of(i, b.cp_content_end));
    }
    CHECK(l.height() == whole.height());
  }
}

TEST_CASE("layout: starting again abandons the build under way") {
  const text::IndexedText t("one two three four five six seven eight nine ten");
  TextLayout l;
  l.start(t, {Block{{0, t.code_points()}, 0}}, 60, fixed_advance, line_height, 8.f);
  CHECK_FALSE(l.step(5));
  l.start(t, {Block{{0, t.code_points()}, 0}}, 1000, fixed_advance, line_height, 8.f);
  CHECK(l.step(1000000));
  CHECK(l.lines().size() == 1);
  CHECK(l.width == 1000);
}
