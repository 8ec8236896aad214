#!/usr/bin/env bash
# Headless Chromium and pdfinfo (poppler-utils): the handout tests print each
# seed incident's handout to PDF and count its A4 pages. See ensure-debian-tools.sh.
exec bash "$(dirname "$0")/ensure-debian-tools.sh" ensure-print-tools "chromium pdfinfo pdftotext" "chromium poppler-utils" \
  "the handout page-count tests (test/render/handout-pages.e2e.test.ts)"
