import { findSubtopics, indexSubtopics } from './subtopicSearch';
import { profileOptions } from './testData';

const subtopics = indexSubtopics(profileOptions().taxonomy);

describe('findSubtopics', () => {
  it('finds a subtopic by a synonym and says which word matched', () => {
    const [first] = findSubtopics('dyslectie', subtopics);
    expect(first).toEqual({
      slug: 'dyslexie',
      label: 'Dyslexie en leesproblemen',
      domainSlug: 'taal-lezen',
      domainLabel: 'Taal, lezen en spelling',
      matched: 'dyslectie',
    });
  });

  it('finds abbreviations through the shared matcher ("TOS")', () => {
    expect(findSubtopics('TOS', subtopics).map((match) => match.slug)).toContain('tos');
  });

  it('offers only what the database taxonomy allows: no retired subtopics, only the domain', () => {
    expect(findSubtopics('oude lees', subtopics)).toEqual([]);
    expect(findSubtopics('dyslectie', subtopics, { domain: 'spraak-taal' })).toEqual([]);
    expect(findSubtopics('dyslectie', subtopics, { exclude: ['dyslexie'] })).toEqual([]);
  });

  it('finds subtopics an admin added by their label or synonyms', () => {
    expect(findSubtopics('voorleesontbijt', subtopics)[0]).toMatchObject({
      slug: 'voorleesontbijt',
      matched: null,
    });
    expect(findSubtopics('ontbijt met', subtopics)[0]).toMatchObject({
      slug: 'voorleesontbijt',
      matched: 'ontbijt met boeken',
    });
  });
});
