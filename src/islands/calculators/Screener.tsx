/**
 * "查查我家可能享受的帮扶": plain questions for a relocated household; every verdict, reason
 * and next step comes from screenEntitlements in src/rules.
 */
import type { CitationMap } from '../../lib/calculator-citations.ts';
import { DISABILITY, fieldOf, memberCount, SCHOOL, screenInput, SPECIAL } from '../../lib/calculator-screener.ts';
import type { Answers } from '../../lib/calculator-state.ts';
import { DISCLAIMER } from '../../rules/messages.ts';
import { screenEntitlements, type ScreenItem } from '../../rules/screen-entitlements.ts';
import { choiceLabel, regionLabel, REGION_CHOICES, todayText } from './common.ts';
import { ChoiceField, SelectField, TextField, YES_NO_UNKNOWN } from './fields.tsx';
import { Badge, Citations, ErrorSummary, fieldErrors, Slip } from './slip.tsx';
import { useAnswers } from './use-answers.ts';

const LABELS: Record<string, string> = {
  r: '搬到了哪里（安置地）', n: '家里一起生活的人数', inc: '全家每月总收入', std: '当地低保标准',
  prop: '家庭财产符合当地低保规定吗', sup: '有能赡养、扶养的子女或亲属吗', poor: '是脱贫户或防返贫监测对象吗',
};

const GROUPS = [
  { verdict: 'likely', title: '可能符合', badge: 'likely' },
  { verdict: 'check', title: '需要核实', badge: 'check' },
  { verdict: 'not-indicated', title: '可能不适用或文件未提及', badge: 'none' },
] as const;

/** 'not-indicated' without citations means the region's documents are silent. */
const badgeText = (item: ScreenItem) =>
  item.verdict === 'likely' ? '可能符合' : item.verdict === 'check' ? '需要核实' : item.citations.length ? '可能不适用' : '文件未提及';

const yn = (v: string | undefined) => choiceLabel(YES_NO_UNKNOWN, v) || '不清楚';

function memberSummary(a: Answers, i: number): string {
  const special = SPECIAL.filter(({ key }) => a[`${key}${i}`] === 'yes').map((s) => s.label.replace(/（.*）/, ''));
  return [
    a[`a${i}`] ? `${a[`a${i}`]}岁` : '年龄未填',
    `有劳动能力：${yn(a[`w${i}`])}`, `想找工作：${yn(a[`ww${i}`])}`, `已就业：${yn(a[`e${i}`])}`,
    `残疾：${choiceLabel(DISABILITY, a[`d${i}`]) || '未填'}`,
    ...(a[`s${i}`] ? [`上学：${choiceLabel(SCHOOL, a[`s${i}`])}`] : []),
    ...special,
  ].join('；');
}

export default function Screener({ cites }: { cites: CitationMap }) {
  const state = useAnswers('screener');
  const { answers: a, submitted: s, set } = state;
  const members = memberCount(a.n);
  const result = s ? screenEntitlements(screenInput(s)) : null;
  const submittedSize = s ? memberCount(s.n) : null;
  const errors = result && !result.ok ? fieldErrors(result.issues, fieldOf) : {};
  if (submittedSize?.error) errors.n = submittedSize.error;
  else if (s && !s.n?.trim()) errors.n = '请填写家里一起生活的人数';
  const nError = members.error ?? errors.n;
  const memberErr = (f: string) => errors[f];

  return (
    <div>
      <form class="calc-form" noValidate onSubmit={(e) => { e.preventDefault(); state.submit(); }}>
        <ErrorSummary key={state.round} errors={errors} labels={LABELS} />
        <SelectField name="r" label={LABELS.r!} value={a.r ?? ''} onChange={set} choices={REGION_CHOICES} error={errors.r}
          hint="选搬迁后住的地方。不在列表里的选“其他地区”。" />
        <TextField name="n" label={LABELS.n!} suffix="人" inputMode="numeric" value={a.n ?? ''} onChange={set} error={nError}
          hint="包括自己。填好后，下面会出现每个人的几个问题。" />
        {Array.from({ length: members.count }, (_, i) => (
          <fieldset class="calc-member" key={i}>
            <legend>第 {i + 1} 位家庭成员{i === 0 ? '（可以是您自己）' : ''}</legend>
            <TextField name={`a${i}`} label="年龄" suffix="岁" inputMode="numeric" value={a[`a${i}`] ?? ''} onChange={set} error={memberErr(`a${i}`)} />
            <ChoiceField name={`w${i}`} legend="能干活吗（有劳动能力）？" inline choices={YES_NO_UNKNOWN} value={a[`w${i}`] ?? ''} onChange={set} error={memberErr(`w${i}`)} />
            <ChoiceField name={`ww${i}`} legend="想找工作吗？" inline choices={YES_NO_UNKNOWN} value={a[`ww${i}`] ?? ''} onChange={set} error={memberErr(`ww${i}`)} />
            <ChoiceField name={`e${i}`} legend="现在有工作吗（务工、上班、公益性岗位都算）？" inline choices={YES_NO_UNKNOWN} value={a[`e${i}`] ?? ''} onChange={set} error={memberErr(`e${i}`)} />
            <ChoiceField name={`d${i}`} legend="有没有残疾？" inline choices={DISABILITY} value={a[`d${i}`] ?? ''} onChange={set} error={memberErr(`d${i}`)} />
            <SelectField name={`s${i}`} label="在上学吗？" value={a[`s${i}`] ?? ''} onChange={set} choices={SCHOOL} placeholder="不填" error={memberErr(`s${i}`)} />
            <fieldset class="calc-field">
              <legend>有下面的情况吗？（有就勾上，可多选）</legend>
              <div class="calc-options">
                {SPECIAL.map(({ key, label }) => (
                  <label key={key}>
                    <input type="checkbox" name={`${key}${i}`} checked={a[`${key}${i}`] === 'yes'}
                      onChange={(e) => set(`${key}${i}`, (e.currentTarget as HTMLInputElement).checked ? 'yes' : '')} />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </fieldset>
        ))}
        <TextField name="inc" label={`${LABELS.inc}（可不填）`} suffix="元/月" value={a.inc ?? ''} onChange={set} error={errors.inc}
          hint="全家每个人的工资、务工、种养、经营等收入加在一起；没有收入填 0。" />
        <TextField name="std" label={`${LABELS.std}（可不填）`} suffix="元/人·月" value={a.std ?? ''} onChange={set} error={errors.std}
          hint="本站不提供标准金额。可在县（市、区）民政局网站的“低保标准”通知、村（社区）公示栏查到，或问乡镇民政。不知道就不填。" />
        <ChoiceField name="prop" legend={LABELS.prop!} inline choices={YES_NO_UNKNOWN} value={a.prop ?? ''} onChange={set} error={errors.prop}
          hint="各地对房产、车辆、存款等有不同规定，不清楚就选“不清楚”。" />
        <ChoiceField name="sup" legend={LABELS.sup!} inline choices={YES_NO_UNKNOWN} value={a.sup ?? ''} onChange={set} error={errors.sup} />
        <ChoiceField name="poor" legend={LABELS.poor!} inline choices={YES_NO_UNKNOWN} value={a.poor ?? ''} onChange={set} error={errors.poor} />
        <button type="submit" class="primary">查看结果</button>
      </form>

      {result?.ok && s && !submittedSize?.error && (
        <Slip key={state.round} title="我家可能享受的帮扶" date={todayText()} disclaimer={DISCLAIMER} state={state}
          answers={[
            [LABELS.r!, regionLabel(s.r)], [LABELS.n!, s.n ? `${s.n} 人` : ''],
            ...Array.from({ length: memberCount(s.n).count }, (_, i) => [`第 ${i + 1} 位`, memberSummary(s, i)] as const),
            [LABELS.inc!, s.inc ? `${s.inc} 元/月` : ''], [LABELS.std!, s.std ? `${s.std} 元/人·月` : ''],
            [LABELS.prop!, yn(s.prop)], [LABELS.sup!, yn(s.sup)], [LABELS.poor!, yn(s.poor)],
          ]}>
          {!result.hasDocuments && (
            <p class="notice">本站收录的文件中，没有适用于这个地区的文件。下面只列出国家层面的规定；当地有哪些帮扶，请向村委会（社区）和乡镇人民政府了解。</p>
          )}
          <ul class="calc-summary" aria-label="结果概览">
            {GROUPS.map((g) => (
              <li key={g.verdict}><Badge kind={g.badge}>{g.title} {result.items.filter((i) => i.verdict === g.verdict).length} 项</Badge></li>
            ))}
          </ul>
          {GROUPS.map((g) => {
            const items = result.items.filter((i) => i.verdict === g.verdict);
            return items.length === 0 ? null : (
              <section key={g.verdict} aria-label={g.title}>
                {items.map((item) => (
                  <div class="calc-item" key={item.id} data-item={item.id}>
                    <h3>{item.title} <Badge kind={g.badge}>{badgeText(item)}</Badge></h3>
                    <p>{item.reason}</p>
                    <p><strong>下一步：</strong>向{item.nextStep}咨询。</p>
                    {item.citations.length > 0 && <h4>依据</h4>}
                    <Citations keys={item.citations} cites={cites} />
                  </div>
                ))}
              </section>
            );
          })}
        </Slip>
      )}
    </div>
  );
}
