// Writes the seed corpora of the fuzz targets at run time (nothing of the corpus is committed):
//   fuzz_seedgen CORPUS_DIR PROJECT_DIR OUT_DIR
// OUT_DIR/<target>/ gets a handful of files per format: corpus files as they are (text, brat, W3C samples),
// articles wrapped as Markdown/HTML/JSON/JSONL, and every annotation format written by Glossa itself for
// the fuzzers' open article (targets.h) and for a few PolNeAR documents (made for another text).
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotate/editor.h"
#include "targets.h"

namespace {

using glossa::formats::Loaded;

std::string g_out;
int g_written = 0;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files in dir ending with suffix, smallest first (small seeds fuzz faster), at most n.
std::vector<std::string> smallest(const std::string& dir, const std::string& suffix, std::size_t n) {
  std::vector<std::pair<long, std::string>> found;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
      struct stat st {};
      if (stat((dir + "/" + name).c_str(), &st) == 0 && S_ISREG(st.st_mode)) found.emplace_back(st.st_size, dir + "/" + name);
    }
    closedir(d);
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && i < n; ++i) out.push_back(found[i].second);
  return out;
}

void put(const std::string& target, const std::string& name, const std::string& bytes) {
  const std::string dir = g_out + "/" + target;
  mkdir(g_out.c_str(), 0755);
  mkdir(dir.c_str(), 0755);
  std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
  ++g_written;
}

std::string base(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The first paragraphs of a text, at most about limit bytes (cut at a blank line).
std::string head(const std::string& text, std::size_t limit = 3000) {
  if (text.size() <= limit) return text;
  const std::size_t cut = text.rfind("\n\n", limit);
  return text.substr(0, cut == std::string::npos || cut == 0 ? limit : cut);
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t e = text.find("\n\n", i);
    if (e == std::string::npos) e = text.size();
    std::string p = text.substr(i, e - i);
    if (!p.empty() && p.find_first_not_of(" \n\t") != std::string::npos) out.push_back(p);
    i = e + 2;
  }
  return out;
}

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: fuzz_seedgen CORPUS_DIR PROJECT_DIR OUT_DIR\n";
    return 2;
  }
  const std::string corpus = argv[1], project = argv[2];
  g_out = argv[3];
  namespace fz = glossa::fuzz;
  namespace fm = glossa::formats;

  // Plain texts: the seed article, the project's sample and fixtures, a few PolNeAR and brat texts.
  std::vector<std::string> texts;
  for (const std::string& p : {corpus + "/seed/kazakhstan-csto-2022-01-10.txt"}) texts.push_back(p);
  for (const auto& p : smallest(project + "/web/samples", ".txt", 2)) texts.push_back(p);
  for (const auto& p : smallest(project + "/tests/e2e/fixtures", ".txt", 3)) texts.push_back(p);
  for (const auto& p : smallest(corpus + "/polnear/data/dev/text", ".txt", 3)) texts.push_back(p);
  for (const auto& t : texts) put("article_txt", base(t), head(read_file(t)));
  put("article_txt", "target.txt", std::string(fz::kTargetText));
  // Suggestions: the same texts, and news paragraphs thick with quotes, cues and names.
  for (const auto& t : texts) put("suggest", base(t), head(read_file(t)));
  put("suggest", "target.txt", std::string(fz::kTargetText));
  put("suggest", "speech.txt",
      "Leaders meet\n\n\u201cAlabama is proud!\u201d US Senator Jeff Sessions said as he left. \u201cWe will see,\u201d said "
      "Peskov, \u201cwhat they propose.\u201d\n\nLavrov\u2019s deputy, Sergei Ryabkov, was cautious: \u201cNo breakthrough.\u201d "
      "According to HuffPo: \u201cIt is over.\u201d\n\n\u201cIs it true?\u201d asked Mr. Manafort, referring to it. Spicer "
      "said, adding, \u201cThey need to talk.\u201d The council condemned what it called \u201ca clear threat.\u201d\n\n"
      "\u00abМы готовы\u00bb, \u2014 заявил Дмитрий Песков. \u201eWir schaffen das\u201c, sagte Angela Merkel. "
      "\u201cUnbalanced, she said.\n");

  // Markdown: the corpus READMEs, and the texts with a heading and front matter.
  for (const auto& p : smallest(corpus + "/polnear", ".md", 1)) put("article_md", "polnear-" + base(p), head(read_file(p)));
  for (const auto& p : smallest(corpus + "/w3c-web-annotation-tests", ".md", 1)) put("article_md", "w3c-" + base(p), head(read_file(p)));
  // HTML, JSON and JSON Lines: the fixtures, and the texts wrapped in each.
  for (const auto& p : smallest(project + "/tests/e2e/fixtures", ".html", 2)) put("article_html", base(p), head(read_file(p), 6000));
  for (const auto& p : smallest(project + "/tests/e2e/fixtures", ".jsonl", 2)) put("article_jsonl", base(p), head(read_file(p), 6000));
  std::string jsonl;
  int k = 0;
  for (const auto& t : texts) {
    if (t.find("invalid") != std::string::npos) continue;
    const std::vector<std::string> ps = paragraphs(head(read_file(t)));
    if (ps.empty()) continue;
    const std::string name = std::to_string(++k);
    std::string md = "---\ntitle: " + ps[0] + "\ndate: 2022-01-10\nauthor: Glossa\n---\n\n# " + ps[0] + "\n\n";
    std::string html = "<!doctype html><html><head><title>" + html_escape(ps[0]) +
                       "</title><meta property=\"article:published_time\" content=\"2022-01-10T09:00:00Z\"></head>"
                       "<body><nav>Menu</nav><article><h1>" + html_escape(ps[0]) + "</h1>\n";
    std::string body;
    for (std::size_t i = 1; i < ps.size(); ++i) {
      md += (i % 3 == 0 ? "> " : i % 4 == 0 ? "- " : "") + ps[i] + (i % 2 ? " *emphasis* [a link](http://x/)" : "") + "\n\n";
      html += "<p>" + html_escape(ps[i]) + (i % 2 ? "<br>&amp; &#8220;more&#8221;" : "") + "</p>\n";
      body += (body.empty() ? "" : "\n\n") + ps[i];
    }
    html += "</article><footer>(c)</footer><script>var x = '<p>';</script></body></html>\n";
    put("article_md", "text" + name + ".md", md);
    put("article_html", "text" + name + ".html", html);
    nlohmann::ordered_json j = {{"title", ps[0]}, {"date", "2022-01-10"}, {"author", "Glossa"}, {"url", "http://example.org/" + name}, {"text", body}};
    put("article_json", "text" + name + ".json", j.dump(2));
    if (k == 2) put("article_json", "array.json", nlohmann::ordered_json{{"articles", {j, {{"headline", "H"}, {"articleBody", "<p>B</p>"}}}}}.dump());
    jsonl += j.dump() + "\n";
    if (k == 3) put("article_jsonl", "texts.jsonl", jsonl + "not json\n");
  }
  for (const auto& p : smallest(corpus + "/w3c-web-annotation-tests/annotations", ".json", 1)) put("article_json", "w3c-" + base(p), read_file(p));

  // Documents: the open article with its annotations, and a few PolNeAR documents (another text).
  const Loaded& target = fz::target_document();
  if (!target.ok() || !target.article) {
    std::cerr << "the fuzzers' target article does not load: " << target.error() << "\n";
    return 1;
  }
  std::vector<std::pair<std::string, Loaded>> docs;
  docs.emplace_back("target", target);
  for (const auto& ann : smallest(corpus + "/polnear/data/dev/attributions", ".ann", 3)) {
    const std::string txt = corpus + "/polnear/data/dev/text/" + base(ann).substr(0, base(ann).rfind('_')) + ".txt";  // "<name>_<annotator>.ann"
    const std::string a = read_file(ann), t = read_file(txt);
    put("brat_pair", base(ann) + ".pair", t + std::string(1, '\0') + a);
    put("brat", base(ann), a);
    std::vector<Loaded> l = fm::load_documents(a, base(ann), {}, std::string_view(t));
    if (!l.empty() && l[0].ok() && l[0].article) docs.emplace_back("polnear" + std::to_string(docs.size()), std::move(l[0]));
  }
  for (const auto& dir : {"/brat-examples/example-data/tutorials/bio", "/brat-examples/example-data/tutorials/news"}) {
    for (const auto& ann : smallest(corpus + dir, ".ann", 2)) {
      const std::string txt = ann.substr(0, ann.size() - 4) + ".txt";
      put("brat_pair", base(ann) + ".pair", read_file(txt) + std::string(1, '\0') + read_file(ann));
      put("brat", base(ann), read_file(ann));
    }
  }
  for (const auto& p : smallest(corpus + "/w3c-web-annotation-tests/annotations", ".json", 6)) put("w3c", base(p), read_file(p));
  for (const auto& p : smallest(corpus + "/w3c-web-annotation-tests/collections", ".json", 2)) put("w3c", "collection-" + base(p), read_file(p));

  for (const auto& doc : docs) {
    const std::string& name = doc.first;
    const Loaded& d = doc.second;
    const auto write = [&](const std::string& format, const std::string& target_dir, std::size_t file = 0) {
      fm::Exported e = fm::export_document(format, *d.article, d.set);
      if (e.ok() && e.files.size() > file) put(target_dir, name + "." + format, e.files[file].content);
    };
    write("bundle", "native");
    write("glossa", "native");
    write("w3c", "w3c");
    write("label-studio", "label_studio");
    write("brat", "brat", 1);
    fm::Exported b = fm::export_document("brat", *d.article, d.set);
    if (b.ok() && b.files.size() == 2) put("brat_pair", name + ".glossa.pair", b.files[0].content + std::string(1, '\0') + b.files[1].content);
  }

  // Workspaces: the documents with settings and, for the open article, an undo/redo history.
  glossa::annotate::AnnotationSet edited = target.set;
  glossa::annotate::Editor editor(edited, [] { return std::string("2024-01-01T00:00:00Z"); });
  editor.add_mention({0, 7}, "PERSON");
  editor.add_mention({15, 21}, "LOC");
  editor.undo();
  std::vector<fm::WorkspaceDocument> ws;
  for (const auto& doc : docs) ws.push_back({&*doc.second.article, &doc.second.set, nullptr});
  const nlohmann::ordered_json settings = {{"theme", "dark"}, {"text_size", 16}, {"panels", {{"entities", true}}}};
  put("workspace", "all.json", fm::write_workspace(ws, 1, settings));
  put("workspace", "history.json", fm::write_workspace({{&*target.article, &edited, &editor}}, 0, settings));
  put("workspace", "kept.json", fm::write_workspace({ws[0]}, 0, settings, {fm::export_document("bundle", *docs.back().second.article, docs.back().second.set).files[0].content}));

  // The offset index: texts in several scripts.
  put("offset_index", "target.txt", std::string(fz::kTargetText));
  put("offset_index", "ascii.txt", "plain ASCII text\n");
  put("offset_index", "mixed.txt", "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80z\xD0\x96\xE4\xB8\xAD\xF4\x8F\xBF\xBF");
  for (const auto& t : texts) put("offset_index", base(t), head(read_file(t), 1500));

  // JSON beside nlohmann: Glossa's files, and the corners of the grammar.
  for (const auto& doc : docs) put("json_tree", doc.first + ".bundle", fm::export_document("bundle", *doc.second.article, doc.second.set).files[0].content);
  put("json_tree", "workspace.json", fm::write_workspace(ws, 1, settings));
  int corner = 0;
  for (const char* j : {"{\"a\":[1,-2,3.5e-7,true,false,null,{},[]],\"a\":\"\\ud83d\\ude00\\u00e9\\n\"}", "-0", "18446744073709551616",
                        "-9223372036854775809", "1e308", "\xEF\xBB\xBF[\"\xE2\x80\x9C\xF0\x9F\x98\x80\"]", "[[[[[[]]]]]]"})
    put("json_tree", "corner" + std::to_string(++corner) + ".json", j);

  std::cout << "fuzz_seedgen: wrote " << g_written << " seed files to " << g_out << "\n";
  return 0;
}
