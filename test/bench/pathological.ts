/**
 * Inputs that break naive extractors: junk, unbalanced marks, and shapes that make
 * backtracking or per-paragraph rescans quadratic. The robustness test checks that
 * analyze finishes on each with a well-formed analysis; the benchmark prints their times.
 */
export interface PathologicalInput {
  name: string;
  make(): string;
}

const MB = 1 << 20;
const repeatTo = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** `article` is any real article text (the seed), used to build long realistic shapes. */
export function pathologicalInputs(article: string): PathologicalInput[] {
  return [
    { name: 'empty text', make: () => '' },
    { name: 'only whitespace and line ends', make: () => ' \n\r\n\t\n\n  \r' },
    { name: 'binary junk (50 KB)', make: () => Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join('') },
    { name: 'lone surrogates around quotes', make: () => '“\uD800 said \uDC00”, he \uDBFF said. \uDFFF“'.repeat(2_000) },
    { name: 'unbalanced quotation marks', make: () => '“one ” two” “three “ four ‘ five’ ’six “seven,” he said. '.repeat(5_000) },
    { name: 'a quote that never closes (1 MB)', make: () => 'Blinken said: “' + 'the talks went on and on, '.repeat(40_000) },
    { name: '10 MB without a newline', make: () => repeatTo('The minister said “it is fine” and Xi said that talks would go on, analysts said. ', 10 * MB) },
    // the article's body (its first line may be a header) as one paragraph, so it is read as prose
    { name: 'one 5 MB paragraph', make: () => repeatTo(article.slice(article.indexOf('\n') + 1).replace(/\s*\n\s*/g, ' ') + ' ', 5 * MB) },
    { name: '100,000 quotation marks in a row', make: () => '“'.repeat(100_000) },
    { name: '100,000 mixed quotation marks in a row', make: () => '“”"\'‘’'.repeat(17_000) },
    { name: 'a line of 200,000 capitalised words', make: () => 'Xi Jinping Blinken President Washington '.repeat(40_000) },
    { name: '200,000 reporting verbs', make: () => 'said told according to he added, '.repeat(40_000) },
    { name: '100,000 blank lines', make: () => '\n\r\n'.repeat(100_000) },
    // a scan for the next mark that runs past its paragraph makes this quadratic in the paragraph count
    { name: '1 MB of short paragraphs without quotation marks', make: () => repeatTo('The council met on Monday and the vote was close\n\n', MB) },
    // each paragraph ends in a name never written again: asking "is this name used elsewhere?" by a search
    // of the whole text for each would be quadratic
    // one sentence of quotes owned by `her`: looking for the sentence's subject from its start for each quote would be quadratic
    { name: 'one sentence of 30,000 quotes after "her"', make: () => 'then she showed him her “secret plan” and '.repeat(30_000) },
    // the frames of a quote's sentence walked from their first for each quote made one sentence of many cues and quotes quadratic
    { name: 'one sentence of 20,000 cues and 20,000 quotes', make: () => 'the mayor said the survey revealed “a town in crisis” after the council rejected “the plan” and '.repeat(20_000) },
    // a long capitalised run opening one sentence, then many participles asking for that sentence's subject
    { name: 'a capitalised run then 20,000 participles', make: () => 'Ann Lee Tom Hale '.repeat(20_000) + 'waited, saying it works, '.repeat(20_000) },
    // a signature's handle searched for again from each handle to its paragraph's last line would be quadratic
    { name: 'one paragraph of 100,000 handles', make: () => 'and more (@y) '.repeat(100_000) },
    // quotes after sentences about someone: a walk over the paragraph's subjects for each quote would be quadratic
    { name: 'one paragraph of 20,000 quotes after narration', make: () => 'Asked about her knee, Ana Lima shrugged. “It is fine.” '.repeat(20_000) },
    { name: '40,000 paragraphs of narration and double-quoted quotes, no single marks', make: () => 'She spoke at length.\n\n"When I started, it was formal."\n\n'.repeat(20_000) },
    { name: '20,000 paragraphs ending in a bare unique name', make: () => Array.from({ length: 20_000 }, (_, i) => `The council met on Monday and the vote was close this time. Tomas Lindq${i.toString(36)}`).join('\n\n') },
  ];
}
