#!/usr/bin/env bash
# Make sure headless Chromium and pdfinfo (poppler-utils) are installed: the
# handout tests (test/render/handout-pages.e2e.test.ts) print each seed
# incident's handout to PDF with Chromium and count its A4 pages with pdfinfo.
# Installs Debian's `chromium` and `poppler-utils` with apt-get when they are
# missing and that is possible (CI runs as root on a clean machine). Says what
# it does. Exit 0 when both are there (or were installed). When they cannot be
# installed: on CI (CI=true) that is an error (exit 1); elsewhere a loud
# warning, exit 0, and those tests skip saying why.
set -u

have() { command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; }

if have; then
  echo "ensure-print-tools: chromium and pdfinfo are installed"
  exit 0
fi

cannot() {
  echo "ensure-print-tools: WARNING: chromium or pdfinfo is not installed and could not be installed: $1" >&2
  echo "ensure-print-tools: WARNING: the handout page-count tests (test/render/handout-pages.e2e.test.ts) will be SKIPPED." >&2
  echo "ensure-print-tools: install them (Debian/Ubuntu: apt-get install chromium poppler-utils) to run them." >&2
  if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then exit 1; fi
  exit 0
}

command -v apt-get >/dev/null 2>&1 || cannot "apt-get is not available on this machine"

run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run_as_root=(sudo -n)
  else
    cannot "installing needs root (run: sudo apt-get install chromium poppler-utils)"
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-print-tools: running: ${run_as_root[*]:+${run_as_root[*]} }apt-get update"
"${run_as_root[@]}" apt-get update -qq || cannot "apt-get update failed"
echo "ensure-print-tools: running: ${run_as_root[*]:+${run_as_root[*]} }apt-get install -y --no-install-recommends chromium poppler-utils"
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends chromium poppler-utils || cannot "apt-get install chromium poppler-utils failed"

if have; then
  echo "ensure-print-tools: installed chromium and poppler-utils"
  exit 0
fi
cannot "apt-get finished but chromium or pdfinfo is still not on the PATH"
