/**
 * 旧房拆除: must the old house be demolished, by when (民法典 period counting), what counts,
 * when the reward comes, what happens to the land — all from planDemolition; the .ics file
 * from icsForDemolition. This island only collects answers and lays the plan out.
 */
import type { CitationMap } from '../../lib/calculator-citations.ts';
import { formatChineseIso } from '../../rules/dates.ts';
import { planDemolition, VILLAGE_PROTECTION_LABELS, VILLAGE_PROTECTIONS, type PlanDemolitionResult } from '../../rules/demolition.ts';
import { icsForDemolition } from '../../rules/ics.ts';
import { DISCLAIMER } from '../../rules/messages.ts';
import { choiceLabel, regionLabel, REGION_CHOICES, todayText } from './common.ts';
import { ChoiceField, SelectField, TextField } from './fields.tsx';
import { Badge, Citations, ErrorSummary, fieldErrors, Slip } from './slip.tsx';
import { useAnswers } from './use-answers.ts';

const HOUSE = [
  { value: 'self-built-detached', label: '自建独立房' },
  { value: 'shared-or-connected', label: '与亲属（邻居）共居（共建）连体房' },
];
const VILLAGE = VILLAGE_PROTECTIONS.map((value) => ({ value, label: VILLAGE_PROTECTION_LABELS[value] }));
const LABELS = { r: '旧房所在地区', m: '实际入住新房的日期', t: '旧房类型', v: '旧房所在村落', d: '旧房拆除日期（已拆的填）' };
const FIELD_OF: Record<string, string> = { region: 'r', movedInOn: 'm', houseType: 't', villageProtection: 'v', demolishedOn: 'd' };
const DATE_HINT = '例如 2020-3-5、2020/03/05、2020.3.5 或 2020年3月5日。';


type Plan = Extract<PlanDemolitionResult, { ok: true }>;

function downloadIcs(plan: Plan) {
  const text = icsForDemolition(plan, { nowMs: Date.now() });
  if (!text) return;
  // A blob: URL, not data:, so the strict Content-Security-Policy allows it.
  const href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = `旧房拆除期限-${plan.deadline}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function Countdown({ plan }: { plan: Plan }) {
  if (plan.daysLeft === null) return null;
  return plan.daysLeft >= 0
    ? <p class="calc-big">距期限还有 {plan.daysLeft} 天</p>
    : <p class="calc-big calc-overdue">已超过期限 {-plan.daysLeft} 天</p>;
}

function Verdict({ plan, demolishedOn }: { plan: Plan; demolishedOn?: string }) {
  const reward = formatChineseIso(plan.rewardMonth) || null;
  return (
    <div class="calc-item" data-item="verdict">
      <h3>
        {plan.mustDemolish ? '旧房要整体拆除' : '可以申请不拆除（需县级政府批准）'}{' '}
        <Badge kind={plan.appliesInRegion ? (plan.mustDemolish ? 'likely' : 'check') : 'none'}>
          {plan.appliesInRegion ? (plan.mustDemolish ? '文件要求拆除' : '需要审批') : '仅供参考'}
        </Badge>
      </h3>
      {plan.deadline && (
        <p class="calc-big">最迟 {formatChineseIso(plan.deadline)}{plan.planned ? '（预计）' : ''} 前拆除</p>
      )}
      {demolishedOn ? <p>旧房已于 {formatChineseIso(demolishedOn)} 拆除。奖励政策原则上在拆除的当月（{reward}）兑现。</p> : <Countdown plan={plan} />}
      {plan.exemption && <p>{plan.exemption.path}</p>}
      <p class="calc-working"><strong>怎么算的：</strong>{plan.working}</p>
    </div>
  );
}

export default function Demolition({ cites }: { cites: CitationMap }) {
  const state = useAnswers('demolition');
  const { answers: a, submitted: s, set } = state;
  const plan = s ? planDemolition({ region: s.r ?? '', movedInOn: s.m ?? '', houseType: s.t ?? '', villageProtection: s.v ?? '', demolishedOn: s.d ?? '' }) : null;
  const errors = plan && !plan.ok ? fieldErrors(plan.issues, (p) => FIELD_OF[p] ?? 'm') : {};

  return (
    <div>
      <form class="calc-form" noValidate onSubmit={(e) => { e.preventDefault(); state.submit(); }}>
        <ErrorSummary key={state.round} errors={errors} labels={LABELS} />
        <SelectField name="r" label={LABELS.r} value={a.r ?? ''} onChange={set} choices={REGION_CHOICES} error={errors.r} />
        <TextField name="m" label={LABELS.m} inputMode="text" value={a.m ?? ''} onChange={set} error={errors.m} hint={`${DATE_HINT}还没搬的，可以填预计日期。`} />
        <ChoiceField name="t" legend={LABELS.t} choices={HOUSE} value={a.t ?? ''} onChange={set} error={errors.t} />
        <ChoiceField name="v" legend={LABELS.v} choices={VILLAGE} value={a.v ?? ''} onChange={set} error={errors.v}
          hint="不清楚的，先选“不属于下列村落”，再向村委会核实。" />
        <TextField name="d" label={LABELS.d} inputMode="text" value={a.d ?? ''} onChange={set} error={errors.d} hint={`没拆的不填。${DATE_HINT}`} />
        <button type="submit" class="primary">查看拆旧安排</button>
      </form>

      {plan?.ok && s && (
        <Slip key={state.round} title="旧房拆除和复垦" date={todayText()} disclaimer={DISCLAIMER} state={state}
          answers={[[LABELS.r, regionLabel(s.r)], [LABELS.m, `${formatChineseIso(plan.steps.find((x) => x.id === 'move-in')?.date ?? null) || s.m}${plan.planned ? '（预计）' : ''}`], [LABELS.t, choiceLabel(HOUSE, s.t)], [LABELS.v, choiceLabel(VILLAGE, s.v)], [LABELS.d, s.d ? formatChineseIso(plan.steps.find((x) => x.id === 'demolish')?.date ?? null) : '']]}>
          {!plan.appliesInRegion && (
            <p class="notice">本站收录的文件中，本地区没有旧房拆除的规定。下面是<strong>广西</strong>文件的规定，<strong>仅供参考</strong>，不一定适用于您家；请向县级人民政府（或乡镇）了解当地的规定。</p>
          )}
          <Verdict plan={plan} demolishedOn={s.d ? plan.steps.find((x) => x.id === 'demolish')?.date ?? undefined : undefined} />
          {plan.deadline && !s.d && (
            <div class="calc-ics">
              <button type="button" onClick={() => downloadIcs(plan)}>下载日历提醒（.ics）</button>
              <p class="calc-hint">期限当天，以及提前 60 天、30 天各提醒一次；下载后用手机日历打开即可导入。</p>
            </div>
          )}
          <div class="calc-item" data-item="timeline">
            <h3>步骤</h3>
            <ol class="calc-timeline">
              {plan.steps.map((step) => (
                <li key={step.id} class={`${step.id === 'demolish' ? 'key' : ''}${step.id === 'move-in' && !plan.planned ? ' done' : ''}`}>
                  <span class="dot" aria-hidden="true" />
                  {step.date && <time dateTime={step.date}>{formatChineseIso(step.date)}</time>}
                  <span>{step.title}</span>
                  <span class="step-cite">（依据：{step.citations.map((k) => cites[k]?.short ?? k).join('；')}）</span>
                </li>
              ))}
            </ol>
          </div>
          <div class="calc-item" data-item="notes">
            <h3>要注意</h3>
            <ul>{plan.notes.map((n) => <li key={n}>{n}</li>)}</ul>
          </div>
          <div class="calc-item" data-item="basis">
            <h3>依据原文</h3>
            <Citations keys={plan.citations} cites={cites} />
          </div>
        </Slip>
      )}
    </div>
  );
}
