/**
 * 安置点要配什么 (for cadres): region + households + persons → the obligations the documents
 * attach to a site of that size, each with its deadline and whether it has passed
 * (siteObligations in src/rules).
 */
import type { CitationMap } from '../../lib/calculator-citations.ts';
import { DISCLAIMER } from '../../rules/messages.ts';
import { siteObligations, type SiteObligation } from '../../rules/site-obligations.ts';
import { regionLabel, REGION_CHOICES, todayText } from './common.ts';
import { SelectField, TextField } from './fields.tsx';
import { Badge, Citations, ErrorSummary, fieldErrors, Slip } from './slip.tsx';
import { useAnswers } from './use-answers.ts';

const LABELS = { r: '安置点所在地区', h: '安置户数', p: '安置人数' };
const FIELD_OF: Record<string, string> = { region: 'r', households: 'h', persons: 'p' };

function Deadline({ o }: { o: SiteObligation }) {
  if (o.status === 'passed') return <Badge kind="passed">期限已过：{o.deadlineText}</Badge>;
  if (o.status === 'upcoming') return <Badge kind="upcoming">期限未到：{o.deadlineText}</Badge>;
  return <Badge kind="none">{o.deadlineText ? `时间要求：${o.deadlineText}` : '文件未定具体期限'}</Badge>;
}

export default function SiteCheck({ cites }: { cites: CitationMap }) {
  const state = useAnswers('site');
  const { answers: a, submitted: s, set } = state;
  const result = s ? siteObligations({ region: s.r ?? '', households: s.h ?? '', persons: s.p ?? '' }) : null;
  const errors = result && !result.ok ? fieldErrors(result.issues, (p) => FIELD_OF[p] ?? 'r') : {};

  return (
    <div>
      <form class="calc-form" noValidate onSubmit={(e) => { e.preventDefault(); state.submit(); }}>
        <ErrorSummary key={state.round} errors={errors} labels={LABELS} />
        <SelectField name="r" label={LABELS.r} value={a.r ?? ''} onChange={set} choices={REGION_CHOICES} error={errors.r} />
        <TextField name="h" label={LABELS.h} suffix="户" inputMode="numeric" value={a.h ?? ''} onChange={set} error={errors.h} />
        <TextField name="p" label={LABELS.p} suffix="人" inputMode="numeric" value={a.p ?? ''} onChange={set} error={errors.p} />
        <button type="submit" class="primary">查看要求</button>
      </form>
      {result?.ok && s && (
        <Slip key={state.round} title="安置点建设和帮扶要求" date={todayText()} disclaimer={DISCLAIMER} state={state}
          answers={[[LABELS.r, regionLabel(s.r)], [LABELS.h, `${s.h} 户`], [LABELS.p, `${s.p} 人`]]}>
          <p>{result.note}</p>
          {result.items.length === 0 && (
            <p class="notice">本站收录的文件中没有适用于这个地区的安置点要求，请向县发展改革部门（易地搬迁工作机构）了解当地规定。</p>
          )}
          {result.items.map((o) => (
            <div class="calc-item" key={o.id} data-item={o.id}>
              <h3>{o.title}</h3>
              <p><Deadline o={o} /></p>
              <p><strong>适用于：</strong>{o.condition}</p>
              <Citations keys={o.citations} cites={cites} />
            </div>
          ))}
        </Slip>
      )}
    </div>
  );
}
