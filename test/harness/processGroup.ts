import { ChildProcess } from 'child_process';

/**
 * Kills child process groups (started with `detached: true`, so each is its own
 * group) when this process ends in any way: normal exit, an uncaught error, Ctrl-C.
 */
const groups = new Set<number>();
let hooked = false;

function killAll(signal: NodeJS.Signals): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, signal);
    } catch {
      // already gone
    }
  }
}

function hookProcessExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => killAll('SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll('SIGKILL');
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

export function trackProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  hookProcessExit();
  groups.add(child.pid);
}

/** Stops a tracked group: SIGTERM, then SIGKILL if it is still there after the grace period. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  const alive = (): boolean => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) {
    try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
    const deadline = Date.now() + graceMs;
    while (alive() && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
    if (alive()) {
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    }
  }
  groups.delete(pgid);
}
