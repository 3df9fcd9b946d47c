# Writes SITE/build-stamp.js: `self.GLOSSA_BUILD = '<hash>'`, a SHA-256 of every other file of the assembled
# site (names and contents). The service worker (shell/sw.js) imports it and names its cache after it, so a
# build that changes any file of the app gets a new cache, and the old one is deleted when it takes over.
# The same files give the same stamp. Run by the build (glossa_site):
#   cmake -DSITE=<site dir> -P cmake/SiteBuildStamp.cmake
if(NOT SITE OR NOT IS_DIRECTORY "${SITE}")
  message(FATAL_ERROR "SiteBuildStamp: SITE (the assembled site) is not a directory: '${SITE}'")
endif()

file(GLOB files RELATIVE "${SITE}" "${SITE}/*")
list(REMOVE_ITEM files build-stamp.js)
list(SORT files)
set(manifest "")
foreach(name IN LISTS files)
  if(NOT IS_DIRECTORY "${SITE}/${name}")
    file(SHA256 "${SITE}/${name}" hash)
    string(APPEND manifest "${name} ${hash}\n")
  endif()
endforeach()
string(SHA256 build "${manifest}")
string(SUBSTRING "${build}" 0 16 build)

set(stamp "// Written by the build (cmake/SiteBuildStamp.cmake): a hash of the site's files, naming the offline cache.\n")
string(APPEND stamp "self.GLOSSA_BUILD = '${build}';\n")
file(WRITE "${SITE}/build-stamp.js" "${stamp}")
