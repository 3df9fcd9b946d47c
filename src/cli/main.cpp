// `glossa`: the command-line tool over the same core as the web app (batch work on folders of articles).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "core/formats/registry.h"
#include "core/version.h"

namespace {
// --article and --reanchor, shared by the commands that read annotation files.
void add_input_options(CLI::App* cmd, glossa::cli::InputOptions& in) {
  cmd->add_option("--article", in.article_path,
                  "the article that annotation-only files (Glossa annotations, W3C, a brat .ann without its .txt) belong to");
  cmd->add_flag("--reanchor", in.reanchor,
                "annotations made for a slightly different text: find each again by its text and context instead of refusing");
}
}  // namespace

int main(int argc, char** argv) {
  using namespace glossa;
  CLI::App app{"Glossa: annotate quotes, speakers and named entities in news articles.\n"
               "This tool runs the same core as the web app, for batch work on files and folders of them."};
  app.name("glossa");
  app.set_version_flag("-V,--version", std::string("glossa ") + kVersion);
  app.require_subcommand(0, 1);
  app.footer("Formats: " + formats::format_names(false) + " (read); " + formats::format_names(true) +
             " (write). Articles: .txt, .md, .html, .json, .jsonl.\nThe web app: ./build-wasm.sh serve, then open the printed URL.");

  std::vector<std::string> parse_files;
  CLI::App* parse = app.add_subcommand("parse", "Read article files and print each article as one JSON object per line "
                                                "(JSON Lines): id, title, metadata with ISO dates, the normalized text, "
                                                "paragraph and sentence spans in code points.");
  parse->add_option("FILE", parse_files, "article files (.txt, .md, .html, .json, .jsonl; others are sniffed), or folders of them")->required();

  std::vector<std::string> suggest_files;
  CLI::App* suggest = app.add_subcommand("suggest", "Suggest quotes (direct, indirect, mixed) with their cue and speaker, and "
                                                    "the named entities they need: one JSON object per article per line, "
                                                    "code point offsets into the text `glossa parse` prints.");
  suggest->add_option("FILE", suggest_files, "article files (.txt, .md, .html, .json, .jsonl; others are sniffed), or folders of them")->required();

  cli::ConvertArgs conv;
  CLI::App* convert = app.add_subcommand("convert", "Convert an article or an annotation file to another format.");
  convert->add_option("IN", conv.in, "an article, a Glossa file, W3C JSON-LD, a brat .ann (its .txt next to it), ...")->required();
  convert->add_option("--to", conv.to, "output format: " + formats::format_names(true))->required();
  convert->add_option("-o,--output", conv.out, "output file (brat: OUT.ann and OUT.txt); standard output when omitted");
  convert->add_option("--record", conv.record, "which article of a file that holds several (1 = the first)");
  add_input_options(convert, conv.input);

  std::vector<std::string> validate_files;
  cli::InputOptions validate_in;
  CLI::App* validate = app.add_subcommand("validate", "Check annotation files (and article files): say what is wrong and where.");
  validate->add_option("FILE", validate_files, "files to check")->required();
  add_input_options(validate, validate_in);

  cli::MergeArgs merge_args;
  CLI::App* merge = app.add_subcommand("merge", "Merge two annotation files of the same article; list where they disagree.");
  merge->add_option("A", merge_args.a, "the first file (its annotations keep their ids)")->required();
  merge->add_option("B", merge_args.b, "the second file")->required();
  merge->add_option("-o,--output", merge_args.out, "the merged file")->required();
  merge->add_option("--to", merge_args.to, "its format (default: bundle)");
  merge->add_option("--prefer", merge_args.prefer, "settle every conflict with a's version (default), b's, or keep both");
  add_input_options(merge, merge_args.input);

  cli::AgreeArgs agree_args;
  CLI::App* agree = app.add_subcommand("agree", "How far two annotators agree on an article: per type precision, recall and "
                                                "F1 (exact and overlapping spans), Cohen's kappa on tokens, quote speakers.");
  agree->add_option("A", agree_args.a, "the reference annotations")->required();
  agree->add_option("B", agree_args.b, "the annotations scored against A")->required();
  agree->add_flag("--json", agree_args.json, "JSON for machines instead of the table");
  add_input_options(agree, agree_args.input);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (*parse) return cli::run_parse(parse_files, std::cout, std::cerr);
  if (*suggest) return cli::run_suggest(suggest_files, std::cout, std::cerr);
  if (*convert) return cli::run_convert(conv, std::cout, std::cerr);
  if (*validate) return cli::run_validate(validate_files, validate_in, std::cout, std::cerr);
  if (*merge) return cli::run_merge(merge_args, std::cout, std::cerr);
  if (*agree) return cli::run_agree(agree_args, std::cout, std::cerr);
  std::cout << app.help();
  return 0;
}
