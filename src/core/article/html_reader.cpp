#include "core/article/html_reader.h"

#include <cctype>
#include <map>

#include "core/text/utf8.h"

namespace glossa::article {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  bool self_closing = false;
  std::map<std::string, std::string> attrs;
};

// Parses the tag starting at html[i] == '<'; returns the index after '>' (or npos when unterminated).
std::size_t parse_tag(std::string_view h, std::size_t i, Tag& tag) {
  std::size_t p = i + 1;
  if (p < h.size() && h[p] == '/') {
    tag.closing = true;
    ++p;
  }
  const std::size_t ns = p;
  while (p < h.size() && (std::isalnum(static_cast<unsigned char>(h[p])) || h[p] == '-' || h[p] == ':')) ++p;
  tag.name = lower_ascii(h.substr(ns, p - ns));
  while (p < h.size() && h[p] != '>') {
    if (std::isspace(static_cast<unsigned char>(h[p])) || h[p] == '/') {
      if (h[p] == '/') tag.self_closing = true;
      ++p;
      continue;
    }
    const std::size_t as = p;
    while (p < h.size() && h[p] != '=' && h[p] != '>' && !std::isspace(static_cast<unsigned char>(h[p])) && h[p] != '/') ++p;
    std::string name = lower_ascii(h.substr(as, p - as));
    while (p < h.size() && std::isspace(static_cast<unsigned char>(h[p]))) ++p;
    std::string value;
    if (p < h.size() && h[p] == '=') {
      ++p;
      while (p < h.size() && std::isspace(static_cast<unsigned char>(h[p]))) ++p;
      if (p < h.size() && (h[p] == '"' || h[p] == '\'')) {
        const char q = h[p++];
        const std::size_t vs = p;
        while (p < h.size() && h[p] != q) ++p;
        value = decode_entities(h.substr(vs, p - vs));
        if (p < h.size()) ++p;
      } else {
        const std::size_t vs = p;
        while (p < h.size() && h[p] != '>' && !std::isspace(static_cast<unsigned char>(h[p]))) ++p;
        value = decode_entities(h.substr(vs, p - vs));
      }
    }
    if (!name.empty()) tag.attrs.emplace(std::move(name), std::move(value));
    if (p == as) ++p;  // never stall
  }
  return p < h.size() ? p + 1 : std::string_view::npos;
}

bool is_block(const std::string& n) {
  static const char* const blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                       "blockquote", "section", "article", "main", "table", "tr", "td", "th",
                                       "pre", "figcaption", "dd", "dt", "dl", "hr", "body", "header", "footer"};
  for (const char* b : blocks)
    if (n == b) return true;
  return false;
}

bool is_skipped(const std::string& n) {
  static const char* const skip[] = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside",
                                     "form", "button", "select", "iframe", "object", "head", "menu"};
  for (const char* s : skip)
    if (n == s) return true;
  return false;
}

// Collapses whitespace runs to one space (keeping '\n' from <br>) and trims.
std::string collapse(std::string_view s) {
  std::string o;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n' && i + 1 < s.size() && s[i + 1] == '\x01') {  // <br> marker
      while (!o.empty() && o.back() == ' ') o.pop_back();
      o += '\n';
      ++i;
      space = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !o.empty() && o.back() != '\n') o += ' ';
    space = false;
    o += c;
  }
  return o;
}

struct Extracted {
  std::string title_tag, h1;
  std::vector<std::string> paragraphs;
  std::vector<std::pair<std::string, std::string>> meta;  // key, value
};

void extract(std::string_view h, Extracted& ex, bool fragment) {
  std::string buf;
  int skip_depth = 0;
  std::string skip_name;
  bool in_title = false, in_h1 = false, seen_h1 = false;
  std::string h1_buf;
  const auto flush = [&] {
    std::string t = collapse(buf);
    buf.clear();
    if (t.empty()) return;
    ex.paragraphs.push_back(std::move(t));
  };
  for (std::size_t i = 0; i < h.size();) {
    if (h[i] == '<') {
      if (h.substr(i, 4) == "<!--") {
        const std::size_t e = h.find("-->", i + 4);
        i = e == std::string_view::npos ? h.size() : e + 3;
        continue;
      }
      if (i + 1 < h.size() && (h[i + 1] == '!' || h[i + 1] == '?')) {
        const std::size_t e = h.find('>', i);
        i = e == std::string_view::npos ? h.size() : e + 1;
        continue;
      }
      if (i + 1 < h.size() && !(std::isalpha(static_cast<unsigned char>(h[i + 1])) || h[i + 1] == '/')) {
        if (!skip_depth) buf += '<';
        ++i;
        continue;
      }
      Tag tag;
      const std::size_t next = parse_tag(h, i, tag);
      if (next == std::string_view::npos) break;
      i = next;
      if (skip_depth) {
        if (tag.name == skip_name) skip_depth += tag.closing ? -1 : (tag.self_closing ? 0 : 1);
        continue;
      }
      if (tag.name == "title" && !fragment) {
        in_title = !tag.closing;
        continue;
      }
      if (tag.name == "meta" && !fragment) {
        const std::string key = lower_ascii(tag.attrs.count("property") ? tag.attrs["property"] : tag.attrs["name"]);
        if (!key.empty() && tag.attrs.count("content")) ex.meta.emplace_back(key, tag.attrs["content"]);
        continue;
      }
      if (tag.name == "link" && lower_ascii(tag.attrs["rel"]) == "canonical") {
        ex.meta.emplace_back("canonical", tag.attrs["href"]);
        continue;
      }
      if (tag.name == "time" && !tag.closing && tag.attrs.count("datetime")) ex.meta.emplace_back("time", tag.attrs["datetime"]);
      if (is_skipped(tag.name) && !tag.closing && !tag.self_closing && !(tag.name == "head" && fragment)) {
        if (tag.name == "head") continue;  // <head> content is read through title/meta above
        skip_depth = 1;
        skip_name = tag.name;
        continue;
      }
      if (tag.name == "h1" && !seen_h1) {
        if (!tag.closing) {
          flush();
          in_h1 = true;
          h1_buf.clear();
        } else if (in_h1) {
          in_h1 = false;
          seen_h1 = true;
          ex.h1 = collapse(h1_buf);
          continue;
        }
      }
      if (tag.name == "br") {
        buf += "\n\x01";
      } else if (is_block(tag.name)) {
        flush();
      }
      continue;
    }
    const std::size_t lt = h.find('<', i);
    const std::size_t e = lt == std::string_view::npos ? h.size() : lt;
    if (!skip_depth) {
      const std::string t = decode_entities(h.substr(i, e - i));
      if (in_title) ex.title_tag += t;
      else if (in_h1) h1_buf += t;
      else buf += t;
    }
    i = e;
  }
  flush();
}

}  // namespace

bool looks_like_html(std::string_view s) {
  const std::string head = lower_ascii(s.substr(0, 2048));
  return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
         head.find("<p>") != std::string::npos || head.find("<p ") != std::string::npos ||
         head.find("<div") != std::string::npos || head.find("<br") != std::string::npos;
}

std::string decode_entities(std::string_view s) {
  static const std::map<std::string, char32_t> named = {
      {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
      {"nbsp", 0xA0},     {"ndash", 0x2013},   {"mdash", 0x2014},   {"hellip", 0x2026},  {"laquo", 0xAB},
      {"raquo", 0xBB},    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"lsquo", 0x2018},   {"rsquo", 0x2019},
      {"bdquo", 0x201E},  {"sbquo", 0x201A},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"copy", 0xA9},
      {"reg", 0xAE},      {"trade", 0x2122},   {"deg", 0xB0},       {"euro", 0x20AC},    {"pound", 0xA3},
      {"thinsp", 0x2009}, {"ensp", 0x2002},    {"emsp", 0x2003},    {"middot", 0xB7},    {"bull", 0x2022},
      {"sect", 0xA7},     {"numero", 0x2116},  {"times", 0xD7},     {"minus", 0x2212},   {"shy", 0xAD},
      {"eacute", 0xE9},   {"egrave", 0xE8},    {"aacute", 0xE1},    {"oacute", 0xF3},    {"uuml", 0xFC},
      {"ouml", 0xF6},     {"auml", 0xE4},      {"szlig", 0xDF},     {"ccedil", 0xE7},    {"ntilde", 0xF1}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += '&';
      continue;
    }
    const std::string_view ref = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (!ref.empty() && ref[0] == '#') {
      const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      const std::string digits(ref.substr(hex ? 2 : 1));
      // At most 7 digits: larger numbers are not code points (and stoul would overflow on wasm32).
      if (!digits.empty() && digits.size() <= 7 &&
          digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") == std::string::npos)
        cp = static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    } else if (auto it = named.find(std::string(ref)); it != named.end()) {
      cp = it->second;
    }
    if (!cp) {
      out += '&';
      continue;
    }
    if (cp != 0xAD) text::append_utf8(out, cp);  // soft hyphens only hide word breaks
    i = semi;
  }
  return out;
}

std::vector<std::string> html_paragraphs(std::string_view html) {
  Extracted ex;
  extract(html, ex, true);
  if (!ex.h1.empty()) ex.paragraphs.insert(ex.paragraphs.begin(), ex.h1);
  return ex.paragraphs;
}

Draft read_html(std::string_view html) {
  Draft d;
  d.format = "html";
  // Prefer the <article> element of a saved page; keep <head> for the title and metadata.
  const std::string lower = lower_ascii(html);
  std::string_view body = html;
  const std::size_t a0 = lower.find("<article");
  const std::size_t a1 = lower.rfind("</article>");
  Extracted head_ex;
  if (a0 != std::string::npos && a1 != std::string::npos && a1 > a0) {
    const std::size_t hb = lower.find("<body");
    extract(html.substr(0, hb == std::string::npos ? a0 : hb), head_ex, false);
    body = html.substr(a0, a1 + 10 - a0);
  }
  Extracted ex;
  extract(body, ex, false);
  ex.meta.insert(ex.meta.begin(), head_ex.meta.begin(), head_ex.meta.end());
  if (ex.title_tag.empty()) ex.title_tag = head_ex.title_tag;

  std::string og_title;
  for (const auto& [k, v] : ex.meta) {
    if (k == "og:title") og_title = v;
    else if (k == "article:published_time" || k == "datepublished" || k == "pubdate" || k == "date") d.add_meta("published", v);
    else if (k == "article:modified_time" || k == "datemodified" || k == "og:updated_time") d.add_meta("modified", v);
    else if (k == "author" || k == "article:author") d.add_meta("author", v);
    else if (k == "og:url" || k == "canonical") d.add_meta("url", v);
    else if (k == "og:site_name") d.add_meta("site", v);
    else if (k == "time") d.add_meta("date", v);
  }
  d.title = collapse(!ex.h1.empty() ? ex.h1 : !og_title.empty() ? og_title : ex.title_tag);
  if (d.title.empty() && !ex.paragraphs.empty() && ex.paragraphs.size() > 1 && ex.paragraphs[0].size() < 200) {
    d.title = ex.paragraphs[0];
    ex.paragraphs.erase(ex.paragraphs.begin());
  }
  for (auto& p : ex.paragraphs)
    if (p != d.title) d.paragraphs.push_back(std::move(p));
  return d;
}

}  // namespace glossa::article
