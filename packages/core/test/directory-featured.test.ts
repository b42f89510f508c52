import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { BrowseIndexReader, parseDirectory, writeBrowseForm } from '../src/index.js';
import { sampleDirectory } from './helpers/sample.js';

// A directory's keepers choose what its pages offer first: filters as one-press choices, and
// example searches for the hint. A choice naming nothing the directory can have is left out, and said.
const withFeatured = (featured: unknown) => parseDirectory({ ...sampleDirectory([]), featured });

describe("parseDirectory: the directory's featured filters and searches", () => {
  it('keeps filters that name a vocabulary term, an area of the directory or a derived term, and the searches', () => {
    const featured = {
      filters: [
        { group: 'community', term: 'young-people' },
        { group: 'area', term: sampleDirectory([]).areas![0]!.id },
        { group: 'attendance', term: 'online' },
        { group: 'when', term: 'evening' },
      ],
      searches: ['hearing voices', 'Worthing'],
    };
    const { directory, problems } = withFeatured(featured);
    assert.deepEqual(problems, []);
    assert.deepEqual(directory!.featured, featured);
  });

  it('leaves out a filter naming an unknown term or area, with an error that names it and the nearest id', () => {
    const { directory, problems } = withFeatured({
      filters: [
        { group: 'community', term: 'young-peple' },
        { group: 'format', term: 'group' },
        { group: 'area', term: 'atlantis' },
      ],
    });
    assert.deepEqual(directory!.featured!.filters, [{ group: 'format', term: 'group' }]);
    assert.deepEqual(
      problems.map(({ severity, path, message }) => ({ severity, path, message })),
      [
        {
          severity: 'error',
          path: 'featured.filters[0].term',
          message: '"young-peple" is not one of the community terms, so the filter is not offered; did you mean "young-people"?',
        },
        {
          severity: 'error',
          path: 'featured.filters[2].term',
          message: `"atlantis" is not one of the directory's areas, so the filter is not offered; the areas are ${sampleDirectory([])
            .areas!.map((area) => area.id)
            .join(', ')}.`,
        },
      ],
    );
  });

  it('reports a group that is not a filter group, and more than six filters, by where they are', () => {
    const { problems } = withFeatured({ filters: [{ group: 'colour', term: 'blue' }] });
    assert.equal(problems[0]!.path, 'featured.filters[0].group');
    const many = withFeatured({ filters: Array.from({ length: 7 }, () => ({ group: 'format', term: 'group' })) });
    assert.equal(many.problems[0]!.path, 'featured.filters');
  });

  it('are published in the browse form too, as directory.json has them', () => {
    const featured = { filters: [{ group: 'format', term: 'group' }], searches: ['voices'] };
    const { directory } = withFeatured(featured);
    const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
    const index = JSON.parse(writeBrowseForm(directory!, integrity).get('browse.json')!);
    const read = new BrowseIndexReader(index, 'https://cdn.example.org/browse.json').end().directory!;
    assert.deepEqual(read.featured, featured);
  });
});
