/** Every dated target of the corpus as an all-day event on the last day of its period. */
import type { APIRoute } from 'astro';
import { getXref } from '../../components/xref/data.ts';
import { calendarOf } from '../../lib/ics.ts';
import { deadlineLabel } from '../../lib/deadlines.ts';
import { xrefPaths } from '../../lib/xref-paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { xref } = await getXref();
  const events = xref.deadlines.map((d) => {
    const p = xref.provisions.get(d.key)!;
    const doc = xref.documents.get(p.slug)!.data;
    return {
      uid: d.id,
      date: d.date,
      summary: `${deadlineLabel(d)}：${doc.shortTitle} ${p.flat.labels.join('')}`,
      description: [`原文：“${d.clause}”`, `出处：${p.citation}`, d.units.length ? `单位：${d.units.join('、')}` : '单位：原文未注明'].join('\n'),
      url: site ? new URL(xrefPaths.key(d.key), site).href : undefined,
    };
  });
  const body = calendarOf(events, { name: '搬迁政策通：政策中的期限和目标', stampDate: xref.buildDate });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
