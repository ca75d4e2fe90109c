/**
 * The committed corpus and the importer cannot drift apart: re-parsing each seed gives the same
 * provision tree (labels, anchors, headings, paragraphs, units), preamble, closing and chrome as
 * the committed document.yaml. Hand-added annotations and hand-set metadata are not compared.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { flattenProvisions } from '../../src/lib/provisions.ts';
import { documentSchema, type Provision } from '../../src/schemas/document.ts';
import { parse } from './helpers.ts';
import { readDocumentYaml, readSource, SEEDS } from './seeds.ts';

const shape = (provisions: readonly Provision[]) =>
  flattenProvisions(provisions).map(({ anchor, provision: p }) => ({
    anchor,
    label: p.label,
    heading: p.heading,
    paragraphs: p.paragraphs,
    units: p.units,
  }));

describe.each(SEEDS)('$slug matches its source', ({ file, slug }) => {
  const committed = documentSchema.parse(parseYaml(readDocumentYaml(slug)));
  const imported = documentSchema.parse(parse(readSource(file)).document);

  it('has the same provision tree', () => {
    expect(shape(committed.provisions)).toEqual(shape(imported.provisions));
  });

  it('has the same preamble, closing and chrome', () => {
    expect(committed.preamble).toEqual(imported.preamble);
    expect(committed.closing).toEqual(imported.closing);
    expect(committed.chrome).toEqual(imported.chrome);
    expect(committed.source.file).toBe(file);
  });

  it('keeps the text-derived metadata the importer found', () => {
    const { title, issuers, docNumber, writtenOn, publishedOn, basedOn } = imported;
    expect({ title, issuers, docNumber, writtenOn, publishedOn, basedOn: basedOn.map(({ title: t, docNumber: n }) => ({ t, n })) }).toEqual({
      title: committed.title,
      issuers: committed.issuers,
      docNumber: committed.docNumber,
      writtenOn: committed.writtenOn,
      publishedOn: committed.publishedOn,
      basedOn: committed.basedOn.map(({ title: t, docNumber: n }) => ({ t, n })),
    });
  });
});

describe('anchors named in the editorial brief exist', () => {
  it.each([
    ['guangxi-houxu-fuchi', 'p2-10', ['二、', '(十)']],
    ['anhui-gonggu-chengguo', 'p3-35', ['三、', '35.']],
    ['anhui-gonggu-chengguo', 'p2-4-23', ['二、', '(四)', '23.']],
    ['dachuan-houxu-tuopin', 'p3-3-2', ['三、', '(三)', '2.']],
  ])('%s#%s', (slug, anchor, labels) => {
    const doc = documentSchema.parse(parseYaml(readDocumentYaml(slug)));
    expect(flattenProvisions(doc.provisions).find((f) => f.anchor === anchor)?.labels).toEqual(labels);
  });
});
