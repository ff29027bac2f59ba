import * as vscode from 'vscode';

/** Reading and writing sidecars through `workspace.fs` (works in the browser and remote too). */

/** The file's text, or undefined if it does not exist. Other failures throw. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/**
 * Writes atomically: the text goes to a temporary file beside the target,
 * which is then renamed over it, so a crash never leaves half a sidecar.
 * Through `workspace.fs`, renaming over a file deletes it first (VS Code's
 * file service does), so a crash between the two leaves only the temporary
 * file: `temporaryFilesOf` finds it again.
 */
export async function writeTextFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.split('/').pop() ?? 'file';
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** Temporary files `writeTextFileAtomically` left beside `uri` (a write cut short), newest first. */
export async function temporaryFilesOf(uri: vscode.Uri): Promise<vscode.Uri[]> {
  return (await stampedTemporaryFilesOf(uri)).map(s => s.file);
}

/**
 * Removes the temporary files beside an intact sidecar (`sidecarText` just read from it) that hold
 * nothing it lacks: the same text (a write whose rename copied and then stopped), or an older
 * write a later one replaced. One newer than the sidecar and different is kept: it may hold a
 * change that never reached the sidecar. Never call this for a sidecar that could not be read.
 */
export async function removeStaleTemporaryFiles(sidecar: vscode.Uri, sidecarText: string): Promise<{ removed: vscode.Uri[]; kept: vscode.Uri[] }> {
  const removed: vscode.Uri[] = [];
  const kept: vscode.Uri[] = [];
  const temporaries = await stampedTemporaryFilesOf(sidecar);
  if (!temporaries.length) return { removed, kept };
  const sidecarTime = await vscode.workspace.fs.stat(sidecar).then(s => s.mtime, () => undefined);
  if (sidecarTime === undefined) return { removed, kept: temporaries.map(t => t.file) };
  for (const { file, mtime } of temporaries) {
    const text = await readTextFile(file).catch(() => undefined);
    const stale = text === sidecarText || (mtime > 0 && mtime < sidecarTime);
    if (stale && await vscode.workspace.fs.delete(file).then(() => true, () => false)) removed.push(file);
    else kept.push(file);
  }
  return { removed, kept };
}

async function stampedTemporaryFilesOf(uri: vscode.Uri): Promise<Array<{ file: vscode.Uri; mtime: number }>> {
  const name = uri.path.split('/').pop() ?? 'file';
  const folder = vscode.Uri.joinPath(uri, '..');
  let listing: [string, vscode.FileType][];
  try {
    listing = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const prefix = `.${name}.`;
  const found = listing
    .filter(([entry, type]) => type === vscode.FileType.File && entry.startsWith(prefix) && /^[0-9a-z]+\.tmp$/.test(entry.slice(prefix.length)))
    .map(([entry]) => vscode.Uri.joinPath(folder, entry));
  const stamped = await Promise.all(found.map(async file => ({ file, mtime: await vscode.workspace.fs.stat(file).then(s => s.mtime, () => 0) })));
  return stamped.sort((a, b) => b.mtime - a.mtime);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `<file>.bak`, or `<file>.bak-2`, … whichever does not exist yet. */
export async function freeBackupUri(uri: vscode.Uri): Promise<vscode.Uri> {
  const name = uri.path.split('/').pop() ?? 'file';
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(uri, '..', n === 1 ? `${name}.bak` : `${name}.bak-${n}`);
    if (!(await exists(candidate))) return candidate;
  }
}
