#include "core/compare/conflict.h"

#include <algorithm>

namespace glossa::compare {

const char* to_string(ConflictKind k) {
  switch (k) {
    case ConflictKind::Type: return "type";
    case ConflictKind::Boundary: return "boundary";
    case ConflictKind::Speaker: return "speaker";
    case ConflictKind::Kind: return "kind";
    case ConflictKind::Cue: return "cue";
  }
  return "type";
}

const char* to_string(Choice c) {
  switch (c) {
    case Choice::TakeA: return "take a";
    case Choice::TakeB: return "take b";
    case Choice::KeepBoth: return "keep both";
  }
  return "take a";
}

bool Conflict::has(ConflictKind k) const { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); }

}  // namespace glossa::compare
