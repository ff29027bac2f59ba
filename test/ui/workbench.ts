import type { Locator, Page } from 'playwright-core';

const PALETTE_INPUT = '.quick-input-widget input';
const PALETTE_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

/** Polls `probe` until it returns a value other than undefined/false, or fails naming what was awaited. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
}

/** What a person does in the VS Code workbench, through stable selectors. */
export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the Explorer lists the workspace's top-level entries. */
  async waitUntilReady(): Promise<void> {
    await waitFor('the Explorer to list the workspace', async () =>
      (await this.page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60_000);
  }

  private async openPalette(): Promise<Locator> {
    const input = this.page.locator(PALETTE_INPUT);
    // Retried once: a notification or a late-loading view can steal the first key press.
    for (let attempt = 0; attempt < 2; attempt++) {
      // Escape only closes an open quick input: in the editor it would drop the selection a command needs.
      if (attempt > 0 || await input.isVisible()) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        return input;
      } catch {
        await this.page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
      }
    }
    throw new Error('the command palette did not open (F1)');
  }

  /**
   * Types into the palette and clicks the first row showing `label`. Reopens the palette until the
   * row appears: a command whose `when` clause is not true yet (the editor's language just resolved)
   * only shows up on a later try, as for a person.
   */
  private async pick(query: string, label: string): Promise<void> {
    const row = this.page.locator(PALETTE_ROWS).filter({ hasText: label }).first();
    await waitFor(`"${label}" in the palette`, async () => {
      const input = await this.openPalette();
      await input.fill(query);
      return row.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    }, 60_000);
    await row.click();
    await this.page.locator(PALETTE_INPUT).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  }

  /** In an open quick pick (a command's question): clicks the row showing `label`. */
  async chooseItem(label: string): Promise<void> {
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(label);
    const row = this.page.locator(PALETTE_ROWS).filter({ hasText: label }).first();
    await waitFor(`"${label}" in the quick pick`, () => row.isVisible());
    await row.click();
  }

  /**
   * In VS Code's own folder dialog (code-server shows it in the quick input, starting at the
   * workspace folder): opens each of `subfolders` in turn by clicking its row, then accepts.
   */
  async chooseFolder(...subfolders: string[]): Promise<void> {
    const input = this.page.locator(PALETTE_INPUT);
    await waitFor('the folder dialog', async () => (await input.inputValue()).startsWith('/'));
    for (const name of subfolders) {
      const row = this.page.locator(PALETTE_ROWS).getByText(name, { exact: true }).first();
      await waitFor(`the folder ${name} in the dialog`, () => row.isVisible());
      await row.click();
      await waitFor(`the dialog to open ${name}`, async () => (await input.inputValue()).endsWith(`/${name}/`));
    }
    // (a click that lands while the dialog still redraws the folder it opened is lost: click again until the dialog closes)
    const accept = this.page.locator('.quick-input-widget .quick-input-action .monaco-button').first();
    await waitFor('the folder dialog to accept the folder', async () => {
      if (await input.isHidden()) return true;
      await accept.click({ timeout: 2_000 }).catch(() => undefined);
      return input.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false);
    });
  }

  /** Runs a command by its palette title, e.g. "News: Show Statements". */
  async runCommand(title: string): Promise<void> {
    await this.pick(`>${title}`, title);
  }

  /** Opens a workspace file by its workspace-relative path through Quick Open. */
  async openFile(relativePath: string): Promise<void> {
    const name = relativePath.split('/').pop() ?? relativePath;
    await this.pick(relativePath, name);
    await waitFor(`the editor tab of ${name}`, async () =>
      (await this.page.locator('.tabs-container .tab.active').getAttribute('aria-label'))?.includes(name));
  }

  /** Moves the cursor of the active editor, through the palette's `:line:column`. */
  async goToLine(line: number, column: number): Promise<void> {
    await this.pick(`:${line}:${column}`, `Go to line ${line} and character ${column}`);
    await waitFor(`the cursor at line ${line}, column ${column}`, async () =>
      (await this.page.locator('[id="status.editor.selection"]').innerText()).includes(`Ln ${line}, Col ${column}`));
  }

  /** In an open multi-select quick pick: checks the rows labelled `labels`, then accepts. */
  async checkAndAccept(labels: string[]): Promise<void> {
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    for (const label of labels) {
      await input.fill(label);
      const row = this.page.locator(PALETTE_ROWS).filter({ hasText: label }).first();
      await waitFor(`"${label}" in the quick pick`, () => row.isVisible());
      await row.locator('.monaco-checkbox, input[type=checkbox]').first().click();
    }
    await input.fill('');
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** The language mode shown in the status bar for the active editor. */
  async languageMode(): Promise<string> {
    return (await this.page.locator('[id="status.editor.mode"]').innerText()).trim();
  }

  /** The visible rows of a view container's trees, as their labels. */
  async viewRows(containerId: string): Promise<string[]> {
    const rows = this.page.locator(`[id="workbench.view.extension.${containerId}"] .monaco-list-row`);
    return (await rows.allInnerTexts()).map(text => text.replace(/\s+/g, ' ').trim());
  }

  /**
   * In an open multi-select quick pick, with the keyboard only: types `label` to filter, moves
   * into the list (Down), checks the row (Space), accepts (Enter).
   */
  async checkByKeyboard(label: string): Promise<void> {
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(label);
    const row = this.page.locator(PALETTE_ROWS).filter({ hasText: label }).first();
    await waitFor(`"${label}" in the quick pick`, () => row.isVisible());
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Space');
    await waitFor(`"${label}" to be checked`, async () => (await row.getAttribute('aria-checked')) === 'true', 10_000);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /**
   * Answers a command's question (a quick pick or input box whose title or prompt shows `question`):
   * types `text`, waits until `expectedRow` is the highlighted row if given, and presses Enter.
   */
  async answer(question: string, text: string, expectedRow?: string): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = this.page.locator(PALETTE_INPUT);
    const asking = async () => await input.isVisible() && (await widget.innerText()).includes(question);
    await waitFor(`the question "${question}"`, asking, 10_000);
    await input.fill(text);
    if (expectedRow) {
      // Enter takes the highlighted row: wait until it is the one expected, as a person looks before pressing.
      const row = this.page.locator(`${PALETTE_ROWS}.focused`).filter({ hasText: expectedRow }).first();
      await waitFor(`"${expectedRow}" highlighted in the quick pick`, async () => await row.isVisible() && (await input.inputValue()) === text);
    }
    await this.page.keyboard.press('Enter');
    await waitFor(`the question "${question}" to be answered`, async () => !(await asking()), 10_000);
  }

  /** The bottom-border colours (CSS rgb()) of the text decorations drawn in the visible editors. */
  async decorationBorderColours(): Promise<string[]> {
    return this.page.locator('.monaco-editor .view-overlays .cdr')
      .evaluateAll(elements => elements.map(e =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }).getComputedStyle(e).borderBottomColor));
  }

  /** Extends the editor's selection `count` characters to the right from the cursor. */
  async selectRight(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowRight');
  }

  /** Reloads the window, as closing and reopening the browser tab does, and waits for the workbench. */
  async reload(): Promise<void> {
    await this.page.reload();
    // The window comes back with whatever view and editors it restores (maybe none): ready once the
    // activity and status bars are drawn. Later steps poll on their own until the workbench answers.
    await waitFor('the workbench to be drawn again', async () =>
      (await this.page.locator('.part.activitybar .action-item').count()) > 0
      && (await this.page.locator('.part.statusbar .statusbar-item').count()) > 0, 60_000);
  }
}

/**
 * Polls `read` until `accept` holds or the time is up, and returns the last value read either way,
 * so the test's assertion shows what the person would have seen.
 */
export async function settle<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise(r => setTimeout(r, 250));
  }
}
