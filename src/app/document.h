#pragma once
// One open article and the view state that belongs to it (kept when switching documents).
#include <string>

#include "core/article/article.h"

namespace glossa::app {

struct Document {
  article::Article article;
  float scroll_y = 0.0f;
};

}  // namespace glossa::app
