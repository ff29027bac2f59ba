import * as vscode from 'vscode';
import { correctSpeaker, type SpeakerChange } from '../../core/annotations';
import type { Speaker, SpeakerKind } from '../../core/types';
import { isArticle } from '../articleStore';
import type { Command } from '../commandManager';
import type { TreeNode } from '../views/statementGroups';
import { editContext, type AnnotationServices } from './commandContext';
import { argsOf, resolveStatement, targetDocument } from './statementTarget';

/** What **Correct Speaker…** offers, and the change each makes. */
const CHOICES: { label: string; detail: string; change: SpeakerChange; undo: string }[] = [
  { label: 'Female', detail: 'A woman', change: { gender: 'female' }, undo: 'female' },
  { label: 'Male', detail: 'A man', change: { gender: 'male' }, undo: 'male' },
  { label: 'Gender not shown', detail: 'The article does not show it, whatever the name suggests', change: { gender: null }, undo: 'gender not shown' },
  { label: 'Organization', detail: 'A company, government body, newspaper, team…', change: { kind: 'organization' }, undo: 'organization' },
  { label: 'Group', detail: 'Several people: analysts, residents, two officials…', change: { kind: 'group' }, undo: 'group' },
  { label: 'Person', detail: 'One person', change: { kind: 'person' }, undo: 'person' },
  { label: 'As the article shows it', detail: 'Remove your corrections of this speaker', change: { kind: 'reset', gender: 'reset' }, undo: 'as the article shows it' },
];

const GENDERS: Record<string, SpeakerChange['gender']> = { female: 'female', male: 'male', none: null, reset: 'reset' };
const KINDS: Record<string, SpeakerKind | 'reset'> = { person: 'person', organization: 'organization', group: 'group', unknown: 'unknown', reset: 'reset' };

/** Args that skip the questions: `{speaker, gender: female|male|none|reset, speakerKind: person|organization|group|unknown|reset}`. */
function changeFromArgs(args: { gender?: string; speakerKind?: string }): SpeakerChange | undefined {
  const change: SpeakerChange = {};
  if (args.gender !== undefined && args.gender in GENDERS) change.gender = GENDERS[args.gender];
  if (args.speakerKind !== undefined && args.speakerKind in KINDS) change.kind = KINDS[args.speakerKind];
  return change.gender === undefined && change.kind === undefined ? undefined : change;
}

function describe(speaker: Speaker | undefined): string {
  if (!speaker) return '';
  return [speaker.kind, speaker.gender].filter(Boolean).join(', ');
}

/**
 * News: Correct Speaker… — what a speaker is, for counting whose voices an article quotes: a person's
 * gender (or that the article does not show it), or the kind (organization, group, person). Applies to
 * every statement of that speaker, is kept in the sidecar by the speaker's name, and is undone by Undo.
 * Acts on the speaker row it is invoked on in the Statements view, the `speaker` named in its args, or
 * the speaker of the statement at the cursor.
 */
export class CorrectSpeakerCommand implements Command {
  readonly id = 'newsAnnotator.correctSpeaker';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<boolean> {
    const { store, tree, annotations } = this.services;
    const args = argsOf(arg);
    const node = typeof arg === 'object' && arg !== null && (arg as TreeNode).type === 'group' ? arg as TreeNode & { type: 'group' } : undefined;
    let document: vscode.TextDocument | undefined;
    let name: string | undefined;
    if (node?.role === 'speaker' || args.speaker) {
      document = await targetDocument(tree, args, arg);
      name = args.speaker ?? (node ? node.label : undefined);
    } else {
      const target = await resolveStatement(store, tree, arg);
      document = target?.document;
      name = target?.statement.speaker?.name;
    }
    if (!document || !isArticle(document) || !name) {
      void vscode.window.showInformationMessage('Put the cursor in a statement that has a speaker, or pick a speaker in the Statements view (grouped by speaker).');
      return false;
    }
    const view = await store.viewFor(document);
    const speaker = view?.analysis.speakers.find(s => s.name.toLowerCase() === name!.toLowerCase());
    let change = changeFromArgs(args);
    let undo = [args.speakerKind, args.gender].filter(Boolean).join(', ');
    if (!change) {
      const picked = await vscode.window.showQuickPick(CHOICES.map(c => ({ label: c.label, detail: c.detail, choice: c })), {
        title: `Correct Speaker: ${name}${speaker ? ` (now ${describe(speaker)})` : ''}`,
      });
      if (!picked) return false;
      change = picked.choice.change;
      undo = picked.choice.undo;
    }
    const context = editContext();
    return annotations.edit(document, `correct speaker ${name}: ${undo}`, doc => correctSpeaker(doc, name!, change!, context));
  }
}
