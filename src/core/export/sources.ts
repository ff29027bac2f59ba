/**
 * Whose voices an article quotes: each source (speaker) with what it is, a person's gender as the article
 * shows it, and how many utterances it has; then each article's totals, the figures a source-diversity audit
 * (such as the Gender Gap Tracker's) reports. Built from the exported statements, so a person's corrections
 * count: a corrected speaker, an added statement, a dismissed one (left out).
 */
import type { Analysis, Speaker, SpeakerKind, StatementKind } from '../types';
import { csvLines } from './csv';
import { annotate, exportStatements, placedStatements, type ExportArticle, type ExportFile } from './article';

export interface Source {
  file: string;
  speaker: string;
  kind: SpeakerKind;
  gender: 'female' | 'male' | null;
  role: string | null;
  /** Utterances: a quote split around its attribution, or going on in the next paragraph, counts once. */
  statements: number;
  byKind: Record<StatementKind, number>;
  /** Of `statements`, those made together with others named one by one (`Tore Sohlberg and Lehla Abreder said`). */
  joint: number;
}

export interface SourceTotals {
  /** The article's file, or null for the totals of every article. */
  file: string | null;
  people: number;
  female: number;
  male: number;
  /** People whose gender the article does not show. */
  genderUnknown: number;
  organizations: number;
  groups: number;
  /** Speakers of unknown kind (a name a person typed that the article's speakers do not hold). */
  others: number;
  /**
   * Utterances, and whose voices they are: an utterance made together by people named one by one counts once
   * here and once for each of its people in `byFemale`, `byMale` and `byGenderUnknown`.
   */
  statements: number;
  byFemale: number;
  byMale: number;
  byGenderUnknown: number;
  byOrganizations: number;
  byGroups: number;
  byOthers: number;
  unattributed: number;
}

export interface SourceReport {
  sources: Source[];
  /** One per article, in the order given. */
  articles: SourceTotals[];
  total: SourceTotals;
}

export const emptyTotals = (file: string | null): SourceTotals => ({
  file, people: 0, female: 0, male: 0, genderUnknown: 0, organizations: 0, groups: 0, others: 0,
  statements: 0, byFemale: 0, byMale: 0, byGenderUnknown: 0, byOrganizations: 0, byGroups: 0, byOthers: 0, unattributed: 0,
});

/** Adds one source and its utterances to the totals (not to `statements`, which counts each utterance once). */
function count(t: SourceTotals, s: Source): void {
  if (s.kind === 'person') {
    t.people++;
    if (s.gender === 'female') { t.female++; t.byFemale += s.statements; }
    else if (s.gender === 'male') { t.male++; t.byMale += s.statements; }
    else { t.genderUnknown++; t.byGenderUnknown += s.statements; }
  } else if (s.kind === 'organization') { t.organizations++; t.byOrganizations += s.statements; }
  else if (s.kind === 'group') { t.groups++; t.byGroups += s.statements; }
  else { t.others++; t.byOthers += s.statements; }
}

/** What counting sources needs of one statement. */
interface SpokenStatement {
  kind: StatementKind;
  /** The speaker's name, or null for an unattributed statement. */
  speaker: string | null;
  /** Set on a later part of an utterance quoted in parts. */
  continues: string | null | undefined;
}

/**
 * One article's sources and totals, from its speakers and statements (in text order). People named one by
 * one as one speaker (`Tore Sohlberg and Lehla Abreder said`) are each a source of what they said together,
 * and their group is none.
 */
export function articleSources(file: string, speakers: readonly Speaker[], statements: Iterable<SpokenStatement>): { sources: Source[]; totals: SourceTotals } {
  const totals = emptyTotals(file);
  const speakerNamed = new Map(speakers.map(s => [s.name, s]));
  const speakerWithId = new Map(speakers.map(s => [s.id, s]));
  const bySpeaker = new Map<string, Source>();
  const credit = (name: string, speaker: Speaker | undefined, kind: StatementKind, joint: boolean) => {
    let source = bySpeaker.get(name);
    if (!source) {
      // (a speaker only a person named, and not among the article's, is of unknown kind)
      source = { file, speaker: name, kind: speaker?.kind ?? 'unknown', gender: speaker?.gender ?? null, role: speaker?.role ?? null,
        statements: 0, byKind: { direct: 0, partial: 0, indirect: 0, pullquote: 0 }, joint: 0 };
      bySpeaker.set(name, source);
    }
    source.statements++;
    source.byKind[kind]++;
    if (joint) source.joint++;
  };
  for (const r of statements) {
    if (r.continues) continue; // a later part of an utterance already counted
    totals.statements++;
    if (r.speaker === null) { totals.unattributed++; continue; }
    const speaker = speakerNamed.get(r.speaker);
    const members = (speaker?.members ?? []).map(id => speakerWithId.get(id)).filter((m): m is Speaker => !!m);
    if (members.length) for (const m of members) credit(m.name, m, r.kind, true);
    else credit(r.speaker, speaker, r.kind, false);
  }
  for (const s of bySpeaker.values()) count(totals, s);
  return { sources: [...bySpeaker.values()], totals };
}

/** The sources of an analysis as the extractor made it (no person's annotations): for streaming over a corpus. */
export function analysisSources(file: string, analysis: Analysis): { sources: Source[]; totals: SourceTotals } {
  return articleSources(file, analysis.speakers, analysis.statements.map(s => ({ kind: s.kind, speaker: s.speaker?.name ?? null, continues: s.continues })));
}

/** Adds one article's totals to a running total. */
export function addTotals(total: SourceTotals, totals: SourceTotals): void {
  for (const key of Object.keys(total) as (keyof SourceTotals)[]) if (key !== 'file') total[key] += totals[key];
}

/** The sources of each article and the totals, from its statements with the person's annotations applied. */
export function sourceReport(articles: readonly ExportArticle[]): SourceReport {
  const sources: Source[] = [];
  const perArticle: SourceTotals[] = [];
  const total = emptyTotals(null);
  for (const article of articles) {
    const annotated = annotate(article);
    const one = articleSources(article.name, annotated.speakers, placedStatements(exportStatements(article, annotated)));
    sources.push(...one.sources);
    perArticle.push(one.totals);
    addTotals(total, one.totals);
  }
  return { sources, articles: perArticle, total };
}

/** `part` of `whole` as a percentage with one decimal, or '' when there is no whole. */
export function share(part: number, whole: number): string {
  return whole > 0 ? (100 * part / whole).toFixed(1) : '';
}

export const SOURCE_COLUMNS = ['file', 'speaker', 'kind', 'gender', 'role', 'statements', 'direct', 'partial', 'indirect', 'pullquote', 'joint'] as const;

export const SUMMARY_COLUMNS = ['file', 'people', 'female', 'male', 'gender_unknown', 'female_share', 'organizations', 'groups', 'other_speakers',
  'statements', 'by_female', 'by_male', 'by_gender_unknown', 'by_organizations', 'by_groups', 'by_others', 'unattributed'] as const;

/** One row of `sources.csv`, as the cells of SOURCE_COLUMNS. */
export function sourceRow(s: Source): (string | number | null)[] {
  return [s.file, s.speaker, s.kind, s.gender, s.role, s.statements, s.byKind.direct, s.byKind.partial, s.byKind.indirect, s.byKind.pullquote, s.joint];
}

/**
 * `sources.csv`, one source of one article a row; `sources-summary.csv`, one article a row. `female_share` is
 * the women's share of the people whose gender the article shows, in percent, as source audits report it.
 * The totals of every article are not a row, so that a sheet may sum the columns; the CLI and the
 * extension report them.
 */
export function exportSources(articles: readonly ExportArticle[]): ExportFile[] {
  const report = sourceReport(articles);
  const sourceRows = report.sources.map(sourceRow);
  const summaryRows = report.articles.map(t => [t.file, t.people, t.female, t.male, t.genderUnknown, share(t.female, t.female + t.male), t.organizations, t.groups, t.others,
    t.statements, t.byFemale, t.byMale, t.byGenderUnknown, t.byOrganizations, t.byGroups, t.byOthers, t.unattributed]);
  return [
    { path: 'sources.csv', content: csvLines([[...SOURCE_COLUMNS], ...sourceRows]) },
    { path: 'sources-summary.csv', content: csvLines([[...SUMMARY_COLUMNS], ...summaryRows]) },
  ];
}

/** One line saying whose voices the articles quote: `98 people quoted (28 female, 69 male, 1 not shown: 28.9% female), 12 organizations, 7 groups`. */
export function describeSources(t: SourceTotals): string {
  const people = `${t.people} ${t.people === 1 ? 'person' : 'people'} quoted (${t.female} female, ${t.male} male, ${t.genderUnknown} not shown` +
    (t.female + t.male ? `: ${share(t.female, t.female + t.male)}% female)` : ')');
  return `${people}, ${t.organizations} organization${t.organizations === 1 ? '' : 's'}, ${t.groups} group${t.groups === 1 ? '' : 's'}`;
}
