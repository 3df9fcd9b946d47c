#!/usr/bin/env bash
# Glossa set-up: everything a fresh Debian 12 machine needs to build, serve and test the app.
# Idempotent: each step checks first and prints what it does; a second run takes seconds.
# Sourced by build-wasm.sh (functions only); run directly with `scripts/setup.sh [--with-browser]`.
set -euo pipefail

GLOSSA_ROOT=${GLOSSA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# Outside the work tree so that clean clones reuse the slow parts (SDL2 for wasm takes ~6 min).
GLOSSA_CACHE=${GLOSSA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/glossa}

# Pinned source packages (Debian): SDL2 from bookworm, Dear ImGui 1.90.1 from trixie (source only).
SDL2_SRC_PKG="libsdl2/bookworm"
IMGUI_SRC_PKG="imgui=1.90.1+ds-1"
IMGUI_VERSION="1.90.1"

# Build and test needs. chromium is only needed by the browser tests.
BASE_PACKAGES=(cmake make g++ dpkg-dev emscripten nlohmann-json3-dev doctest-dev libcli11-dev libxxhash-dev fonts-dejavu-core iso-codes)
BROWSER_PACKAGES=(chromium)
# ./build-wasm.sh fuzz only: clang with libFuzzer's runtime.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

_apt_updated=0
apt_update_once() {
  if [ "$_apt_updated" = 0 ]; then
    step "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || die "apt-get update failed: check the network and /etc/apt/sources.list.d"
    _apt_updated=1
  fi
}

ensure_packages() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  # node and npm: any node >= 18 on PATH will do (Debian's nodejs comes with emscripten).
  if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_update_once
  step "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed"
}

# A deb-src entry for bookworm and trixie using the same mirror and keyring as the machine's own deb entry.
ensure_deb_src() {
  local f=/etc/apt/sources.list.d/glossa-deb-src.sources
  [ -f "$f" ] && return 0
  local uri="" keyring=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^(https?|file|mirror):/) {print $i; exit} }' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || die "no Debian 'deb' entry found in /etc/apt/sources.list(.d): add one, then re-run"
  [ -n "$keyring" ] || keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  step "adding deb-src entry ($uri, bookworm + trixie) in $f"
  as_root tee "$f" >/dev/null <<SRC
# Added by Glossa's set-up: source packages only (SDL2 and Dear ImGui are built from them).
Types: deb-src
URIs: $uri
Suites: bookworm trixie
Components: main
Signed-By: $keyring
SRC
  _apt_updated=0
  apt_update_once
}

# Unpack a Debian source package into $GLOSSA_CACHE/src/<name>/ (once).
fetch_source() {
  local spec=$1 dest=$2
  [ -f "$dest/.unpacked" ] && return 0
  ensure_deb_src
  local work="$dest.tmp"
  rm -rf "$work" "$dest"; mkdir -p "$work"
  step "fetching Debian source package $spec"
  (cd "$work" && apt-get source -q "$spec" >apt-source.log 2>&1) || {
    apt_update_once
    (cd "$work" && apt-get source -q "$spec" >apt-source.log 2>&1) || { cat "$work/apt-source.log" >&2; die "apt-get source $spec failed"; }
  }
  local dir
  dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [ -n "$dir" ] || die "apt-get source $spec unpacked nothing (see $work/apt-source.log)"
  mv "$dir" "$dest"
  touch "$dest/.unpacked"
  rm -rf "$work"
}

imgui_dir() { echo "$GLOSSA_CACHE/src/imgui-$IMGUI_VERSION"; }
sdl2_src_dir() { echo "$GLOSSA_CACHE/src/libsdl2-bookworm"; }
sdl2_wasm_prefix() { echo "$GLOSSA_CACHE/sdl2-wasm"; }

ensure_imgui() {
  fetch_source "$IMGUI_SRC_PKG" "$(imgui_dir)"
  [ -f "$(imgui_dir)/imgui.h" ] || die "$(imgui_dir) has no imgui.h"
  grep -q "IMGUI_VERSION  *\"$IMGUI_VERSION\"" "$(imgui_dir)/imgui.h" || die "$(imgui_dir) is not Dear ImGui $IMGUI_VERSION"
}

ensure_sdl2_wasm() {
  local prefix; prefix=$(sdl2_wasm_prefix)
  [ -f "$prefix/.built" ] && return 0
  fetch_source "$SDL2_SRC_PKG" "$(sdl2_src_dir)"
  step "building SDL2 for wasm into $prefix (once; ~6 minutes on 2 cores)"
  local b="$GLOSSA_CACHE/build/sdl2-wasm"
  rm -rf "$b" "$prefix"; mkdir -p "$b"
  (
    cd "$b"
    emcmake cmake "$(sdl2_src_dir)" -DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
      -DCMAKE_INSTALL_PREFIX="$prefix" >configure.log 2>&1 || { tail -n 40 configure.log; exit 1; }
    cmake --build . -j"$(nproc)" >build.log 2>&1 || { tail -n 40 build.log; exit 1; }
    cmake --install . >install.log 2>&1 || { tail -n 40 install.log; exit 1; }
  ) || die "SDL2 wasm build failed (logs in $b)"
  [ -f "$prefix/lib/cmake/SDL2/SDL2Config.cmake" ] || die "SDL2 wasm install has no SDL2Config.cmake"
  touch "$prefix/.built"
  rm -rf "$b"
}

ensure_npm_packages() {
  local stamp="$GLOSSA_ROOT/node_modules/.glossa-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$GLOSSA_ROOT/package-lock.json"; then return 0; fi
  step "installing npm packages (npm ci: playwright-core, ajv)"
  (cd "$GLOSSA_ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  cp "$GLOSSA_ROOT/package-lock.json" "$stamp"
}

# Debian's emcc needs node to find acorn etc. under /usr/share/nodejs.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

setup_all() {
  local with_browser=${1:-0}
  [ -f /etc/debian_version ] || die "this set-up expects Debian 12 (apt-get)"
  if [ "$with_browser" = 1 ]; then ensure_packages "${BASE_PACKAGES[@]}" "${BROWSER_PACKAGES[@]}"
  else ensure_packages "${BASE_PACKAGES[@]}"; fi
  ensure_imgui
  ensure_sdl2_wasm
  if [ "$with_browser" = 1 ]; then ensure_npm_packages; fi
  step "ready (cache: $GLOSSA_CACHE)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_all "$([ "${1:-}" = --with-browser ] && echo 1 || echo 0)"
fi
