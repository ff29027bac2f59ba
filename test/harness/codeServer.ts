import { spawn, spawnSync, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ensureCodeServer } from './codeServerInstall';
import { stopProcessGroup, trackProcessGroup } from './processGroup';

export const CODE_SERVER_HOST = '127.0.0.1';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'update.mode': 'none',
};

export interface CodeServerOptions {
  /** .vsix files installed with --install-extension before the server starts, as a user installs them. */
  vsixToInstall?: string[];
  /** Extra environment for the server and its extension host. */
  env?: Record<string, string>;
}

/** A code-server running in its own process group, with all its state in a temporary folder. */
export class RunningCodeServer {
  constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    /** Temporary folder holding the user data, extensions, XDG dirs and the log. */
    readonly stateDir: string,
    readonly logFile: string,
  ) {}

  get origin(): string {
    return `http://${CODE_SERVER_HOST}:${this.port}`;
  }

  /** A `vscode-remote://` URI for a path on this machine, as the workbench's URL parameters expect. */
  remoteUri(fsPath: string): string {
    return `vscode-remote://${CODE_SERVER_HOST}:${this.port}${encodeURI(fsPath)}`;
  }

  async stop(): Promise<void> {
    await stopProcessGroup(this.child);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, CODE_SERVER_HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function httpOk(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const request = http.get(url, { timeout: 2000 }, response => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function makeStateDirs(stateDir: string) {
  const dirs = {
    userData: path.join(stateDir, 'user-data'),
    extensions: path.join(stateDir, 'extensions'),
    config: path.join(stateDir, 'config'),
    data: path.join(stateDir, 'data'),
    tmp: path.join(stateDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

/**
 * Starts the pinned code-server on a free loopback port, with fresh user data
 * and extensions folders, and waits until it answers /healthz.
 */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-code-server-'));
  const dirs = makeStateDirs(stateDir);
  // Without these code-server writes into the home folder.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    TMPDIR: dirs.tmp,
    // No extension gallery: the tests never reach the network (code-server defaults to open-vsx.org).
    EXTENSIONS_GALLERY: '{}',
    ...options.env,
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  for (const vsix of options.vsixToInstall ?? []) {
    const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (install.status !== 0) {
      throw new Error(`code-server could not install ${vsix} (exit ${install.status ?? install.signal}):\n${install.stdout}${install.stderr}`);
    }
  }

  const port = await freePort();
  const logFile = path.join(stateDir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [
    entry, ...common,
    '--bind-addr', `${CODE_SERVER_HOST}:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ], { env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  trackProcessGroup(child);
  const server = new RunningCodeServer(child, port, stateDir, logFile);

  let exited: string | undefined;
  child.once('exit', (code, signal) => { exited = `exited with ${code ?? signal}`; });
  const deadline = Date.now() + 60_000;
  while (!(await httpOk(`${server.origin}/healthz`))) {
    if (exited || Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not start (${exited ?? 'no answer on /healthz within 60 s'}). Its log:\n${tail(logFile)}`);
    }
    await new Promise(r => setTimeout(r, 200));
  }
  return server;
}
