import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../src/extension/markdown';

describe('escapeMarkdown', () => {
  it('keeps quoted words literal: emphasis, links, headings and lists do not render', () => {
    assert.equal(escapeMarkdown('*not bold* [no link](x) #tag'), '\\*not bold\\* \\[no link\\]\\(x\\) \\#tag');
    assert.equal(escapeMarkdown('- not a list\n1. nor this'), '\\- not a list  \n\\1. nor this');
  });

  it('leaves plain words and spaces alone so hovers wrap', () => {
    assert.equal(escapeMarkdown('Xi Jinping told Blinken “progress”'), 'Xi Jinping told Blinken “progress”');
  });
});
