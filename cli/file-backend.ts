/**
 * What a killed `pulumi up` leaves in a local (`file://`) backend besides pending operations, and how to clear it
 * safely:
 *
 * - its lock, `.pulumi/locks/organization/<project>/<stack>/<id>.json` (`{ pid, username, hostname, timestamp }`),
 *   which makes every later command fail with "the stack is currently locked". It is stale once that process is
 *   gone; only a lock of this host can be checked, so a lock of another host is left to `pulumi cancel`.
 * - an empty `<stack>.json.attrs` sidecar: the file bucket rewrites it in place before renaming each new
 *   checkpoint into place, so a kill at that moment leaves it empty and every command, `pulumi cancel` included,
 *   fails with "failed to load checkpoint: EOF". A sidecar only holds content type and checksum, and a missing one
 *   is read as the default, so removing an empty one is always safe.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A lock file of the stack. */
export interface StackLock {
  readonly file: string;
  readonly pid: number;
  readonly hostname: string;
  /** When the locking command started (RFC 3339). */
  readonly timestamp: string;
  /** Whether its process is known to be gone (only decidable on this host). */
  readonly stale: boolean;
}

/** The directory of a `file://` backend URL; undefined for any other backend. */
export function fileBackendRoot(url: string, home: string): string | undefined {
  if (!url.startsWith("file://")) return undefined;
  // `file://~` is Pulumi's spelling of the home directory.
  if (url === "file://~" || url.startsWith("file://~/")) return join(home, url.slice("file://~".length));
  return fileURLToPath(url);
}

/** The stack's lock files: the current layout (by project) and the legacy one (by stack name only). */
export function stackLocks(root: string, project: string, stack: string, isRunning: (pid: number) => boolean = processRunning): StackLock[] {
  const dirs = [join(root, ".pulumi", "locks", "organization", project, stack), join(root, ".pulumi", "locks", stack)];
  return dirs.flatMap((dir) =>
    listFiles(dir)
      .filter((name) => name.endsWith(".json"))
      .flatMap((name) => {
        const file = join(dir, name);
        try {
          const lock = JSON.parse(readFileSync(file, "utf8")) as { pid?: number; hostname?: string; timestamp?: string };
          const host = String(lock.hostname ?? "");
          const pid = Number(lock.pid);
          return [{ file, pid, hostname: host, timestamp: String(lock.timestamp ?? ""), stale: host === hostname() && !isRunning(pid) }];
        } catch {
          // A lock file emptied by the same kill: nothing can run under it, and Pulumi cannot read it either.
          return [{ file, pid: 0, hostname: "", timestamp: "", stale: true }];
        }
      }),
  );
}

/** Removes a lock file and its sidecar. */
export function removeLock(lock: StackLock): void {
  rmSync(lock.file, { force: true });
  rmSync(`${lock.file}.attrs`, { force: true });
}

/** Removes the stack's empty checkpoint sidecars (see the module comment); returns the files removed. */
export function removeEmptySidecars(root: string, project: string, stack: string): string[] {
  const dirs = [join(root, ".pulumi", "stacks", project), join(root, ".pulumi", "stacks")];
  const removed: string[] = [];
  for (const dir of dirs) {
    for (const name of listFiles(dir)) {
      if (!name.startsWith(`${stack}.json`) || !name.endsWith(".attrs")) continue;
      const file = join(dir, name);
      if (statSync(file).size === 0) {
        rmSync(file);
        removed.push(file);
      }
    }
  }
  return removed;
}

/** Whether process `pid` of this host still runs; a zombie (killed, not yet reaped) does not. */
export function processRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (existsSync("/proc/self/stat")) {
    try {
      return !/^\d+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}
