import * as vscode from 'vscode';
import { addTags, removeTags } from '../../core/annotations';
import { editContext } from './commandContext';
import { configuredTags } from './settings';
import { onEachPart, partsSuffix, StatementAnnotationCommand, type AnnotationChange } from './statementCommand';
import type { AnnotationArgs, StatementTarget } from './statementTarget';

const NEW_TAG = '$(add) New tag…';

/** The tags of any part of the target's utterance (those of the statement alone when parts are not joined). */
function tagsOf(target: StatementTarget): string[] {
  return [...new Set(target.utterance.flatMap(p => p.statement.tags))];
}

/**
 * News: Tag Statement… — the statement at the cursor or selected in the tree
 * (every part of its utterance when the view joins them).
 * Args `{tags}` or `{tagIndex}` (keybindings) skip the quick pick.
 */
export class TagStatementCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.tagStatement';

  protected async changeFor(target: StatementTarget, args: AnnotationArgs): Promise<AnnotationChange | undefined> {
    const current = tagsOf(target);
    const fromArgs = args.tags ?? (args.tagIndex !== undefined ? [configuredTags()[args.tagIndex]?.name].filter((t): t is string => !!t) : undefined);
    const tags = fromArgs ?? await pickTags(current);
    if (!tags?.length) return undefined;
    // The quick pick shows current tags checked: unchecking one removes it.
    const unchecked = fromArgs ? [] : current.filter(t => !tags.includes(t));
    const added = tags.filter(t => !current.includes(t));
    const context = editContext();
    return {
      label: `tag ${added.join(', ') || tags.join(', ')}${partsSuffix(target.utterance)}`,
      apply: onEachPart(target.utterance, (doc, text, ref) => {
        const withTags = addTags(doc, text, ref, tags, context);
        return unchecked.length ? removeTags(withTags, text, ref, unchecked, context) : withTags;
      }),
    };
  }
}

/** A multi-select of the configured tags (current ones checked) plus "New tag…". Undefined if cancelled. */
async function pickTags(current: readonly string[]): Promise<string[] | undefined> {
  const configured = configuredTags();
  const names = [...configured.map(t => t.name), ...current.filter(t => !configured.some(c => c.name === t))];
  const items: vscode.QuickPickItem[] = names.map(name => ({
    label: name,
    description: configured.find(t => t.name === name)?.description,
    picked: current.includes(name),
  }));
  items.push({ label: NEW_TAG, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Tag Statement', placeHolder: 'Tags for this statement' });
  if (!picked) return undefined;
  const tags = picked.filter(p => p.label !== NEW_TAG).map(p => p.label);
  if (picked.some(p => p.label === NEW_TAG)) {
    const name = await vscode.window.showInputBox({
      title: 'New Tag', prompt: 'A name for the new tag (add it to the newsAnnotator.tags setting to give it a colour)',
      validateInput: v => (v.trim() ? undefined : 'A tag needs a name'),
    });
    if (name?.trim()) tags.push(name.trim());
  }
  return tags;
}

/** News: Remove Tag… (from every part of the utterance when the view joins them) — args `{tags}` skip the quick pick. */
export class RemoveTagCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.removeTag';

  protected async changeFor(target: StatementTarget, args: AnnotationArgs): Promise<AnnotationChange | undefined> {
    const current = tagsOf(target);
    if (!current.length) {
      void vscode.window.showInformationMessage('This statement has no tags.');
      return undefined;
    }
    const tags = args.tags ?? (current.length === 1 ? [...current]
      : await vscode.window.showQuickPick(current, { canPickMany: true, title: 'Remove Tag', placeHolder: 'Tags to remove' }));
    if (!tags?.length) return undefined;
    const context = editContext();
    return {
      label: `remove tag ${tags.join(', ')}${partsSuffix(target.utterance)}`,
      apply: onEachPart(target.utterance, (doc, text, ref) => removeTags(doc, text, ref, tags, context)),
    };
  }
}
