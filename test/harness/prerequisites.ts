import * as fs from 'fs';
import * as path from 'path';

/** A missing system dependency, named with the Debian package that provides it. */
export class MissingPrerequisiteError extends Error {}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function missing(what: string, debianPackage: string, why: string): MissingPrerequisiteError {
  return new MissingPrerequisiteError(
    `${what} is missing (${why}). Install it with: apt-get install -y ${debianPackage}`,
  );
}

/** The Chromium executable; CHROMIUM_PATH overrides the Debian location. */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!fs.existsSync(configured)) throw new MissingPrerequisiteError(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const found = onPath('chromium') ?? onPath('chromium-browser');
  if (!found) throw missing('Chromium', 'chromium', 'the UI and integration tests drive VS Code in it');
  return found;
}

/** ripgrep, which code-server's @vscode/ripgrep would otherwise download during install. */
export function ripgrepPath(): string {
  const found = onPath('rg');
  if (!found) throw missing('ripgrep (rg)', 'ripgrep', 'code-server is installed with it instead of a downloaded copy');
  return found;
}

/** Kerberos headers, needed to compile code-server's kerberos module. */
export function requireKerberosHeaders(): void {
  const headers = ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h', '/usr/include/krb5/krb5.h'];
  if (!headers.some(h => fs.existsSync(h)) && !onPath('krb5-config')) {
    throw missing('Kerberos development headers', 'libkrb5-dev', "code-server's kerberos module is compiled on install");
  }
}
