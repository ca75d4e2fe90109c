import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { firstUses, glossaryRuns } from '../../src/lib/glossary.ts';
import { buildSiteXref } from '../../src/lib/xref.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

const dir = join(process.cwd(), 'content', 'glossary');
const terms = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => glossaryTermSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
const topics = [
  { id: 'dibao', keywords: ['低保', '特困'] },
  { id: 'jobs', keywords: ['公益性岗位'] },
];
const xref = buildSiteXref(loadCorpus(), terms, topics, '2025-06-01');

describe('cross-references over the corpus', () => {
  it('finds every dated target of the seeds with its period end', () => {
    const found = xref.deadlines.map((d) => `${d.key} ${d.text} ${d.date}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'wenzhou-jingzhun-fupin#p2-5-13 到2018年 2018-12-31',
        'guangxi-houxu-fuchi#p2-3 在2020年8月底前 2020-08-31',
        'guangxi-houxu-fuchi#p2-4 2020年8月底前 2020-08-31',
        'guangxi-houxu-fuchi#p2-6 2020年8月底前 2020-08-31',
        'guangxi-houxu-fuchi#p1-2 到2020年底 2020-12-31',
        'guangxi-houxu-fuchi#p1-2 到2025年底 2025-12-31',
        'anhui-gonggu-chengguo#p2-3-16 2023年底前 2023-12-31',
        'suixian-anzhiqu-fangan#p1-2 到2025年 2025-12-31',
      ]),
    );
    expect(xref.deadlines.every((d, i, all) => i === 0 || all[i - 1]!.date <= d.date)).toBe(true);
  });

  it('marks targets past or upcoming against the build date and carries the responsible units', () => {
    const police = xref.deadlines.find((d) => d.key === 'anhui-gonggu-chengguo#p2-3-16')!;
    expect(police.status).toBe('past');
    expect(police.units).toEqual(['省公安厅']);
    expect(xref.deadlines.find((d) => d.text === '到2025年底')!.status).toBe('upcoming');
    const schools = xref.deadlines.find((d) => d.key === 'guangxi-houxu-fuchi#p2-3')!;
    expect(schools.units).toContain('自治区财政厅');
  });

  it('indexes departments across documents with normalised names', () => {
    expect(xref.departments.get('自治区财政厅')!.printed).toContain('财政厅');
    expect(xref.departments.get('县人社局')!.provisions.responsible.length).toBe(3);
    expect([...xref.departments.keys()]).not.toContain('财政厅');
  });

  it('finds provisions of other documents on the same topic', () => {
    const related = xref.related.relatedTo('guangxi-houxu-fuchi#p2-5');
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((r) => r.slug !== 'guangxi-houxu-fuchi')).toBe(true);
    expect(related.some((r) => r.sharedTopics.includes('dibao'))).toBe(true);
  });

  it('glossary linking never alters the verbatim text of any provision', () => {
    const ids = terms.map((t) => t.id);
    for (const p of xref.provisions.values()) {
      const prov = p.flat.provision;
      const parts = [prov.heading ?? '', ...prov.paragraphs, prov.units?.note ?? ''];
      const uses = firstUses(xref.matcher, parts);
      parts.forEach((text, i) => {
        const runs = glossaryRuns(text, uses.filter((u) => u.part === i), ids);
        expect(runs.map((r) => r.text).join('')).toBe(text);
      });
      expect(new Set(uses.map((u) => u.id)).size).toBe(uses.length);
    }
  });
});

