/**
 * The route globs of injected faults (`/identity/*`, `/roles/v1/{id}`), matched in time proportional to
 * path length × pattern length whatever the pattern.
 *
 * A glob translated into a backtracking regular expression (`.*a.*a.*…!`) can take exponential time on a
 * path that almost matches, and one such fault blocked the emulator's only thread for over a minute. Here the
 * pattern is a small automaton simulated one character at a time over the set of states it can be in, so there
 * is nothing to backtrack.
 */

/** One step of a compiled glob. */
type GlobToken =
  /** Exactly this character. */
  | { readonly kind: "char"; readonly char: string }
  /** Any character but `/` (the first character of a `{param}` segment). */
  | { readonly kind: "segment-char" }
  /** Any run of characters, `/` included, possibly empty (`*`). */
  | { readonly kind: "any-run" }
  /** Any run of characters but `/`, possibly empty (the rest of a `{param}` segment). */
  | { readonly kind: "segment-run" };

/** A compiled glob: whether a whole text matches it. */
export type Glob = (text: string) => boolean;

/**
 * Compiles a glob where `*` matches any run of characters (across `/`) and `{name}` matches one non-empty path
 * segment: a concrete id, or a route pattern's own `{param}`. Every other character matches itself.
 */
export function compileGlob(pattern: string): Glob {
  const tokens = tokenize(pattern);
  return (text) => matches(tokens, text);
}

function tokenize(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "*") {
      // `**` means the same as `*`; collapsing keeps the state set small.
      if (tokens[tokens.length - 1]?.kind !== "any-run") tokens.push({ kind: "any-run" });
      continue;
    }
    const close = char === "{" ? pattern.indexOf("}", i) : -1;
    if (close !== -1 && !pattern.slice(i + 1, close).includes("/")) {
      tokens.push({ kind: "segment-char" }, { kind: "segment-run" });
      i = close;
      continue;
    }
    tokens.push({ kind: "char", char });
  }
  return tokens;
}

const isRun = (token: GlobToken | undefined): boolean => token?.kind === "any-run" || token?.kind === "segment-run";

function accepts(token: GlobToken, char: string): boolean {
  switch (token.kind) {
    case "char":
      return token.char === char;
    case "any-run":
      return true;
    case "segment-char":
    case "segment-run":
      return char !== "/";
  }
}

/** Adds the states reachable without reading a character: a run may match nothing. */
function close(tokens: readonly GlobToken[], states: Uint8Array): void {
  // Ascending order follows chains of runs (`*{id}`…) in one pass.
  for (let i = 0; i < tokens.length; i++) if (states[i] && isRun(tokens[i])) states[i + 1] = 1;
}

function matches(tokens: readonly GlobToken[], text: string): boolean {
  // states[i]: the first i tokens can match the text read so far; states[tokens.length] means all of them.
  let states = new Uint8Array(tokens.length + 1);
  states[0] = 1;
  close(tokens, states);
  for (let position = 0; position < text.length; position++) {
    const char = text[position];
    const next = new Uint8Array(tokens.length + 1);
    let alive = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!states[i] || !accepts(tokens[i], char)) continue;
      // A run stays where it is after consuming; a single character moves on.
      next[isRun(tokens[i]) ? i : i + 1] = 1;
      alive = true;
    }
    if (!alive) return false;
    close(tokens, next);
    states = next;
  }
  return states[tokens.length] === 1;
}
