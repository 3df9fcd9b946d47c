// `glossa`: the command-line tool over the same core as the web app (batch work on folders of articles).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "core/version.h"

int main(int argc, char** argv) {
  CLI::App app{"Glossa: annotate quotes, speakers and named entities in news articles.\n"
               "This tool runs the same core as the web app, for batch work on files."};
  app.name("glossa");
  app.set_version_flag("-V,--version", std::string("glossa ") + glossa::kVersion);
  app.require_subcommand(0, 1);
  app.footer("The web app: ./build-wasm.sh serve, then open the printed URL.");

  std::vector<std::string> parse_files;
  CLI::App* parse = app.add_subcommand("parse", "Read article files and print each article as one JSON object per line "
                                                "(JSON Lines): id, title, metadata with ISO dates, the normalized text, "
                                                "paragraph and sentence spans in code points.");
  parse->add_option("FILE", parse_files, "article files: .txt, .md, .html, .json, .jsonl (others are sniffed)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (*parse) return glossa::cli::run_parse(parse_files, std::cout, std::cerr);
  std::cout << app.help();
  return 0;
}
