/**
 * 温州 重点帮扶对象: the ceiling on how many may be identified, and the exit test
 * (focusHouseholdQuota, wenzhouExitTest in src/rules). Two independent forms, one hash.
 */
import type { CitationMap } from '../../lib/calculator-citations.ts';
import { focusHouseholdQuota, wenzhouExitTest } from '../../rules/focus-household.ts';
import { DISCLAIMER } from '../../rules/messages.ts';
import { choiceLabel, todayText } from './common.ts';
import { ChoiceField, TextField, YES_NO_UNKNOWN } from './fields.tsx';
import { Badge, Citations, ErrorSummary, fieldErrors, Slip } from './slip.tsx';
import { useAnswers } from './use-answers.ts';

const AREA = [
  { value: 'county', label: '县（5个县）' },
  { value: 'district-or-city', label: '区或县级市（4个区、2个县级市）' },
];
const LABELS = {
  area: '县，还是区或县级市', pop: '农村户籍人数', inc: '当年家庭年人均收入', std: '当地低保边缘户标准',
  stable: '有稳定的收入吗', better: '生活状况明显改善了吗',
};
const QUOTA_FIELDS: Record<string, string> = { areaType: 'area', ruralHukouPopulation: 'pop' };
const EXIT_FIELDS: Record<string, string> = { annualPerCapitaIncomeYuan: 'inc', localMarginalStandardYuan: 'std', stableIncome: 'stable', livingImproved: 'better' };
const EXIT_BADGE = { 'may-exit': ['likely', '可能符合退出条件'], 'check': ['check', '需要核实'], 'stays': ['no', '暂不符合退出条件'] } as const;

export default function Quota({ cites }: { cites: CitationMap }) {
  const state = useAnswers('quota');
  const { answers: a, submitted: s, set } = state;
  const wantsQuota = Boolean(s && (s.area || s.pop));
  const wantsExit = Boolean(s && (s.inc || s.std || s.stable || s.better));
  const quota = s && (wantsQuota || !wantsExit) ? focusHouseholdQuota({ areaType: s.area ?? '', ruralHukouPopulation: s.pop ?? '' }) : null;
  const exit = s && wantsExit ? wenzhouExitTest({ annualPerCapitaIncomeYuan: s.inc ?? '', localMarginalStandardYuan: s.std ?? '', stableIncome: s.stable ?? '', livingImproved: s.better ?? '' }) : null;
  const errors = {
    ...(quota && !quota.ok ? fieldErrors(quota.issues, (p) => QUOTA_FIELDS[p] ?? 'pop') : {}),
    ...(exit && !exit.ok ? fieldErrors(exit.issues, (p) => EXIT_FIELDS[p] ?? 'inc') : {}),
  };
  const ok = (quota === null || quota.ok) && (exit === null || exit.ok);

  return (
    <div>
      <form class="calc-form" noValidate onSubmit={(e) => { e.preventDefault(); state.submit(); }}>
        <ErrorSummary key={state.round} errors={errors} labels={LABELS} />
        <h2>一、重点帮扶对象名额上限</h2>
        <ChoiceField name="area" legend={LABELS.area} choices={AREA} value={a.area ?? ''} onChange={set} error={errors.area} />
        <TextField name="pop" label={LABELS.pop} suffix="人" inputMode="numeric" value={a.pop ?? ''} onChange={set} error={errors.pop}
          hint="本县（市、区）的农村户籍人口数，以公安、统计部门的数字为准。" />
        <h2>二、能不能退出重点帮扶对象（可只填这一部分）</h2>
        <TextField name="inc" label={LABELS.inc} suffix="元/人·年" value={a.inc ?? ''} onChange={set} error={errors.inc} />
        <TextField name="std" label={LABELS.std} suffix="元/人·年" value={a.std ?? ''} onChange={set} error={errors.std}
          hint="本站不提供标准金额，请向县民政部门或村委会了解当地低保边缘户标准。" />
        <ChoiceField name="stable" legend={LABELS.stable} inline choices={YES_NO_UNKNOWN} value={a.stable ?? ''} onChange={set} error={errors.stable} />
        <ChoiceField name="better" legend={LABELS.better} inline choices={YES_NO_UNKNOWN} value={a.better ?? ''} onChange={set} error={errors.better} />
        <button type="submit" class="primary">计算</button>
      </form>
      {s && ok && (quota?.ok || exit?.ok) && (
        <Slip key={state.round} title="温州市重点帮扶对象" date={todayText()} disclaimer={DISCLAIMER} state={state}
          answers={[
            ...(quota?.ok ? [[LABELS.area, choiceLabel(AREA, s.area)] as const, [LABELS.pop, `${s.pop} 人`] as const] : []),
            ...(exit?.ok ? [
              [LABELS.inc, `${s.inc} 元/人·年`] as const, [LABELS.std, `${s.std} 元/人·年`] as const,
              [LABELS.stable, choiceLabel(YES_NO_UNKNOWN, s.stable) || '不清楚'] as const, [LABELS.better, choiceLabel(YES_NO_UNKNOWN, s.better) || '不清楚'] as const,
            ] : []),
          ]}>
          {quota?.ok && (
            <div class="calc-item" data-item="quota">
              <h3>名额上限 <Badge kind="check">一般不超过</Badge></h3>
              <p class="calc-big">{quota.maxPersons.toLocaleString('zh-CN')} 人</p>
              <p class="calc-working"><strong>计算过程：</strong>{quota.working}</p>
              <Citations keys={quota.citations} cites={cites} />
            </div>
          )}
          {exit?.ok && (
            <div class="calc-item" data-item="exit">
              <h3>退出条件 <Badge kind={EXIT_BADGE[exit.verdict][0]}>{EXIT_BADGE[exit.verdict][1]}</Badge></h3>
              <p>{exit.reason}</p>
              <p><strong>下一步：</strong>向村委会了解；退出须经审核公示。</p>
              <Citations keys={exit.citations} cites={cites} />
            </div>
          )}
        </Slip>
      )}
    </div>
  );
}
