#pragma once
// The article view's own text layout (DESIGN.md, "Rendering the article"): text is laid out once per
// width into wrapped visual lines (code point and byte ranges + cached x advances), then drawn clipped and
// hit-tested against the cached advances. UI-free: the caller supplies glyph advances and line heights
// (from its fonts) and draws the byte ranges itself.
//
// Lines. Each block (a paragraph, the title) is cut into visual lines:
//  - a newline ('\n', U+2028, U+2029) ends a line; the newline itself belongs to no line (it sits at the
//    previous line's cp_end);
//  - word wrap at breaking spaces (' ', tab, U+2000..U+200B except the figure space, ...; not the no-break
//    spaces) and after a hyphen or dash between two non-space characters; a single word wider than the
//    line is broken by code point (never between a character and a following zero-width mark);
//  - the spaces at a soft wrap point hang: they belong to the line they end ([cp_begin, cp_end) includes
//    them, so the soft-wrapped lines of a paragraph tile it) but do not count against the width:
//    cp_content_end is where the visible text ends and width its x. The next line starts after them, so a
//    code point (or caret) at a wrap point belongs to the next line.
//
// Offsets are code points of the IndexedText (half-open); byte ranges are UTF-8 bytes of the same text,
// ready for ImDrawList::AddText(text + byte_begin, text + byte_end).
//
// Cost: build is O(n) in the code points of the blocks: the text is decoded once, the advance function is
// called at most once per distinct code point below U+2100 per style (a lazy table) and once per other
// code point, and the per-line prefix advances are one flat std::vector<float>. Queries: x_of O(1),
// cp_at / glyph_at O(log line length), line_at_y / lines_in / line_of_cp O(log lines), pieces O(log lines +
// lines touched).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "core/article/article.h"
#include "core/text/offset_index.h"

namespace glossa::layout {

// A run of text laid out as one paragraph (style: 0 body, 1 title; the caller maps styles to fonts).
// Blocks are laid out in text order (build sorts them by span begin; overlapping parts are dropped).
struct Block {
  article::Span span;
  int style = 0;
};

struct Line {
  std::size_t block;              // index into TextLayout::blocks()
  std::size_t cp_begin, cp_end;   // code points, half-open; includes hanging spaces at a soft wrap
  std::size_t byte_begin, byte_end;
  float y;                        // top of the line, from the top of the layout
  float height;
  float baseline_offset_unused = 0;
  // Added: where the visible text ends (cp_end minus the hanging spaces of a soft wrap, else cp_end) and
  // its x from the line start (the line's drawn width).
  std::size_t cp_content_end = 0;
  float width = 0;
};

class TextLayout {
 public:
  // advance(style, codepoint) -> width in pixels; line_height(style) and block_gap (space between two
  // blocks) in pixels. advance must be a pure function of its arguments during one build (results are
  // cached per style).
  using Advance = std::function<float(int style, char32_t cp)>;

  TextLayout();
  ~TextLayout();
  TextLayout(TextLayout&&) noexcept;
  TextLayout& operator=(TextLayout&&) noexcept;

  void build(const text::IndexedText& text, std::vector<Block> blocks, float wrap_width, const Advance& advance,
             std::function<float(int)> line_height, float block_gap);

  // The same, a step at a time, so a long article is laid out over several frames: start(), then step()
  // until it returns true. Each step lays out about `budget` code points (whole lines, at least one).
  // Until the last step, built() is false and lines() holds only the lines laid out so far. The text
  // must outlive the build; advance and line_height are kept (by value) until it ends.
  void start(const text::IndexedText& text, std::vector<Block> blocks, float wrap_width, Advance advance,
             std::function<float(int)> line_height, float block_gap);
  bool step(std::size_t budget);
  bool building() const { return build_ != nullptr; }
  double progress() const;  // the share of the code points laid out, 0..1

  // True when built with this wrap width and the caller's generation is unchanged. build() records the
  // width; the caller sets `generation` (its own counter of font size / text changes) after building.
  bool valid_for(float wrap_width, std::uint64_t generation) const;
  std::uint64_t generation = 0;
  float width = 0;  // the wrap width of the last build

  const std::vector<Line>& lines() const { return lines_; }
  const std::vector<Block>& blocks() const { return blocks_; }
  bool built() const { return built_; }
  float height() const { return height_; }  // total: lines and the gaps between blocks

  // The line at y (binary search, O(log n)): the last line whose top is <= y, clamped to the first and
  // last line (a y in a gap between blocks gives the line above it). 0 when there are no lines.
  std::size_t line_at_y(float y) const;
  // [first, last) lines intersecting the band [y0, y1), for clipping. O(log n).
  std::pair<std::size_t, std::size_t> lines_in(float y0, float y1) const;
  // x of the caret before code point cp (clamped to [cp_begin, cp_end] of the line) from the line start. O(1).
  float x_of(std::size_t line, std::size_t cp) const;
  // The nearest caret position (a boundary between code points) for x, in [cp_begin, cp_content_end]
  // (a caret never lands in hanging spaces, nor before a zero-width mark). O(log line length).
  std::size_t cp_at(std::size_t line, float x) const;
  // Added: the code point under x (whose advance box holds x), for hover and double-click; clamped to
  // the line's visible code points (cp_begin when the line has none). O(log line length).
  std::size_t glyph_at(std::size_t line, float x) const;
  // The line holding cp, O(log n): the last line with cp_begin <= cp (a cp at a wrap point belongs to the
  // next line; a newline or a cp between blocks to the line before it). 0 when there are no lines.
  std::size_t line_of_cp(std::size_t cp) const;

  // Rectangles (line index, x0, x1) covering [b, e), one per visual line touched: for highlights and
  // selection. Hanging spaces add no width (x is clamped to the line's width); an empty line inside
  // [b, e) gives a zero-width piece at x 0. Empty when e <= b.
  struct Piece {
    std::size_t line;
    float x0, x1;
  };
  std::vector<Piece> pieces(std::size_t b, std::size_t e) const;

 private:
  std::vector<Line> lines_;
  std::vector<Block> blocks_;
  std::vector<float> prefix_;              // per line: x of each boundary cp_begin..cp_end (cp_end - cp_begin + 1 values)
  std::vector<std::size_t> prefix_at_;     // per line: offset of its first value in prefix_
  float height_ = 0;
  bool built_ = false;
  struct Build;
  std::unique_ptr<Build> build_;  // while built a step at a time
};

}  // namespace glossa::layout
