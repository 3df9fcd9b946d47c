#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "test_util.h"

using nlohmann::json;
using namespace glossa;

namespace {
const std::string kSeed = test::corpus("seed/kazakhstan-csto-2022-01-10.txt");

std::string temp_path(const std::string& name) { return std::string(P_tmpdir) + "/glossa-cli-" + name; }

void write(const std::string& path, const std::string& bytes) {
  std::ostringstream err;
  REQUIRE(cli::write_file(path, bytes, err));
}

int convert(cli::ConvertArgs a, std::string& out, std::string& err) {
  std::ostringstream o, e;
  const int rc = cli::run_convert(a, o, e);
  out = o.str();
  err = e.str();
  return rc;
}
}  // namespace

TEST_CASE("glossa convert: an article to a bundle, the bundle to annotations only and to brat (.txt + .ann)") {
  std::string out, err;
  cli::ConvertArgs a;
  a.in = kSeed;
  a.to = "bundle";
  REQUIRE(convert(a, out, err) == 0);
  const json b = json::parse(out);
  CHECK(b["kind"] == "bundle");
  CHECK(b["article"]["title"].get<std::string>().rfind("Putin called the events in Kazakhstan", 0) == 0);
  const std::string bundle = temp_path("seed.glossa.json");
  write(bundle, out);

  a.in = bundle;
  a.to = "glossa";
  REQUIRE(convert(a, out, err) == 0);
  CHECK(json::parse(out)["kind"] == "annotations");
  CHECK(json::parse(out)["article"]["id"] == b["article"]["id"]);

  a.to = "brat";
  a.out = temp_path("seed-brat.ann");
  REQUIRE(convert(a, out, err) == 0);
  CHECK(test::read_file(temp_path("seed-brat.txt")) == b["article"]["text"].get<std::string>());
  CHECK(test::read_file(temp_path("seed-brat.ann")).empty());  // nothing annotated yet

  a.out.clear();
  a.to = "docx";
  CHECK(convert(a, out, err) == 2);
  CHECK(err.find("unknown output format \"docx\"") != std::string::npos);
}

TEST_CASE("glossa convert and validate: bad input gets a message naming the file and a non-zero exit, never a crash") {
  std::string out, err;
  cli::ConvertArgs a;
  a.to = "w3c";
  a.in = temp_path("missing.glossa.json");
  std::remove(a.in.c_str());
  CHECK(convert(a, out, err) == 1);
  CHECK(err.find(a.in + ": cannot read the file") != std::string::npos);

  const std::string truncated = temp_path("truncated.glossa.json");
  write(truncated, "{\"format\": \"glossa\", \"version\": 1, \"kind\": \"bundle\", \"article\": {\"text\": \"Hi");
  a.in = truncated;
  CHECK(convert(a, out, err) == 1);
  CHECK(err.find("truncated JSON") != std::string::npos);

  const std::string future = temp_path("future.glossa.json");
  write(future, R"({"format": "glossa", "version": 7, "kind": "annotations", "article": {"id": "0000000000000000", "length": 3}})");
  std::ostringstream vo, ve;
  CHECK(cli::run_validate({future, truncated}, {}, vo, ve) == 1);
  CHECK(vo.str().find(future + ": invalid glossa file: 1 problem\n  " + future + ": version: unsupported version 7") != std::string::npos);
  CHECK(vo.str().find(truncated + ": invalid bundle file") != std::string::npos);

  // A speaker link to a missing mention and an offset past the end, in an otherwise fine file.
  const std::string broken = temp_path("broken.glossa.json");
  write(broken, R"({"format": "glossa", "version": 1, "kind": "annotations", "article": {"id": "0000000000000000", "length": 10},
    "types": [], "entities": [], "mentions": [{"id": "m1", "begin": 2, "end": 40, "type": "PERSON", "entity": null}],
    "quotes": [{"id": "q1", "begin": 0, "end": 5, "kind": "direct", "cue": null, "speaker": "m9"}], "notes": []})");
  std::ostringstream bo, be;
  CHECK(cli::run_validate({broken}, {}, bo, be) == 1);
  CHECK(bo.str().find("mentions[0]: span 2..40 is outside the text (length 10)") != std::string::npos);
  CHECK(bo.str().find("quotes[0].speaker: m9 is not a mention in this file") != std::string::npos);

  // Annotations only, with no article to bind them to: said, with what to do.
  const std::string only = temp_path("only.glossa.json");
  a.in = kSeed;
  a.to = "glossa";
  REQUIRE(convert(a, out, err) == 0);
  write(only, out);
  std::ostringstream oo, oe;
  CHECK(cli::run_validate({only}, {}, oo, oe) == 1);
  CHECK(oo.str().find("give the article it belongs to with --article FILE") != std::string::npos);
  std::ostringstream ok, oke;
  cli::InputOptions with_article;
  with_article.article_path = kSeed;
  CHECK(cli::run_validate({only}, with_article, ok, oke) == 0);
  CHECK(ok.str().find(only + ": valid glossa file for article ") == 0);
}

TEST_CASE("glossa validate reads a brat .ann with its .txt, and refuses one that belongs to another text") {
  const std::string base = test::corpus("brat-examples/example-data/tutorials/news/000-introduction");
  std::ostringstream out, err;
  CHECK(cli::run_validate({base + ".ann"}, {}, out, err) == 0);
  CHECK(out.str().find("valid brat file for article") != std::string::npos);
  std::ostringstream out2, err2;
  cli::InputOptions other;
  other.article_path = kSeed;
  const std::string copy = temp_path("lonely.ann");
  write(copy, test::read_file(base + ".ann"));  // no .txt next to it: bound to --article, which is another text
  CHECK(cli::run_validate({copy}, other, out2, err2) == 1);
  CHECK(out2.str().find("the .ann was made for another text") != std::string::npos);
}
