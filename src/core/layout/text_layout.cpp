#include "core/layout/text_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/text/utf8.h"

namespace glossa::layout {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
// Code points below this get a lazily filled advance table per style (Latin, Greek, Cyrillic, General
// Punctuation, currency): most text never calls the advance function more than a few hundred times.
constexpr char32_t kTableLimit = 0x2100;
constexpr int kTableStyles = 16;
// Rounding slack when comparing a line's width with the wrap width.
constexpr double kEps = 1e-3;

bool is_newline(char32_t c) { return c == '\n' || c == 0x2028 || c == 0x2029; }

// Spaces a line may wrap at (UAX #14 BA/SP/ZW); no-break spaces (U+00A0, U+2007, U+202F) are not.
bool breaking_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == 0x1680 || (c >= 0x2000 && c <= 0x200B && c != 0x2007) ||
         c == 0x205F || c == 0x3000;
}

// Dashes after which a line may wrap (not U+2011, the non-breaking hyphen).
bool breaking_dash(char32_t c) { return c == '-' || c == 0x2010 || (c >= 0x2012 && c <= 0x2015); }

class AdvanceCache {
 public:
  explicit AdvanceCache(const TextLayout::Advance& f) : f_(f) {}
  AdvanceCache(const AdvanceCache&) = delete;
  AdvanceCache& operator=(const AdvanceCache&) = delete;
  float operator()(int style, char32_t c) {
    if (style < 0 || style >= kTableStyles || c >= kTableLimit) return f_(style, c);
    auto& t = tables_[static_cast<std::size_t>(style)];
    if (t.empty()) t.assign(kTableLimit, std::numeric_limits<float>::quiet_NaN());
    float& v = t[c];
    if (std::isnan(v)) v = f_(style, c);
    return v;
  }

 private:
  const TextLayout::Advance& f_;
  std::vector<float> tables_[kTableStyles];
};

}  // namespace

// The state of a layout being built a step at a time: where it stands (block, line start, y) and the
// current block's decoded code points, advances and prefix sums.
struct TextLayout::Build {
  const text::IndexedText* text = nullptr;
  Advance advance;
  AdvanceCache adv_of{advance};  // refers to `advance`, hence Build is never moved (held by pointer)
  std::function<float(int)> line_height;
  float block_gap = 0;
  double limit = 0;
  std::size_t block = 0;   // the block being laid out
  std::size_t s = kNone;   // where its next line starts (in cps); kNone: not decoded yet
  float y = 0;
  std::size_t total = 0, done = 0;  // code points of all blocks, and of those laid out
  // Buffers reused across blocks (double: a long paragraph's running x would lose precision in float).
  std::vector<char32_t> cps;
  std::vector<float> adv;
  std::vector<double> px;
};

TextLayout::TextLayout() = default;
TextLayout::~TextLayout() = default;
TextLayout::TextLayout(TextLayout&&) noexcept = default;
TextLayout& TextLayout::operator=(TextLayout&&) noexcept = default;

void TextLayout::build(const text::IndexedText& text, std::vector<Block> blocks, float wrap_width, const Advance& advance,
                       std::function<float(int)> line_height, float block_gap) {
  start(text, std::move(blocks), wrap_width, advance, std::move(line_height), block_gap);
  while (!step(std::numeric_limits<std::size_t>::max())) {
  }
}

void TextLayout::start(const text::IndexedText& text, std::vector<Block> blocks, float wrap_width, Advance advance,
                       std::function<float(int)> line_height, float block_gap) {
  lines_.clear();
  prefix_.clear();
  prefix_at_.clear();
  height_ = 0;
  width = wrap_width;
  built_ = false;

  // Blocks in text order, clamped to the text, not overlapping.
  const std::size_t length = text.code_points();
  std::stable_sort(blocks.begin(), blocks.end(), [](const Block& x, const Block& y) { return x.span.begin < y.span.begin; });
  std::size_t covered = 0;
  for (Block& bl : blocks) {
    bl.span.end = std::min(bl.span.end, length);
    bl.span.begin = std::min(std::max(bl.span.begin, covered), length);
    if (bl.span.end < bl.span.begin) bl.span.end = bl.span.begin;
    covered = std::max(covered, bl.span.end);
  }
  blocks_ = std::move(blocks);

  build_ = std::make_unique<Build>();
  Build& b = *build_;
  b.text = &text;
  b.advance = std::move(advance);
  b.line_height = std::move(line_height);
  b.block_gap = block_gap;
  b.limit = static_cast<double>(wrap_width) + kEps;
  for (const Block& bl : blocks_) b.total += bl.span.size();
}

double TextLayout::progress() const {
  if (built_) return 1.0;
  if (!build_ || build_->total == 0) return 0.0;
  // Below 1 until built: empty blocks may be left when every code point is laid out.
  return std::min(0.999, static_cast<double>(build_->done) / static_cast<double>(build_->total));
}

bool TextLayout::step(std::size_t budget) {
  if (built_) return true;
  if (!build_) return false;
  Build& b = *build_;
  const text::IndexedText& text = *b.text;
  const std::string_view bytes = text.view();
  std::size_t spent = 0;

  while (b.block < blocks_.size()) {
    if (spent >= budget) return false;
    const std::size_t bi = b.block;
    const Block& bl = blocks_[bi];
    const float lh = b.line_height ? b.line_height(bl.style) : 0.f;
    const std::size_t base = bl.span.begin;
    auto& cps = b.cps;
    auto& adv = b.adv;
    auto& px = b.px;

    if (b.s == kNone) {  // a new block: decode it and sum its advances
      if (bi > 0) b.y += b.block_gap;
      cps.clear();
      std::size_t i = text.byte_of(bl.span.begin);
      const std::size_t stop = text.byte_of(bl.span.end);
      if (text.ascii()) {
        for (; i < stop; ++i) cps.push_back(static_cast<unsigned char>(bytes[i]));
      } else {
        while (i < stop) cps.push_back(text::decode_utf8(bytes, i));
      }
      const std::size_t n = cps.size();
      adv.resize(n);
      px.resize(n + 1);
      px[0] = 0;
      for (std::size_t k = 0; k < n; ++k) {
        const char32_t c = cps[k];
        adv[k] = is_newline(c) ? 0.f : b.adv_of(bl.style, c);
        px[k + 1] = px[k] + static_cast<double>(adv[k]);
      }
      b.s = 0;
    }
    const std::size_t n = cps.size();

    const auto emit = [&](std::size_t s, std::size_t e, std::size_t content_end) {
      Line ln{};
      ln.block = bi;
      ln.cp_begin = base + s;
      ln.cp_end = base + e;
      ln.byte_begin = text.byte_of(ln.cp_begin);
      ln.byte_end = text.byte_of(ln.cp_end);
      ln.y = b.y;
      ln.height = lh;
      ln.cp_content_end = base + content_end;
      ln.width = static_cast<float>(px[content_end] - px[s]);
      prefix_at_.push_back(prefix_.size());
      for (std::size_t k = s; k <= e; ++k) prefix_.push_back(static_cast<float>(px[k] - px[s]));
      lines_.push_back(ln);
      b.y += lh;
    };

    // Lines of this block, one at a time, until it ends or the budget is spent.
    std::size_t s = b.s;
    bool block_done = false;
    while (!block_done && spent < budget) {
      const std::size_t line_start = s;
      // One visual line from s.
      const double x0 = px[s];
      std::size_t brk_content = kNone, brk_next = kNone;  // the last wrap opportunity on this line
      bool content = false;                                // a visible code point is on the line
      std::size_t i = s;
      for (;;) {
        if (i == n) {
          emit(s, n, n);
          block_done = true;
          break;
        }
        const char32_t c = cps[i];
        if (is_newline(c)) {
          emit(s, i, i);
          s = i + 1;
          break;
        }
        if (breaking_space(c)) {
          std::size_t j = i + 1;
          while (j < n && breaking_space(cps[j])) ++j;
          if (content) {  // spaces after text: a wrap opportunity; they hang, so they never overflow
            brk_content = i;
            brk_next = j;
          }
          i = j;
          continue;
        }
        if (content && adv[i] > 0 && px[i + 1] - x0 > b.limit) {
          if (brk_next != kNone) {
            emit(s, brk_next, brk_content);
            s = brk_next;
          } else {  // one word wider than the line: break by code point
            emit(s, i, i);
            s = i;
          }
          break;
        }
        content = true;
        if (breaking_dash(c) && i > s && i + 1 < n && !breaking_space(cps[i - 1]) && !breaking_space(cps[i + 1]) &&
            !is_newline(cps[i + 1]) && !breaking_dash(cps[i + 1])) {
          brk_content = brk_next = i + 1;
        }
        ++i;
      }
      const std::size_t used = (block_done ? n : s) - line_start;
      spent += used + 1;  // + 1: an empty line costs something too
      b.done += used;
    }
    if (block_done) {
      ++b.block;
      b.s = kNone;
    } else {
      b.s = s;
    }
  }
  height_ = b.y;
  built_ = true;
  build_.reset();  // the buffers go with it
  return true;
}

bool TextLayout::valid_for(float wrap_width, std::uint64_t gen) const {
  return built_ && wrap_width == width && gen == generation;
}

std::size_t TextLayout::line_at_y(float y) const {
  if (lines_.empty()) return 0;
  const auto it = std::upper_bound(lines_.begin(), lines_.end(), y, [](float v, const Line& l) { return v < l.y; });
  if (it == lines_.begin()) return 0;
  return static_cast<std::size_t>(it - lines_.begin()) - 1;
}

std::pair<std::size_t, std::size_t> TextLayout::lines_in(float y0, float y1) const {
  // first: the first line whose bottom is below y0; last: the first line whose top is at or below y1.
  const auto first = std::partition_point(lines_.begin(), lines_.end(), [y0](const Line& l) { return l.y + l.height <= y0; });
  const auto last = std::partition_point(first, lines_.end(), [y1](const Line& l) { return l.y < y1; });
  return {static_cast<std::size_t>(first - lines_.begin()), static_cast<std::size_t>(last - lines_.begin())};
}

float TextLayout::x_of(std::size_t line, std::size_t cp) const {
  if (line >= lines_.size()) return 0;
  const Line& l = lines_[line];
  cp = std::min(std::max(cp, l.cp_begin), l.cp_end);
  return prefix_[prefix_at_[line] + (cp - l.cp_begin)];
}

std::size_t TextLayout::cp_at(std::size_t line, float x) const {
  if (line >= lines_.size()) return lines_.empty() ? 0 : lines_.back().cp_end;
  const Line& l = lines_[line];
  const float* p = prefix_.data() + prefix_at_[line];
  const std::size_t count = l.cp_content_end - l.cp_begin + 1;  // boundaries a caret may take
  // k: the first boundary right of x; its left neighbour is the last boundary at or left of x (after any
  // zero-width marks, since equal values are skipped).
  const std::size_t k = static_cast<std::size_t>(std::upper_bound(p, p + count, x) - p);
  if (k == 0) return l.cp_begin;
  if (k == count) return l.cp_content_end;
  if (x - p[k - 1] <= p[k] - x) return l.cp_begin + k - 1;
  // The boundary right of x, moved past zero-width marks that follow it.
  const std::size_t k2 = static_cast<std::size_t>(std::upper_bound(p + k, p + count, p[k]) - p) - 1;
  return l.cp_begin + k2;
}

std::size_t TextLayout::glyph_at(std::size_t line, float x) const {
  if (line >= lines_.size()) return lines_.empty() ? 0 : lines_.back().cp_end;
  const Line& l = lines_[line];
  if (l.cp_content_end == l.cp_begin) return l.cp_begin;
  const float* p = prefix_.data() + prefix_at_[line];
  const std::size_t count = l.cp_content_end - l.cp_begin + 1;
  // Glyph k covers [p[k], p[k+1]): the last boundary at or left of x starts it. A zero-width glyph (a
  // mark) is never picked, except at the line end, where the glyph before it is taken instead.
  std::size_t k = static_cast<std::size_t>(std::upper_bound(p, p + count, x) - p);
  k = k == 0 ? 0 : k - 1;
  if (k > count - 2) k = count - 2;
  while (k > 0 && p[k + 1] == p[k]) --k;
  return l.cp_begin + k;
}

std::size_t TextLayout::line_of_cp(std::size_t cp) const {
  if (lines_.empty()) return 0;
  const auto it = std::upper_bound(lines_.begin(), lines_.end(), cp, [](std::size_t v, const Line& l) { return v < l.cp_begin; });
  if (it == lines_.begin()) return 0;
  return static_cast<std::size_t>(it - lines_.begin()) - 1;
}

std::vector<TextLayout::Piece> TextLayout::pieces(std::size_t b, std::size_t e) const {
  std::vector<Piece> out;
  if (e <= b || lines_.empty()) return out;
  for (std::size_t i = line_of_cp(b); i < lines_.size() && lines_[i].cp_begin < e; ++i) {
    const Line& l = lines_[i];
    if (l.cp_begin == l.cp_end) {  // an empty line
      if (b <= l.cp_begin) out.push_back(Piece{i, 0.f, 0.f});
      continue;
    }
    const std::size_t lo = std::max(b, l.cp_begin), hi = std::min(e, l.cp_end);
    if (lo >= hi) continue;
    out.push_back(Piece{i, std::min(x_of(i, lo), l.width), std::min(x_of(i, hi), l.width)});
  }
  return out;
}

}  // namespace glossa::layout
