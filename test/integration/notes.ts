// Figures a suite prints (measurements, never asserted): the harness shows them under the test's line.
const pending: string[] = [];

/** Shows `line` under the running test's result in the integration output. */
export function printNote(line: string): void {
  pending.push(line);
  console.log(line);
}

/** The notes printed since the last call. */
export function takeNotes(): string[] {
  return pending.splice(0);
}
