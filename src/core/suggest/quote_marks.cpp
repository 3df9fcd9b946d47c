#include "core/suggest/quote_marks.h"

#include <algorithm>

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace glossa::suggest {

namespace {

constexpr char32_t kLeftDouble = 0x201C, kRightDouble = 0x201D, kLowDouble = 0x201E, kLeftSingle = 0x2018,
                   kRightSingle = 0x2019, kLowSingle = 0x201A, kLeftGuillemet = 0xAB, kRightGuillemet = 0xBB,
                   kLeftAngle = 0x2039, kRightAngle = 0x203A;
// '' (two apostrophes), a double quote mark in some archives (the New York Times'): one mark here.
constexpr char32_t kTwoApostrophes = 0xE000;

// A markup tag longer than this is taken for text.
constexpr std::size_t kLongestTag = 600;

struct Open {
  std::size_t pos;
  char32_t mark;
  int paragraphs = 1;
};

// Whether the mark `close` ends a quote opened with `open`.
bool closes(char32_t open, char32_t close) {
  switch (close) {
    // Archives mix straight and curly double marks in one quote ("…” and “…"): either closes the other.
    case kRightDouble: return open == kLeftDouble || open == kLowDouble || open == '"';
    case kLeftDouble: return open == kLowDouble;  // German „…“
    case kRightGuillemet: return open == kLeftGuillemet;
    case kRightAngle: return open == kLeftAngle;
    case kRightSingle: return open == kLeftSingle || open == kLowSingle;
    case kLeftSingle: return open == kLowSingle;  // German ‚…‘
    case '"': return open == '"' || open == kLeftDouble;
    case kTwoApostrophes: return open == kTwoApostrophes;
    case '\'': return open == '\'';
    default: return false;
  }
}

bool single(char32_t c) { return c == '\'' || c == kLeftSingle || c == kRightSingle || c == kLowSingle || c == kLeftAngle || c == kRightAngle; }

bool opening_punct(char32_t c) { return c == '(' || c == '[' || c == '{' || text::is_dash(c) || text::is_opening_quote(c) || c == '"' || c == '\''; }
bool closing_punct(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' ||
         c == 0x2026 || text::is_dash(c) || text::is_closing_quote(c) || c == '"' || c == '\'';
}

std::string mark_utf8(char32_t c) {
  if (c == kTwoApostrophes) return "''";
  std::string s;
  text::append_utf8(s, c);
  return s;
}

class Pairer {
 public:
  Pairer(const Doc& d, std::vector<std::string>& flags) : d_(d), flags_(flags) {}

  void block(std::size_t index, bool may_continue) {
    const auto& blocks = d_.blocks();
    const Span b = blocks[index];
    std::size_t i = b.begin;
    if (!stack_.empty()) i = b.begin + 1;  // the reopening mark of a continued quote
    if (!stack_.empty() && stack_.front().mark == kTwoApostrophes) ++i;
    for (; i < b.end; ++i) {
      if (const std::size_t after = skip_tag(i, b.end); after != i) {
        i = after - 1;
        continue;
      }
      i += mark(i, b);
    }
    // Left open: continued by the next paragraph when it reopens with the same mark, else flagged.
    const std::size_t next = index + 1;
    bool carry = false;
    if (may_continue && !stack_.empty() && next < blocks.size()) {
      const char32_t first = mark_at(blocks[next].begin, blocks[next]);
      carry = first == stack_.front().mark && first != '\'' && first != kLeftSingle;
    }
    while (stack_.size() > (carry ? 1u : 0u)) unclosed(stack_.back()), stack_.pop_back();
    if (carry) ++stack_.front().paragraphs;
  }

  // Depth: the quotes closed around each one, or the double marks still open around it when it closed. A
  // single mark left open (the ’ of "CBS‘ Face the Nation", the ' of "Sophie in 't Veld") must not sink
  // the quotes after it into a quote that never was.
  std::vector<MarkedQuote> done() {
    std::sort(out_.begin(), out_.end(), [](const MarkedQuote& a, const MarkedQuote& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
    std::vector<std::size_t> ends;  // of the quotes around the current one
    for (MarkedQuote& q : out_) {
      while (!ends.empty() && ends.back() < q.span.end) ends.pop_back();
      q.depth = std::max(q.depth, static_cast<int>(ends.size()));
      ends.push_back(q.span.end);
    }
    return std::move(out_);
  }

 private:
  char32_t mark_at(std::size_t i, Span b) const {
    const char32_t c = d_.cps()[i];
    return c == '\'' && i + 1 < b.end && d_.cps()[i + 1] == '\'' ? kTwoApostrophes : c;
  }

  // Markup left in scraped text (<tweet pic="…" author="…">): its attribute values are not quotes. Returns
  // the position after the tag that starts at i, or i.
  std::size_t skip_tag(std::size_t i, std::size_t end) const {
    const std::u32string& t = d_.cps();
    if (t[i] != '<' || i + 1 >= end || !(text::is_letter(t[i + 1]) || t[i + 1] == '/')) return i;
    for (std::size_t k = i + 1; k < end && k - i < kLongestTag; ++k) {
      if (t[k] == '>') return k + 1;
      if (t[k] == '<' || t[k] == '\n') return i;
    }
    return i;
  }

  // Returns how many more code points the mark takes (1 for '').
  std::size_t mark(std::size_t i, Span b) {
    const char32_t c = mark_at(i, b);
    if (c != kTwoApostrophes && !text::is_quote(c)) return 0;
    const std::size_t w = c == kTwoApostrophes ? 2 : 1;
    if (reopens(i, c, b)) return w - 1;
    const char32_t prev = i > b.begin ? d_.cps()[i - 1] : ' ';
    const char32_t next = i + w < b.end ? d_.cps()[i + w] : ' ';
    const bool space_before = text::is_space(prev) || opening_punct(prev);
    const bool space_after = text::is_space(next) || closing_punct(next);
    if (c == kTwoApostrophes) {
      const bool is_open = std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return o.mark == kTwoApostrophes; });
      if (is_open && !(space_before && !space_after)) close(i + 1, c, false);
      else open(i, c);
      return 1;
    }
    if ((c == '\'' || c == kRightSingle || c == kLeftSingle) && text::is_alnum(prev) && text::is_alnum(next))
      return 0;  // don’t, Kazakhstan's, and the misprinted Trump‘s
    if ((c == '\'' || c == kRightSingle || c == kLeftSingle) && space_before && elided_year(i + 1, b)) return 0;  // in ’08, the '90s
    if (c == '\'' || c == kRightSingle) {
      if (c == kRightSingle) return close(i, c, /*apostrophe_ok=*/true), 0;
      if (space_before && !space_after) return open(i, c), 0;
      if (!space_before) close(i, c, /*apostrophe_ok=*/true);  // or the protesters' demands
      return 0;
    }
    if (c == '"') {
      const bool open_here = space_before && !space_after;
      const bool close_here = space_after && !space_before;
      const bool is_open = std::any_of(stack_.begin(), stack_.end(), [](const Open& o) { return closes(o.mark, '"'); });
      if (close_here || (!open_here && is_open)) return close(i, c, false), 0;
      return open(i, c), 0;
    }
    // A mark that can close (” » › ’, and “ ‘ after „ ‚) closes when something it fits is open.
    if (std::any_of(stack_.begin(), stack_.end(), [&](const Open& o) { return closes(o.mark, c); }))
      return close(i, c, false), 0;
    // “expedited review“: an opening mark misprinted for the closing one, right after a word and before a
    // space or a punctuation mark, while the same mark is open.
    if ((c == kLeftDouble || c == kLeftSingle) && !space_before && space_after &&
        std::any_of(stack_.begin(), stack_.end(), [&](const Open& o) { return o.mark == c; })) {
      const char32_t fits = c == kLeftDouble ? kRightDouble : kRightSingle;
      return close(i, fits, false), 0;
    }
    if (text::is_opening_quote(c)) {
      // “… shell-shocked. “And she said …”: a double mark that opens a sentence while the same mark is open
      // from earlier in this paragraph; nested quotes take the other mark, so the earlier one was never closed.
      if (c == kLeftDouble && after_sentence(i, b)) {
        const auto same = std::find_if(stack_.begin(), stack_.end(), [&](const Open& o) { return o.mark == c && o.pos >= b.begin; });
        const auto from = static_cast<std::size_t>(same - stack_.begin());
        while (stack_.size() > from) unclosed(stack_.back()), stack_.pop_back();
      }
      return open(i, c), 0;
    }
    close(i, c, false);  // an orphan closing mark: flagged
    return 0;
  }

  // A quote over several lines of one paragraph (lines broken by a single newline): a line that opens with
  // the mark of the quote still open from an earlier line continues it, as a new paragraph would.
  bool reopens(std::size_t i, char32_t c, Span b) {
    if (i == b.begin || d_.cps()[i - 1] != '\n' || stack_.empty() || c == '\'' || c == kLeftSingle) return false;
    if (stack_.front().mark != c) return false;
    while (stack_.size() > 1) unclosed(stack_.back()), stack_.pop_back();
    ++stack_.front().paragraphs;
    return true;
  }

  // Whether the mark at i starts a sentence: a sentence's last mark (. ! ? …) and a space before it.
  bool after_sentence(std::size_t i, Span b) const {
    const std::u32string& t = d_.cps();
    std::size_t k = i;
    if (k == b.begin || !text::is_space(t[k - 1])) return false;
    while (k > b.begin && text::is_space(t[k - 1])) --k;
    if (k == b.begin) return false;
    const char32_t e = t[k - 1];
    return e == '.' || e == '!' || e == '?' || e == 0x2026;
  }

  // Two digits and no third: the year of ’08 or '90s.
  bool elided_year(std::size_t i, Span b) const {
    const std::u32string& t = d_.cps();
    const auto digit = [&](std::size_t k) { return k < b.end && t[k] >= '0' && t[k] <= '9'; };
    return digit(i) && digit(i + 1) && !digit(i + 2);
  }

  void open(std::size_t i, char32_t c) { stack_.push_back(Open{i, c}); }

  bool close(std::size_t i, char32_t c, bool apostrophe_ok) {
    auto it = std::find_if(stack_.rbegin(), stack_.rend(), [&](const Open& o) { return closes(o.mark, c); });
    if (it == stack_.rend()) {
      if (!apostrophe_ok) flags_.push_back("unbalanced quote mark " + mark_utf8(c) + " at " + std::to_string(i) + ": never opened");
      return false;
    }
    const std::size_t at = static_cast<std::size_t>(stack_.rend() - it) - 1;
    while (stack_.size() > at + 1) unclosed(stack_.back()), stack_.pop_back();
    const int doubles = static_cast<int>(std::count_if(stack_.begin(), stack_.begin() + static_cast<std::ptrdiff_t>(at), [](const Open& o) { return !single(o.mark); }));
    out_.push_back(MarkedQuote{Span{stack_.back().pos, i + 1}, doubles, stack_.back().paragraphs});
    stack_.pop_back();
    return true;
  }

  void unclosed(const Open& o) {
    if (o.mark == '\'') return;  // a leading apostrophe ('90s, 'em) more often than a quote
    flags_.push_back("unbalanced quote mark " + mark_utf8(o.mark) + " at " + std::to_string(o.pos) + ": never closed");
  }

  const Doc& d_;
  std::vector<std::string>& flags_;
  std::vector<Open> stack_;
  std::vector<MarkedQuote> out_;
};

}  // namespace

std::vector<MarkedQuote> pair_quote_marks(const Doc& d, std::vector<std::string>& flags) {
  Pairer p(d, flags);
  for (std::size_t i = 0; i < d.blocks().size(); ++i) p.block(i, !(i == 0 && d.has_title()));
  return p.done();
}

}  // namespace glossa::suggest
