#!/usr/bin/env bash
# tmux: the interview's and the layout's end-to-end tests drive the built
# binary in a real terminal with it. See ensure-debian-tools.sh.
exec bash "$(dirname "$0")/ensure-debian-tools.sh" ensure-tmux "tmux" "tmux" \
  "the terminal tests (test/interview/terminal.e2e.test.ts, test/render/wrap.e2e.test.ts)"
