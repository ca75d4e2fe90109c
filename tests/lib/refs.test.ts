import { describe, expect, it } from 'vitest';
import { compactDocNumber, findReferences, normalizeDocNumber, normalizeTitle } from '../../src/lib/refs.ts';

describe('文号 extraction over every form the seeds print', () => {
  const cases: [string, string][] = [
    ['达川脱贫攻坚办[2018]84号', '达川脱贫攻坚办〔2018〕84号'],
    ['(川脱贫办发〔2018〕26号)要求', '川脱贫办发〔2018〕26号'],
    ['(发改振兴〔2021〕524号)', '发改振兴〔2021〕524号'],
    ['(鄂发改振兴〔2021〕154号)', '鄂发改振兴〔2021〕154号'],
    ['(鄂发改振兴〔2022〕251号)相关要求', '鄂发改振兴〔2022〕251号'],
    ['(发改办振兴 〔2023〕242号)明确的', '发改办振兴〔2023〕242号'],
    ['桂发［2019］12号', '桂发〔2019〕12号'],
    ['测发(2019)2号', '测发〔2019〕2号'],
    ['测发（2019）2号', '测发〔2019〕2号'],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected} in “${text}”`, () => {
      const refs = findReferences(text);
      expect(refs.map((r) => r.docNumber)).toEqual([expected]);
      const r = refs[0]!;
      expect(text.slice(r.start, r.end)).toBe(r.raw);
    });
  }

  it('half- and full-width brackets give the same canonical 文号', () => {
    const forms = ['达川脱贫攻坚办[2018]84号', '达川脱贫攻坚办〔2018〕84号', '达川脱贫攻坚办［2018］84号', '达川脱贫攻坚办 (2018) 84号'];
    expect(new Set(forms.map(normalizeDocNumber))).toEqual(new Set(['达川脱贫攻坚办〔2018〕84号']));
  });

  it('drops a leading verb that is not part of the issuer code', () => {
    expect(findReferences('根据川脱贫办发〔2018〕26号文件')[0]!.docNumber).toBe('川脱贫办发〔2018〕26号');
  });

  it('the compact form has no brackets, for search', () => {
    expect(compactDocNumber('发改办振兴〔2023〕242号')).toBe('发改办振兴2023242号');
  });

  it('does not take a year range or a plain year for a 文号', () => {
    expect(findReferences('三年行动计划 (2023年-2025年)，到2025年底')).toEqual([]);
  });
});

describe('《》 titles', () => {
  it('pairs the Dachuan preamble title with the 文号 in brackets after it', () => {
    const text = '根据《省脱贫攻坚领导小组办公室关于印发〈关于加强易地扶贫搬迁后续脱贫发展的指导意见〉的通知》(川脱贫办发〔2018〕26号)要求,为贯彻落实';
    const [r, ...rest] = findReferences(text);
    expect(rest).toEqual([]);
    expect(r!.title).toBe('省脱贫攻坚领导小组办公室关于印发〈关于加强易地扶贫搬迁后续脱贫发展的指导意见〉的通知');
    expect(r!.docNumber).toBe('川脱贫办发〔2018〕26号');
    expect(r!.raw.endsWith('26号)')).toBe(true);
  });

  it('normalises the spaces and 〈 〉 inside the Anhui title', () => {
    const text = '根据 《国家发展改革委办公厅国家乡村振兴综合司关于印发 〈巩固易地搬迁脱贫成果专项行动方案 〉的通知》 (发改办振兴 〔2023〕242号)明确的具体任务要求';
    const refs = findReferences(text);
    expect(refs).toHaveLength(1);
    expect(refs[0]!.title).toBe('国家发展改革委办公厅国家乡村振兴综合司关于印发〈巩固易地搬迁脱贫成果专项行动方案〉的通知');
    expect(refs[0]!.docNumber).toBe('发改办振兴〔2023〕242号');
  });

  it('reads the Suixian preamble as five references, three with a 文号', () => {
    const text = '根据国家发改委等20个部委联合印发实施的《关于切实做好易地扶贫搬迁后续扶持工作巩固拓展脱贫攻坚成果的指导意见》(发改振兴〔2021〕524号)、湖北省第十二次党代会精神、省委、省政府《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的实施意见》、中共湖北省委《关于开展党员干部下基层察民情解民忧暖民心实践活动的通知》、省发改委等21个单位联合印发的《湖北省易地扶贫搬迁后续扶持实施方案》(鄂发改振兴〔2021〕154号)、省发改委和省乡村振兴局联合印发的《湖北省打造“稳得住、能致富”安置区实施方案》(鄂发改振兴〔2022〕251号)相关要求';
    const refs = findReferences(text);
    expect(refs.map((r) => r.docNumber)).toEqual(['发改振兴〔2021〕524号', null, null, '鄂发改振兴〔2021〕154号', '鄂发改振兴〔2022〕251号']);
    expect(refs[4]!.title).toBe('湖北省打造“稳得住、能致富”安置区实施方案');
  });

  it('keeps a year range inside a title as part of the title', () => {
    const refs = findReferences('落实 《加强新时代公安派出所工作三年行动计划 (2023年-2025年)》, 2023年底前');
    expect(refs).toHaveLength(1);
    expect(refs[0]!.title).toBe('加强新时代公安派出所工作三年行动计划（2023年-2025年）');
  });

  it('normalizeTitle is idempotent', () => {
    const t = normalizeTitle('关于印发 〈巩固方案 〉的通知 (2023年)');
    expect(normalizeTitle(t)).toBe(t);
  });
});
