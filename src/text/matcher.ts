// One matcher for every phrase of the rule set: a trie over word symbols,
// walked from each word of the description. A walk is bounded by the longest
// phrase (and at most three words per "..." gap), so reading costs time in
// proportion to the length of the text. Where phrases overlap, the one with
// the most words wins and hides those inside it: "amazon delivery" (a courier)
// hides "amazon" (a shop).
//
// Built into growable typed arrays, then frozen into flat ones: the root is a
// table indexed by symbol, other nodes keep their few children in a sorted run.

import { BREAK_SYMBOL } from './tokens.js';

/** Stands for "..." in a phrase: up to GAP_WORDS words of any kind. */
export const GAP = -3;
export const GAP_WORDS = 3;
/** The most symbols (words and gaps) a phrase may have. */
export const MAX_PHRASE_LENGTH = 16;

export interface MatchList {
  /** How many matches. */
  count: number;
  /** Per match: first position in the match stream, position after the last, phrase group. */
  start: Int32Array;
  end: Int32Array;
  group: Int32Array;
}

/** A frozen trie as plain arrays, to save at build time and load instead of compiling. */
export interface FrozenTrie {
  root: number[];
  runStart: number[];
  runLength: number[];
  runSymbol: number[];
  runNode: number[];
  gapOf: number[];
  groupOf: number[];
  wordsOf: number[];
  gapsOf: number[];
}

/** Nodes with more children than this find them in the edge table rather than their run. */
const LINEAR_CHILDREN = 4;

function edgeHash(node: number, symbol: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca6b)) >>> 7;
}

/** A copy of `a` with room for `size` items. */
export function grown<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size)) as T;
  b.set(a);
  return b;
}

/** A growable list of 32-bit integers. */
class IntList {
  a: Int32Array;
  n = 0;
  constructor(capacity = 256) {
    this.a = new Int32Array(capacity);
  }
  push(v: number): number {
    if (this.n === this.a.length) this.a = grown(this.a, this.n * 2);
    this.a[this.n] = v;
    return this.n++;
  }
  frozen(): Int32Array {
    return this.a.slice(0, this.n);
  }
}

export class PhraseTrie {
  // While building: the root's children in a table by symbol, other nodes'
  // children as sibling lists (they have few), all in growable typed arrays.
  private rootTable: number[] = [];
  private readonly firstChild = new IntList();
  private readonly nextSibling = new IntList();
  private readonly symbolOf = new IntList();
  private readonly gapChild = new IntList();
  private readonly groupAt = new IntList();
  /** Per node: how many words (gaps not counted) and how many "..." gaps lead to it. */
  private readonly wordsAt = new IntList();
  private readonly gapsAt = new IntList();

  // Frozen: root children by symbol; other nodes' children as sorted runs.
  private frozen = false;
  private root: Int32Array = new Int32Array(0);
  private runStart: Int32Array = new Int32Array(0);
  private runLength: Int32Array = new Int32Array(0);
  private runSymbol: Int32Array = new Int32Array(0);
  private runNode: Int32Array = new Int32Array(0);
  private gapOf: Int32Array = new Int32Array(0);
  private groupOf_: Int32Array = new Int32Array(0);
  private wordsOf: Int32Array = new Int32Array(0);
  private gapsOf: Int32Array = new Int32Array(0);

  /**
   * The children of nodes with many (more than LINEAR_CHILDREN) as one open-addressing
   * table of (node, symbol) → child, made from the runs by freeze() and fromFrozen():
   * a probe or two instead of halving a long run.
   */
  private edgeNode: Int32Array = new Int32Array(0);
  private edgeSymbol: Int32Array = new Int32Array(0);
  private edgeChild: Int32Array = new Int32Array(0);
  private edgeMask = 0;

  /** Per group: 1 when a match of it hides nothing (a reading cue such as "so I did"). */
  private transparent: Uint8Array = new Uint8Array(0);

  /** Scratch for the walk: (node, position) pairs. */
  private stack: Int32Array = new Int32Array(64);
  private readonly found: MatchList = { count: 0, start: new Int32Array(16), end: new Int32Array(16), group: new Int32Array(16) };
  /** Where the last longestAt match ended (position after its last word), and whether it has a gap. */
  private lastEnd = -1;
  private lastGapped = false;

  constructor() {
    this.newNode(-1, 0, 0);
  }

  private newNode(symbol: number, words: number, gaps: number): number {
    this.firstChild.push(-1);
    this.nextSibling.push(-1);
    this.symbolOf.push(symbol);
    this.gapChild.push(-1);
    this.groupAt.push(-1);
    this.wordsAt.push(words);
    return this.gapsAt.push(gaps);
  }

  /** While building: the child of `node` for symbol `s` (GAP for a gap), or -1. */
  private step(node: number, s: number): number {
    if (s === GAP) return this.gapChild.a[node]!;
    if (node === 0) return this.rootTable[s] ?? -1;
    for (let c = this.firstChild.a[node]!; c >= 0; c = this.nextSibling.a[c]!) if (this.symbolOf.a[c] === s) return c;
    return -1;
  }

  /** The group already stored for exactly these symbols, or -1. */
  groupOf(symbols: readonly number[]): number {
    let node = 0;
    for (const s of symbols) {
      node = this.step(node, s);
      if (node < 0) return -1;
    }
    return this.groupAt.a[node]!;
  }

  add(symbols: readonly number[], group: number): void {
    if (this.frozen) throw new Error('PhraseTrie.add after freeze');
    // longestAt starts its walk past the root: no phrase may be empty or start with a gap.
    if (symbols.length === 0 || symbols[0] === GAP) throw new Error('PhraseTrie.add: an empty phrase or one starting with a gap');
    let node = 0;
    for (const s of symbols) {
      let next = this.step(node, s);
      if (next < 0) {
        next = this.newNode(s, this.wordsAt.a[node]! + (s === GAP ? 0 : 1), this.gapsAt.a[node]! + (s === GAP ? 1 : 0));
        if (s === GAP) this.gapChild.a[node] = next;
        else if (node === 0) this.rootTable[s] = next;
        else {
          this.nextSibling.a[next] = this.firstChild.a[node]!;
          this.firstChild.a[node] = next;
        }
      }
      node = next;
    }
    this.groupAt.a[node] = group;
  }

  /** Turn the built trie into flat arrays for matching; `symbols` is how many symbols there are. */
  freeze(symbols: number): void {
    const nodes = this.groupAt.n;
    this.root = new Int32Array(symbols).fill(-1);
    this.rootTable.forEach((child, s) => {
      if (child >= 0) this.root[s] = child;
    });
    this.runStart = new Int32Array(nodes);
    this.runLength = new Int32Array(nodes);
    this.runSymbol = new Int32Array(nodes);
    this.runNode = new Int32Array(nodes);
    let at = 0;
    const kids: number[] = [];
    for (let node = 1; node < nodes; node++) {
      kids.length = 0;
      for (let c = this.firstChild.a[node]!; c >= 0; c = this.nextSibling.a[c]!) kids.push(c);
      kids.sort((x, y) => this.symbolOf.a[x]! - this.symbolOf.a[y]!);
      this.runStart[node] = at;
      this.runLength[node] = kids.length;
      for (const c of kids) {
        this.runSymbol[at] = this.symbolOf.a[c]!;
        this.runNode[at] = c;
        at++;
      }
    }
    this.gapOf = this.gapChild.frozen();
    this.groupOf_ = this.groupAt.frozen();
    this.wordsOf = this.wordsAt.frozen();
    this.gapsOf = this.gapsAt.frozen();
    this.rootTable = [];
    this.makeEdges();
    this.frozen = true;
  }

  /** The edge table for nodes with long runs (see edgeNode). */
  private makeEdges(): void {
    let edges = 0;
    for (let node = 1; node < this.runLength.length; node++) if (this.runLength[node]! > LINEAR_CHILDREN) edges += this.runLength[node]!;
    let size = 16;
    while (size < edges * 4) size *= 2;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeSymbol = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    this.edgeMask = size - 1;
    for (let node = 1; node < this.runLength.length; node++) {
      const length = this.runLength[node]!;
      if (length <= LINEAR_CHILDREN) continue;
      for (let i = this.runStart[node]!, end = i + length; i < end; i++) {
        let slot = edgeHash(node, this.runSymbol[i]!) & this.edgeMask;
        while (this.edgeNode[slot] !== -1) slot = (slot + 1) & this.edgeMask;
        this.edgeNode[slot] = node;
        this.edgeSymbol[slot] = this.runSymbol[i]!;
        this.edgeChild[slot] = this.runNode[i]!;
      }
    }
  }

  /** Mark the groups whose matches hide no shorter phrase inside them (not saved: set after compiling or loading). */
  setTransparent(flags: readonly boolean[]): void {
    this.transparent = Uint8Array.from(flags, (f) => (f ? 1 : 0));
  }

  /** The frozen arrays, for saving; fromFrozen() makes the same trie from them. */
  toFrozen(): FrozenTrie {
    if (!this.frozen) throw new Error('PhraseTrie.toFrozen before freeze');
    const list = (a: Int32Array) => Array.from(a);
    return {
      root: list(this.root),
      runStart: list(this.runStart),
      runLength: list(this.runLength),
      runSymbol: list(this.runSymbol),
      runNode: list(this.runNode),
      gapOf: list(this.gapOf),
      groupOf: list(this.groupOf_),
      wordsOf: list(this.wordsOf),
      gapsOf: list(this.gapsOf),
    };
  }

  /** A frozen trie, ready for matching, from toFrozen()'s arrays. */
  static fromFrozen(f: FrozenTrie): PhraseTrie {
    const trie = new PhraseTrie();
    const nodes = f.groupOf.length;
    for (const a of [f.runStart, f.runLength, f.gapOf, f.wordsOf, f.gapsOf]) if (a.length !== nodes) throw new Error('PhraseTrie.fromFrozen: arrays of different lengths');
    if (f.runSymbol.length !== f.runNode.length) throw new Error('PhraseTrie.fromFrozen: arrays of different lengths');
    trie.root = Int32Array.from(f.root);
    trie.runStart = Int32Array.from(f.runStart);
    trie.runLength = Int32Array.from(f.runLength);
    trie.runSymbol = Int32Array.from(f.runSymbol);
    trie.runNode = Int32Array.from(f.runNode);
    trie.gapOf = Int32Array.from(f.gapOf);
    trie.groupOf_ = Int32Array.from(f.groupOf);
    trie.wordsOf = Int32Array.from(f.wordsOf);
    trie.gapsOf = Int32Array.from(f.gapsOf);
    // A child always comes after its parent (add() makes them so): checked, so a damaged file can never send a walk in circles.
    const child = (parent: number, c: number) => c === -1 || (Number.isInteger(c) && c > parent && c < nodes);
    // Plain loops: this runs at every start-up of the reader, before the JIT has warmed up.
    let fine = true;
    for (let s = 0; s < f.root.length && fine; s++) fine = child(0, f.root[s]!);
    for (let n = 0; n < nodes && fine; n++) {
      const start = f.runStart[n]!;
      const length = f.runLength[n]!;
      fine = child(n, f.gapOf[n]!) && start >= 0 && length >= 0 && start + length <= f.runNode.length;
      for (let i = start; i < start + length && fine; i++) fine = child(n, f.runNode[i]!);
    }
    if (!fine) throw new Error('PhraseTrie.fromFrozen: a child before its parent or out of range');
    // As add() makes it: no phrase is empty or starts with a gap (longestAt starts past the root).
    if (f.gapOf[0] !== -1 || f.groupOf[0] !== -1) throw new Error('PhraseTrie.fromFrozen: a gap or a phrase at the root');
    trie.rootTable = [];
    trie.makeEdges();
    trie.frozen = true;
    return trie;
  }

  /** The child of `node` for symbol `s`, or -1. */
  private child(node: number, s: number): number {
    if (node === 0) return s < this.root.length ? this.root[s]! : -1;
    const length = this.runLength[node]!;
    if (length <= LINEAR_CHILDREN) {
      // Most nodes have a child or two: a straight look is quickest.
      for (let i = this.runStart[node]!, end = i + length; i < end; i++) if (this.runSymbol[i] === s) return this.runNode[i]!;
      return -1;
    }
    const mask = this.edgeMask;
    for (let slot = edgeHash(node, s) & mask; ; slot = (slot + 1) & mask) {
      const n = this.edgeNode[slot]!;
      if (n === node && this.edgeSymbol[slot] === s) return this.edgeChild[slot]!;
      if (n === -1) return -1;
    }
  }

  /**
   * Every phrase in the match stream, the best first at each start, and none
   * lying wholly inside an earlier, longer one. The list is reused by the next call.
   */
  findAll(sym: Int32Array, psym: Int32Array, m: number): MatchList {
    if (!this.frozen) throw new Error('PhraseTrie.findAll before freeze');
    const out = this.found;
    out.count = 0;
    let coveredTo = 0;
    const root = this.root;
    for (let p = 0; p < m; p++) {
      const s = sym[p]!;
      const ps = psym[p]!;
      // Most words start no phrase, or only phrases that stop here: settle those without a walk.
      const a = s >= 0 && s < root.length ? root[s]! : -1;
      const b = ps >= 0 && ps < root.length ? root[ps]! : -1;
      if (a < 0 && b < 0) continue;
      let group: number;
      if (this.goesOn(a, sym, psym, m, p + 1) || this.goesOn(b, sym, psym, m, p + 1)) {
        group = this.longestAt(sym, psym, m, a, b, p + 1);
      } else {
        // One word each; the form (past, -ing) is the more specific, as in the walk.
        group = b >= 0 && this.groupOf_[b]! >= 0 ? this.groupOf_[b]! : a >= 0 ? this.groupOf_[a]! : -1;
        this.lastEnd = p + 1;
        this.lastGapped = false;
      }
      if (group < 0) continue;
      const end = this.lastEnd;
      if (end <= coveredTo) continue; // inside an earlier match
      // Words inside a "..." gap are any words: a phrase with a gap hides nothing.
      if (!this.lastGapped && this.transparent[group] !== 1) coveredTo = end;
      if (out.count === out.start.length) {
        out.start = grown(out.start, out.count * 2);
        out.end = grown(out.end, out.count * 2);
        out.group = grown(out.group, out.count * 2);
      }
      out.start[out.count] = p;
      out.end[out.count] = end;
      out.group[out.count] = group;
      out.count++;
    }
    return out;
  }

  /** Whether a phrase through `node` could go on at position `q` (a gap, or a child for the word there). */
  private goesOn(node: number, sym: Int32Array, psym: Int32Array, m: number, q: number): boolean {
    if (node < 0) return false;
    if (this.gapOf[node]! >= 0) return true;
    if (this.runLength[node] === 0 || q >= m) return false;
    const s = sym[q]!;
    if (s === BREAK_SYMBOL) return false;
    return (s >= 0 && this.child(node, s) >= 0) || (psym[q]! >= 0 && this.child(node, psym[q]!) >= 0);
  }

  /**
   * The group of the best phrase starting at the word before `q`, or -1: the one with the most
   * words, then the one without "..." gaps, then the one reaching furthest. `a` and `b` are the
   * root's children for that word's symbol and form symbol (-1: none): the walk's first step,
   * taken already by findAll (the root has no gap, phrases never start with one).
   */
  private longestAt(sym: Int32Array, psym: Int32Array, m: number, a: number, b: number, q: number): number {
    // Locals: the walk reads these arrays in its inner loop.
    const { gapOf, wordsOf, gapsOf } = this;
    const groupOf = this.groupOf_;
    let best = -1;
    let bestEnd = -1;
    let bestWords = 0;
    let bestGaps = 0;
    let stack = this.stack;
    let sp = 0;
    // As the walk from the root would push them: the word's symbol, then its form.
    if (a >= 0) {
      stack[sp++] = a;
      stack[sp++] = q;
    }
    if (b >= 0) {
      stack[sp++] = b;
      stack[sp++] = q;
    }
    while (sp > 0) {
      const pos = stack[--sp]!;
      const node = stack[--sp]!;
      const group = groupOf[node]!;
      if (group >= 0) {
        const words = wordsOf[node]!;
        const gaps = gapsOf[node]!;
        if (words > bestWords || (words === bestWords && (gaps < bestGaps || (gaps === bestGaps && pos > bestEnd)))) {
          best = group;
          bestEnd = pos;
          bestWords = words;
          bestGaps = gaps;
        }
      }
      if (pos >= m) continue;
      const s = sym[pos]!;
      if (s === BREAK_SYMBOL) continue;
      // At most 2 + 1 + GAP_WORDS pushes follow.
      if (sp + 2 * (3 + GAP_WORDS) > stack.length) stack = this.stack = grown(stack, stack.length * 2);
      if (s >= 0) {
        const next = this.child(node, s);
        if (next >= 0) {
          stack[sp++] = next;
          stack[sp++] = pos + 1;
        }
      }
      const ps = psym[pos]!; // the same word's past or -ing symbol
      if (ps >= 0) {
        const next = this.child(node, ps);
        if (next >= 0) {
          stack[sp++] = next;
          stack[sp++] = pos + 1;
        }
      }
      const gap = gapOf[node]!;
      if (gap >= 0) {
        stack[sp++] = gap;
        stack[sp++] = pos;
        for (let k = 1; k <= GAP_WORDS && pos + k <= m && sym[pos + k - 1] !== BREAK_SYMBOL; k++) {
          stack[sp++] = gap;
          stack[sp++] = pos + k;
        }
      }
    }
    this.lastEnd = bestEnd;
    this.lastGapped = bestGaps > 0;
    return best;
  }
}
