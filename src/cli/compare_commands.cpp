// glossa merge A B -o C and glossa agree A B: two people's annotations of the same article.
#include <iostream>

#include "cli/commands.h"
#include "cli/documents.h"
#include "core/compare/agreement.h"
#include "core/compare/agreement_report.h"
#include "core/compare/merge.h"
#include "core/formats/registry.h"

namespace glossa::cli {

namespace {

// Loads both files as one document each, bound to the same article; false (said on err) otherwise.
bool load_pair(const std::string& a_path, const std::string& b_path, DocumentLoader& loader, formats::Loaded& a,
               formats::Loaded& b, std::ostream& err) {
  if (!loader.prepare(err)) return false;
  const auto one = [&](const std::string& path, formats::Loaded& into) {
    auto file = loader.load(path, err);
    if (!file) return false;
    if (file->docs.size() != 1) {
      err << "glossa: " << path << " holds " << file->docs.size() << " articles; compare files of one article\n";
      return false;
    }
    into = std::move(file->docs[0]);
    for (const auto& w : into.warnings) err << "glossa: warning: " << w << "\n";
    if (!into.ok()) {
      err << "glossa: " << into.error() << "\n";
      if (!into.article && !loader.article() && file->kind != "bundle" && file->kind != "article")
        err << "glossa: hint: " << path << " holds annotations only: give the article it belongs to with --article FILE\n";
      return false;
    }
    return true;
  };
  return one(a_path, a) && one(b_path, b);
}

}  // namespace

int run_merge(const MergeArgs& m, std::ostream& out, std::ostream& err) {
  const formats::FormatInfo* fmt = formats::find_format(m.to);
  if (!fmt || !fmt->writes) {
    err << "glossa: unknown output format \"" << m.to << "\" (formats: " << formats::format_names(true) << ")\n";
    return 2;
  }
  compare::Choice choice = compare::Choice::TakeA;
  if (m.prefer == "b") choice = compare::Choice::TakeB;
  else if (m.prefer == "both") choice = compare::Choice::KeepBoth;
  else if (m.prefer != "a") {
    err << "glossa: --prefer takes a, b or both, not \"" << m.prefer << "\"\n";
    return 2;
  }
  DocumentLoader loader(m.input);
  formats::Loaded a, b;
  if (!load_pair(m.a, m.b, loader, a, b, err)) return 1;
  const article::Article* art = article_of(a, loader);
  compare::MergeOptions opts;
  opts.article = art;
  opts.choice = choice;
  const compare::MergeResult r = compare::merge(a.set, b.set, opts);
  if (!r.ok()) {
    err << "glossa: cannot merge " << m.a << " and " << m.b << ": " << r.error << "\n";
    return 1;
  }
  const formats::Exported e = formats::export_document(m.to, *art, r.set);
  for (const auto& w : e.warnings) err << "glossa: warning: " << w << "\n";
  const std::string base = formats::base_name(m.out);
  for (const auto& f : e.files)
    if (!write_file(e.files.size() == 1 ? m.out : base + f.suffix, f.content, err)) return 1;
  out << "merged " << m.a << " and " << m.b << " into " << m.out << ": " << counts(r.set) << "\n";
  out << r.conflicts.size() << (r.conflicts.size() == 1 ? " conflict" : " conflicts") << (r.conflicts.empty() ? "" : ":") << "\n";
  for (std::size_t i = 0; i < r.conflicts.size(); ++i)
    out << "  " << r.conflicts[i].description << " -> " << compare::to_string(r.choices[i]) << "\n";
  for (const auto& remark : r.remarks) out << "note: " << remark << "\n";
  out.flush();
  return 0;
}

int run_agree(const AgreeArgs& g, std::ostream& out, std::ostream& err) {
  DocumentLoader loader(g.input);
  formats::Loaded a, b;
  if (!load_pair(g.a, g.b, loader, a, b, err)) return 1;
  const compare::Agreement ag = compare::agree(*article_of(a, loader), a.set, b.set);
  if (!ag.ok()) {
    err << "glossa: cannot compare " << g.a << " and " << g.b << ": " << ag.error << "\n";
    return 1;
  }
  if (g.json) {
    out << compare::agreement_json(ag).dump(1) << "\n";
  } else {
    out << "a: " << g.a << " (the reference)\nb: " << g.b << "\n\n" << compare::agreement_table(ag);
  }
  out.flush();
  return 0;
}

}  // namespace glossa::cli
