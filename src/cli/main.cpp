// `glossa`: the command-line tool over the same core as the web app (batch work on folders of articles).
#include <CLI/CLI.hpp>
#include <iostream>

#include "core/version.h"

int main(int argc, char** argv) {
  CLI::App app{"Glossa: annotate quotes, speakers and named entities in news articles.\n"
               "This tool runs the same core as the web app, for batch work on files."};
  app.name("glossa");
  app.set_version_flag("-V,--version", std::string("glossa ") + glossa::kVersion);
  app.require_subcommand(0, 1);
  app.footer("The web app: ./build-wasm.sh serve, then open the printed URL.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (argc == 1) {
    std::cout << app.help();
    return 0;
  }
  return 0;
}
