import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { resultsDir } from './paths';

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'failure';
}

/**
 * Saves a screenshot of the page and copies of the server log and the workbench console
 * under test-results/<layer>/; returns the files written.
 */
export async function saveFailureArtifacts(
  layer: string, name: string, page?: Page, serverLog?: string, consoleLog?: string,
): Promise<string[]> {
  const dir = path.join(resultsDir, layer);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, safeName(name));
  const written: string[] = [];
  if (page && !page.isClosed()) {
    try {
      await page.screenshot({ path: `${base}.png`, timeout: 10_000 });
      written.push(`${base}.png`);
    } catch {
      // a crashed page has no screenshot; the log still helps
    }
  }
  if (serverLog && fs.existsSync(serverLog)) {
    fs.copyFileSync(serverLog, `${base}.server.log`);
    written.push(`${base}.server.log`);
  }
  if (consoleLog && fs.existsSync(consoleLog)) {
    fs.copyFileSync(consoleLog, `${base}.console.log`);
    written.push(`${base}.console.log`);
  }
  return written;
}
