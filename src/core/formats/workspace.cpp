#include "core/formats/workspace.h"

#include "core/formats/native.h"
#include "core/json/parse.h"

namespace glossa::formats {

std::string write_workspace(const std::vector<WorkspaceDocument>& docs, int current, const nlohmann::ordered_json& settings,
                            const std::vector<std::string>& kept) {
  // Each document is a bundle, written as a string: the same reader (and its checks) reads it back.
  nlohmann::ordered_json j = {{"format", "glossa-workspace"}, {"version", kWorkspaceVersion}, {"current", current}, {"settings", settings}};
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& d : docs) list.push_back(write_native(*d.article, *d.set, true));
  for (const auto& k : kept) list.push_back(k);
  j["documents"] = std::move(list);
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Workspace read_workspace(std::string_view bytes) {
  Workspace w;
  const json::Parsed p = json::parse(bytes);
  if (!p.ok) {
    w.error = "the saved workspace is damaged (invalid JSON at byte " + std::to_string(p.error_byte) + ")";
    return w;
  }
  const auto& j = p.value;
  if (!j.is_object() || !j.contains("format") || j["format"] != "glossa-workspace") {
    w.error = "not a Glossa workspace";
    return w;
  }
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != kWorkspaceVersion) {
    w.error = "the saved workspace has another version (a newer Glossa saved it?)";
    return w;
  }
  if (j.contains("settings") && j["settings"].is_object()) w.settings = j["settings"];
  if (j.contains("current") && j["current"].is_number_integer()) w.current = j["current"].get<int>();
  if (j.contains("documents") && j["documents"].is_array())
    for (const auto& d : j["documents"]) {
      if (!d.is_string()) {
        Loaded l;
        l.problems.push_back("a saved document is not a bundle");
        w.documents.push_back(std::move(l));
        w.raw.push_back(d.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        continue;
      }
      w.documents.push_back(read_native(d.get_ref<const std::string&>()));
      w.raw.push_back(d.get<std::string>());
    }
  return w;
}

}  // namespace glossa::formats
