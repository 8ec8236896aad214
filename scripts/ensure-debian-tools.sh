#!/usr/bin/env bash
# Make sure some commands the tests drive are installed, from Debian's packages:
#   ensure-debian-tools.sh NAME "COMMAND…" "PACKAGE…" "WHICH TESTS"
# Installs the packages with apt-get when a command is missing and that is
# possible (CI runs as root on a clean machine). Says what it does. Exit 0 when
# every command is there (or was installed). When they cannot be installed: on
# CI (CI=true) that is an error (exit 1); elsewhere a loud warning, exit 0, and
# those tests skip saying why.
set -u
name=$1
read -r -a commands <<<"$2"
packages=$3
tests=$4

have() {
  local c
  for c in "${commands[@]}"; do command -v "$c" >/dev/null 2>&1 || return 1; done
}

if have; then
  echo "$name: ${commands[*]} installed"
  exit 0
fi

cannot() {
  echo "$name: WARNING: ${commands[*]} not installed and could not be installed: $1" >&2
  echo "$name: WARNING: $tests will be SKIPPED." >&2
  echo "$name: install them (Debian/Ubuntu: apt-get install $packages) to run them." >&2
  if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then exit 1; fi
  exit 0
}

command -v apt-get >/dev/null 2>&1 || cannot "apt-get is not available on this machine"

run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run_as_root=(sudo -n)
  else
    cannot "installing needs root (run: sudo apt-get install $packages)"
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "$name: running: ${run_as_root[*]:+${run_as_root[*]} }apt-get update"
"${run_as_root[@]}" apt-get update -qq || cannot "apt-get update failed"
echo "$name: running: ${run_as_root[*]:+${run_as_root[*]} }apt-get install -y --no-install-recommends $packages"
# shellcheck disable=SC2086 # the package list is meant to split
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends $packages || cannot "apt-get install $packages failed"

if have; then
  echo "$name: installed $packages"
  exit 0
fi
cannot "apt-get finished but a command is still not on the PATH"
