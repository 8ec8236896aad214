#!/usr/bin/env bash
# Make sure tmux is installed: the interview's end-to-end tests drive the built
# binary in a real terminal with it. Installs it from Debian's packages with
# apt-get when it is missing and that is possible (CI runs as root on a clean
# machine). Says what it does. Exit 0 when tmux is there (or was installed).
# When it cannot be installed: on CI (CI=true) that is an error (exit 1);
# elsewhere a loud warning, exit 0, and those tests skip saying why.
set -u

if command -v tmux >/dev/null 2>&1; then
  echo "ensure-tmux: tmux is installed ($(tmux -V))"
  exit 0
fi

cannot() {
  echo "ensure-tmux: WARNING: tmux is not installed and could not be installed: $1" >&2
  echo "ensure-tmux: WARNING: the interview's terminal tests (test/interview/terminal.e2e.test.ts) will be SKIPPED." >&2
  echo "ensure-tmux: install tmux (Debian/Ubuntu: apt-get install tmux; macOS: brew install tmux) to run them." >&2
  if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then exit 1; fi
  exit 0
}

command -v apt-get >/dev/null 2>&1 || cannot "apt-get is not available on this machine"

run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run_as_root=(sudo -n)
  else
    cannot "installing needs root (run: sudo apt-get install tmux)"
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-tmux: tmux is missing; running: ${run_as_root[*]:+${run_as_root[*]} }apt-get update"
"${run_as_root[@]}" apt-get update -qq || cannot "apt-get update failed"
echo "ensure-tmux: running: ${run_as_root[*]:+${run_as_root[*]} }apt-get install -y --no-install-recommends tmux"
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends tmux || cannot "apt-get install tmux failed"

if command -v tmux >/dev/null 2>&1; then
  echo "ensure-tmux: installed $(tmux -V)"
  exit 0
fi
cannot "apt-get finished but tmux is still not on the PATH"
