import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeServerCacheRoot, codeServerManifestDir } from './paths';
import { requireKerberosHeaders, ripgrepPath } from './prerequisites';

// @vscode/ripgrep's postinstall downloads this file unless it is already in its cache under TMPDIR.
const RIPGREP_CACHE_DIR = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const MARKER = '.news-annotator-installed';

interface PinnedCodeServer {
  version: string;
  /** Identifies the exact lock file, so changing the pin reinstalls. */
  fingerprint: string;
}

function pinned(): PinnedCodeServer {
  const manifest = fs.readFileSync(path.join(codeServerManifestDir, 'package.json'), 'utf8');
  const lock = fs.readFileSync(path.join(codeServerManifestDir, 'package-lock.json'), 'utf8');
  const version: unknown = JSON.parse(manifest).dependencies?.['code-server'];
  if (typeof version !== 'string') throw new Error(`${codeServerManifestDir}/package.json does not pin code-server`);
  const fingerprint = crypto.createHash('sha256').update(manifest).update(lock).digest('hex').slice(0, 16);
  return { version, fingerprint };
}

function entryOf(installDir: string): string {
  return path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function isInstalled(installDir: string, pin: PinnedCodeServer): boolean {
  try {
    return fs.readFileSync(path.join(installDir, MARKER), 'utf8').trim() === `${pin.version} ${pin.fingerprint}`
      && fs.existsSync(entryOf(installDir));
  } catch {
    return false;
  }
}

/** A ripgrep tarball made from the system rg, placed where @vscode/ripgrep looks before downloading. */
function seedRipgrepCache(tmpDir: string): void {
  const cacheDir = path.join(tmpDir, RIPGREP_CACHE_DIR);
  const staging = path.join(tmpDir, 'rg-staging');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(ripgrepPath(), path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  const tar = spawnSync('tar', ['-czf', path.join(cacheDir, RIPGREP_TARBALL), '-C', staging, 'rg'], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error('could not make the ripgrep tarball for the code-server install (is tar installed?)');
}

function npmCi(dir: string, tmpDir: string): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: tmpDir,
      // node-pty's postinstall runs `npx node-gyp`: as root that needs both.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
    },
  });
  if (result.status !== 0) {
    throw new Error(`installing code-server failed (npm ci exited ${result.status ?? result.signal}); see the output above`);
  }
}

/**
 * Returns the entry script of the pinned code-server, installing it into the
 * cache folder on first use. Concurrent runs are safe: each installs into its
 * own folder and the first to finish renames it into place.
 */
export function ensureCodeServer(log: (line: string) => void = console.log): string {
  const pin = pinned();
  const installDir = path.join(codeServerCacheRoot, pin.version);
  if (isInstalled(installDir, pin)) return entryOf(installDir);

  ripgrepPath();
  requireKerberosHeaders();
  log(`Installing code-server ${pin.version} into ${installDir} (first use only, about a minute)…`);
  fs.mkdirSync(codeServerCacheRoot, { recursive: true });
  const partial = fs.mkdtempSync(path.join(codeServerCacheRoot, `.partial-${pin.version}-`));
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cs-install-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) {
      fs.copyFileSync(path.join(codeServerManifestDir, file), path.join(partial, file));
    }
    seedRipgrepCache(tmpDir);
    npmCi(partial, tmpDir);
    fs.writeFileSync(path.join(partial, MARKER), `${pin.version} ${pin.fingerprint}\n`);
    if (fs.existsSync(installDir) && !isInstalled(installDir, pin)) fs.rmSync(installDir, { recursive: true, force: true });
    try {
      fs.renameSync(partial, installDir);
    } catch (error) {
      if (!isInstalled(installDir, pin)) throw error; // otherwise a concurrent run finished first
    }
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  log(`code-server ${pin.version} installed.`);
  return entryOf(installDir);
}
