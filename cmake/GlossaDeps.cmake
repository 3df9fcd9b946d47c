# Header-only dependencies from Debian packages, usable from both targets.
# Natively they come through their CMake packages. Under em++ a directory of symlinks is put on the
# include path instead: -isystem /usr/include would pull host glibc headers into the wasm build.

set(GLOSSA_STAGED_INCLUDE ${CMAKE_BINARY_DIR}/staged-include)
file(MAKE_DIRECTORY ${GLOSSA_STAGED_INCLUDE})

function(glossa_stage_header name)
  if(NOT EXISTS /usr/include/${name})
    message(FATAL_ERROR "/usr/include/${name} not found: run ./build-wasm.sh setup")
  endif()
  if(NOT EXISTS ${GLOSSA_STAGED_INCLUDE}/${name})
    file(CREATE_LINK /usr/include/${name} ${GLOSSA_STAGED_INCLUDE}/${name} SYMBOLIC)
  endif()
endfunction()

add_library(glossa_json INTERFACE)
add_library(glossa_doctest INTERFACE)
add_library(glossa_xxhash INTERFACE)  # header-only use (XXH_INLINE_ALL)
if(EMSCRIPTEN)
  glossa_stage_header(nlohmann)
  glossa_stage_header(doctest)
  glossa_stage_header(xxhash.h)
  target_include_directories(glossa_json SYSTEM INTERFACE ${GLOSSA_STAGED_INCLUDE})
  target_include_directories(glossa_xxhash SYSTEM INTERFACE ${GLOSSA_STAGED_INCLUDE})
  target_include_directories(glossa_doctest SYSTEM INTERFACE ${GLOSSA_STAGED_INCLUDE})
  # stdout is a TTY inside emscripten's FS: colours would break doctest's test discovery.
  target_compile_definitions(glossa_doctest INTERFACE DOCTEST_CONFIG_COLORS_NONE)
  # doctest's CMake module (doctest_discover_tests) without its target, which adds -isystem /usr/include.
  list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/doctest)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(doctest REQUIRED)
  target_link_libraries(glossa_json INTERFACE nlohmann_json::nlohmann_json)
  target_link_libraries(glossa_doctest INTERFACE doctest::doctest)
  if(NOT EXISTS /usr/include/xxhash.h)
    message(FATAL_ERROR "/usr/include/xxhash.h not found: run ./build-wasm.sh setup")
  endif()
endif()

# Warnings for the project's own code (not for third-party sources).
add_library(glossa_warnings INTERFACE)
target_compile_options(glossa_warnings INTERFACE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wno-unused-parameter)
