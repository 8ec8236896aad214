// Driving the built scamcheck in a real terminal: tmux on a private socket,
// keystrokes in with send-keys, the screen read back with capture-pane,
// polling for expected text against a deadline (never fixed sleeps).
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BIN, ROOT } from '../../helpers/cli.js';

export const COLUMNS = 100;
export const ROWS = 50;

/** Run scripts/ensure-tmux.sh; true when tmux can be used. Says loudly why not. */
export function tmuxAvailable(): boolean {
  const r = spawnSync('bash', [`${ROOT}scripts/ensure-tmux.sh`], { encoding: 'utf8' });
  const present = spawnSync('tmux', ['-V']).status === 0;
  if (r.status !== 0 || !present) {
    console.error(`\n*** SKIPPING the interview's terminal tests: tmux is not available ***\n${r.stdout}${r.stderr}`);
  }
  return r.status === 0 && present;
}

export const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class Terminal {
  readonly socket = `scamcheck-test-${process.pid}`;
  private count = 0;

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /**
   * Start scamcheck in a new window of a fixed size. The shell prints "[exit N]"
   * when it ends, and the window stays so the screen can still be read.
   */
  start(
    args: string[],
    options: { cwd?: string; env?: Record<string, string>; pipeIn?: string; pipeFrom?: string; stdoutTo?: string } = {},
  ): string {
    const name = `t${++this.count}`;
    const env = Object.entries({ TERM: 'xterm-256color', ...options.env }).map(([k, v]) => `${k}=${quote(v)}`);
    const cmd = [
      'env -u CI -u NO_COLOR -u FORCE_COLOR -u ACCESSIBLE',
      ...env,
      quote(process.execPath),
      quote(BIN),
      ...args.map(quote),
    ].join(' ');
    // pipeIn: text for standard input; pipeFrom: a shell command whose output is standard input.
    const source = options.pipeIn !== undefined ? `printf %s ${quote(options.pipeIn)}` : options.pipeFrom !== undefined ? `(${options.pipeFrom})` : undefined;
    const piped = (source ? `${source} | ${cmd}` : cmd) + (options.stdoutTo !== undefined ? ` > ${quote(options.stdoutTo)}` : '');
    // Ctrl-C in a cooked terminal signals the whole foreground group: the shell must
    // outlive it to report the exit code (an interactive shell would not be signalled).
    const script = `trap 'true' INT; cd ${quote(options.cwd ?? ROOT)} && ${piped}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', name, '-x', String(COLUMNS), '-y', String(ROWS), 'sh', '-c', script);
    return name;
  }

  /** The whole pane, scrollback included, wrapped lines joined. `escapes` keeps colour codes. */
  screen(name: string, escapes = false): string {
    return this.tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-S', '-2000', '-t', name);
  }

  /** The lines now visible (no scrollback). */
  visible(name: string): string {
    return this.tmux('capture-pane', '-p', '-t', name);
  }

  keys(name: string, ...keys: string[]): void {
    this.tmux('send-keys', '-t', name, ...keys);
  }

  type(name: string, text: string): void {
    this.tmux('send-keys', '-t', name, '-l', text);
  }

  /** Poll until the visible screen matches, or fail with what it shows. */
  async waitFor(name: string, pattern: string | RegExp | ((shown: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const shown = this.visible(name);
      const found = typeof pattern === 'string' ? shown.includes(pattern) : pattern instanceof RegExp ? pattern.test(shown) : pattern(shown);
      if (found) return shown;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${shown}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /** Wait for the question whose text is given to be the one being asked (the last "?" prompt on screen). */
  async waitForPrompt(name: string, text: string, timeoutMs = 10_000): Promise<string> {
    return this.waitFor(name, new RegExp(`^\\? ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'), timeoutMs);
  }

  /** The exit code, once the program has ended; Enter through any "see more" screens on the way. */
  async exitCode(name: string, more?: string, timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const shown = this.screen(name);
      const m = /^\[exit (\d+)\]$/m.exec(shown);
      if (m) return Number(m[1]);
      if (more && this.visible(name).trimEnd().endsWith(more)) await this.enterOnce(name, deadline);
      if (Date.now() > deadline) throw new Error(`scamcheck did not end; the terminal shows:\n${this.visible(name)}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /**
   * Press Enter on a "see more" prompt and wait until the program has taken it
   * (the screen changes). Without the wait, a poll that still sees the old screen
   * presses Enter again, and that Enter answers whatever question comes next.
   */
  async enterOnce(name: string, deadline = Date.now() + 10_000): Promise<void> {
    const before = this.visible(name);
    this.keys(name, 'Enter');
    while (this.visible(name) === before) {
      if (Date.now() > deadline) throw new Error(`the screen did not change after Enter; it shows:\n${before}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /** Stop the server and remove its socket file. */
  kill(): void {
    const path = spawnSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    if (path) rmSync(path, { force: true });
  }
}
