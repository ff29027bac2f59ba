// The .vsix a user installs: it must hold everything the manifest points at, and none of the sources.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as yauzl from 'yauzl';

const repoRoot = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsixFile = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);

/** The entry names in a zip file. */
function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${file}`));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => { names.push(entry.fileName); zip.readEntry(); });
      zip.once('end', () => resolve(names));
      zip.once('error', reject);
      zip.readEntry();
    });
  });
}

function readEntry(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${file}`));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.once('end', () => { zip.close(); resolve(Buffer.concat(chunks).toString('utf8')); });
        });
      });
      zip.once('end', () => reject(new Error(`${name} is not in ${file}`)));
      zip.readEntry();
    });
  });
}

/** A manifest-relative path ("./dist/extension.js") as its entry name in the .vsix. */
function entryName(manifestPath: string): string {
  return `extension/${path.posix.normalize(manifestPath.replace(/\\/g, '/')).replace(/^\.\//, '')}`;
}

/** Every file the manifest refers to: entry points, grammars, language configurations and icons. */
function referencedFiles(): string[] {
  const contributes = manifest.contributes ?? {};
  const files: string[] = [];
  const add = (p: unknown) => { if (typeof p === 'string') files.push(p); };
  const addIcon = (icon: unknown) => {
    if (typeof icon === 'string' && /\.(svg|png)$/i.test(icon)) add(icon);
    else if (icon && typeof icon === 'object') Object.values(icon).forEach(add);
  };
  add(manifest.main);
  add(manifest.browser);
  addIcon(manifest.icon);
  for (const language of contributes.languages ?? []) { add(language.configuration); addIcon(language.icon); }
  for (const grammar of contributes.grammars ?? []) add(grammar.path);
  for (const containers of Object.values(contributes.viewsContainers ?? {}) as { icon?: unknown }[][]) {
    for (const container of containers) addIcon(container.icon);
  }
  for (const command of contributes.commands ?? []) addIcon(command.icon);
  for (const views of Object.values(contributes.views ?? {}) as { icon?: unknown }[][]) {
    for (const view of views) addIcon(view.icon);
  }
  return files;
}

describe(`the packaged extension (${path.basename(vsixFile)})`, () => {
  let entries: string[] = [];

  before(async function () {
    if (!fs.existsSync(vsixFile)) assert.fail(`${path.basename(vsixFile)} is missing: run \`npm run package\` first`);
    entries = await zipEntries(vsixFile);
  });

  it('holds the node and browser bundles with their source maps', () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      assert.ok(entries.includes(`extension/${bundle}`), `${bundle} is packaged`);
      assert.ok(entries.includes(`extension/${bundle}.map`), `${bundle}.map is packaged`);
    }
  });

  it('holds the News Article grammar, the language configuration and the icons in media/', () => {
    assert.ok(entries.includes('extension/syntaxes/news-article.tmLanguage.json'), 'the grammar is packaged');
    assert.ok(entries.includes('extension/language-configuration.json'), 'the language configuration is packaged');
    assert.ok(entries.some(e => /^extension\/media\/.+\.(svg|png)$/.test(e)), 'icons in media/ are packaged');
  });

  it('holds the README and the LICENSE', () => {
    assert.ok(entries.some(e => /^extension\/readme\.md$/i.test(e)), 'README is packaged');
    assert.ok(entries.some(e => /^extension\/license(\.txt|\.md)?$/i.test(e)), 'LICENSE is packaged');
  });

  it('holds every file its manifest refers to', () => {
    const missing = referencedFiles().filter(file => !entries.includes(entryName(file)));
    assert.deepStrictEqual(missing, [], 'files named in package.json but not packaged');
  });

  it('holds nothing from test/, src/, out/, node_modules/ or the caches, and no TypeScript sources', () => {
    const unwanted = entries.filter(e =>
      /^extension\/(test|src|out|node_modules|\.cache|\.vscode-test|test-results)\//.test(e)
      || (/\.ts$/.test(e) && !/\.d\.ts$/.test(e)));
    assert.deepStrictEqual(unwanted, []);
  });

  it('ships a minified production bundle that points at its source map', async () => {
    const bundle = await readEntry(vsixFile, 'extension/dist/extension.js');
    assert.match(bundle, /\/\/# sourceMappingURL=extension\.js\.map\s*$/);
    const averageLineLength = bundle.length / bundle.split('\n').length;
    assert.ok(averageLineLength > 200, `a minified bundle has long lines; these average ${averageLineLength.toFixed(0)} characters (was it built with --production?)`);
  });

  it('carries the manifest of this version', async () => {
    const packaged = JSON.parse(await readEntry(vsixFile, 'extension/package.json'));
    assert.strictEqual(packaged.name, manifest.name);
    assert.strictEqual(packaged.version, manifest.version);
    assert.deepStrictEqual(packaged.contributes, manifest.contributes);
  });
});
