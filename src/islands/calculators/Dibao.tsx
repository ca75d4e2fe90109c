/**
 * 低保差额估算 and, for Guangxi, the 6-month 安置地低保 total. All arithmetic and wording of
 * the working comes from src/rules (dibaoTopUp, transitionalDibao); this island only collects
 * answers and lays the result out.
 */
import type { CitationMap } from '../../lib/calculator-citations.ts';
import { dibaoTopUp, transitionalDibao } from '../../rules/dibao.ts';
import { formatYuan } from '../../rules/result.ts';
import { DISCLAIMER } from '../../rules/messages.ts';
import { regionLabel, REGION_CHOICES, todayText } from './common.ts';
import { SelectField, TextField } from './fields.tsx';
import { Badge, Citations, ErrorSummary, fieldErrors, Slip } from './slip.tsx';
import { useAnswers } from './use-answers.ts';

const FIELD_OF: Record<string, string> = {
  localStandardYuanPerPersonMonth: 'std', householdSize: 'n', householdMonthlyIncomeYuan: 'inc', region: 'r',
};
const LABELS = { r: '安置地', std: '当地低保标准', n: '共同生活的家庭人数', inc: '全家每月总收入' };

export default function Dibao({ cites }: { cites: CitationMap }) {
  const state = useAnswers('dibao');
  const { answers: a, submitted: s } = state;
  const result = s
    ? dibaoTopUp({ localStandardYuanPerPersonMonth: s.std, householdSize: s.n, householdMonthlyIncomeYuan: s.inc, region: s.r || undefined })
    : null;
  const transitional = result?.ok && s?.r ? transitionalDibao({ region: s.r, monthlyYuan: result.monthlyYuan }) : null;
  const errors = result && !result.ok ? fieldErrors(result.issues, (p) => FIELD_OF[p] ?? 'std') : {};
  const shown = (field: keyof typeof LABELS) => (s ? errors[field] : undefined);

  return (
    <div>
      <form
        class="calc-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          state.submit();
        }}
      >
        <ErrorSummary key={state.round} errors={errors} labels={LABELS} />
        <SelectField name="r" label="安置地（可不选）" value={a.r ?? ''} onChange={state.set} choices={REGION_CHOICES}
          placeholder="不选（只按差额估算）" hint="选了安置地，会同时列出当地文件里关于低保的规定；广西的还会算出 6 个月安置地低保的合计。" error={shown('r')} />
        <TextField name="std" label="当地低保标准" suffix="元/人·月" value={a.std ?? ''} onChange={state.set} error={shown('std')}
          hint="本站不提供标准金额。可以在县（市、区）政府或民政局网站的“低保标准”通知、村（社区）公示栏里查到，也可以问乡镇民政。按月、按人填写。" />
        <TextField name="n" label="共同生活的家庭人数" suffix="人" inputMode="numeric" value={a.n ?? ''} onChange={state.set} error={shown('n')} />
        <TextField name="inc" label="全家每月总收入" suffix="元/月" value={a.inc ?? ''} onChange={state.set} error={shown('inc')}
          hint="家庭总收入以户为单位计算：把全家每个人的工资、务工、种养、经营等收入加在一起，没有收入填 0。" />
        <button type="submit" class="primary">算一算</button>
      </form>

      {result?.ok && s && (
        <Slip key={state.round} title="低保差额估算" date={todayText()} disclaimer={DISCLAIMER} state={state}
          answers={[[LABELS.r, regionLabel(s.r)], [LABELS.std, s.std ? `${s.std} 元/人·月` : ''], [LABELS.n, s.n ? `${s.n} 人` : ''], [LABELS.inc, s.inc ? `${s.inc} 元/月` : '']]}>
          <div class="calc-item">
            <h3>
              按收入估算的低保差额{' '}
              {result.eligibleByIncome ? <Badge kind="likely">可能符合</Badge> : <Badge kind="no">按收入没有差额</Badge>}
            </h3>
            {result.eligibleByIncome && <p class="calc-big">约 {formatYuan(result.monthlyYuan)} 元/月</p>}
            <p class="calc-working"><strong>计算过程：</strong>{result.working}</p>
            {result.notes.map((n) => <p key={n} class="calc-note">{n}</p>)}
            <p><strong>下一步：</strong>{result.eligibleByIncome ? '带上户口簿、身份证和收入情况，到乡镇民政或村委会（社区）申请，金额以民政核定为准。' : '如果家里有重病、残疾等特殊困难，也可以问问乡镇民政还有哪些救助。'}</p>
            <h4>依据</h4>
            <Citations keys={result.citations} cites={cites} />
          </div>
          {transitional?.ok && (
            <div class="calc-item">
              <h3>
                在安置地申请 6 个月低保{' '}
                {transitional.applies ? <Badge kind="check">需要核实</Badge> : <Badge kind="none">文件未提及</Badge>}
              </h3>
              {transitional.applies && transitional.totalYuan > 0 && <p class="calc-big">6 个月合计约 {formatYuan(transitional.totalYuan)} 元</p>}
              <p>{transitional.reason}</p>
              <p><strong>下一步：</strong>向乡镇民政咨询。</p>
              <Citations keys={transitional.citations} cites={cites} />
            </div>
          )}
        </Slip>
      )}
    </div>
  );
}
