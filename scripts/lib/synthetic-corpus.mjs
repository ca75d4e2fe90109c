/**
 * A synthetic corpus for the scale benchmark (scripts/bench-scale.mjs): the five real documents
 * verbatim plus N − 5 synthetic county documents recombined from their provisions, written as a
 * complete content root (content/documents, content/sources, and the other collections copied
 * from the project) so `CONTENT_ROOT=<root> npm run build` builds it like the real site.
 *
 * Why the real five stay in: topic pages, the glossary and the calculators cite real provisions
 * (`guangxi-houxu-fuchi#p2-10`); a corpus without them would not build. N counts ALL documents,
 * so N = 5 is today's site.
 *
 * Deterministic: the same N gives byte-identical files (a seeded PRNG, no clock, no Math.random),
 * so two benchmark runs measure the same input.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCorpus } from '../../src/lib/corpus.ts';

/** Collections other than documents/sources that the build reads under CONTENT_ROOT. */
const COPIED_COLLECTIONS = ['glossary', 'topics', 'parameters', 'lessons'];

/** mulberry32: tiny, fast, good enough to shuffle test data; seeded so output is repeatable. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 23 → 二十三 (enough for provision labels). */
export function chineseNumeral(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

// Province codes and names of regions with relocation programmes; counties get synthetic names
// built from common place-name characters so no real county is impersonated by accident.
const PROVINCES = [
  ['52', '贵州省'], ['53', '云南省'], ['51', '四川省'], ['45', '广西壮族自治区'], ['43', '湖南省'],
  ['42', '湖北省'], ['62', '甘肃省'], ['61', '陕西省'], ['36', '江西省'], ['34', '安徽省'],
];
const NAME_CHARS = '安平兴宁德和丰源清河川阳山泉溪岭石桥林江华昌盛东西南北新永福乐';
const TOP_HEADINGS = ['总体要求', '重点任务', '保障措施', '完善基础设施', '促进就业增收', '加强社区治理', '强化组织领导', '健全公共服务', '发展后续产业', '推进社会融入'];

/** Text of the real documents that would misname the synthetic region, swapped for its name. */
const REGION_WORDS = /广西壮族自治区|自治区|广西|安徽省|安徽|温州市|温州|达州市达川区|达川区|达川|随州市随县|随县|我区|我省|我市|我县/g;

/** Every provision of the seeds that has its own text, as a reusable leaf (children dropped). */
function leafPool(seeds) {
  const pool = [];
  const walk = (list) => {
    for (const p of list) {
      if (p.paragraphs.length > 0) pool.push({ heading: p.heading, paragraphs: p.paragraphs, units: p.units });
      walk(p.children);
    }
  };
  for (const d of seeds) walk(d.data.provisions);
  return pool;
}

/** One synthetic document and its source text, from the seeds, for index i (0-based). */
export function synthesizeDocument(i, seeds, pool = leafPool(seeds)) {
  const rand = prng(0x5eed + i * 7919);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const [provinceCode, provinceName] = PROVINCES[i % PROVINCES.length];
  // Unique per i: the city/county digits encode i, so 6-digit codes never collide below 10 000.
  const code = `${provinceCode}${String(Math.floor(i / 100) + 1).padStart(2, '0')}${String((i % 100)).padStart(2, '0')}`;
  const county = `${pick([...NAME_CHARS])}${pick([...NAME_CHARS])}县`;
  const regionName = `${provinceName}${county}`;
  const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
  const swap = (text) => text.replace(REGION_WORDS, county);
  const year = 2016 + Math.floor(rand() * 7);
  const writtenOn = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const issuer = `${county}人民政府办公室`;
  const title = `${county}关于做好易地扶贫搬迁后续扶持工作的实施意见`;
  const docNumber = `${county.slice(0, 2)}府办发〔${year}〕${1 + Math.floor(rand() * 80)}号`;

  const sectionCount = 3 + Math.floor(rand() * 4);
  const headings = shuffle(TOP_HEADINGS, rand).slice(0, sectionCount);
  let item = 0;
  const provisions = headings.map((heading, s) => {
    const count = 2 + Math.floor(rand() * 6);
    const children = Array.from({ length: count }, () => {
      const leaf = pick(pool);
      item += 1; // run on across sections, like the Guangxi seed: (一)…(十五)
      const child = { label: `(${chineseNumeral(item)})`, heading: leaf.heading ? swap(leaf.heading) : null, paragraphs: leaf.paragraphs.map(swap) };
      if (leaf.units) {
        child.units = {
          note: swap(leaf.units.note),
          lead: leaf.units.lead.map(swap),
          support: leaf.units.support.map(swap),
          responsible: leaf.units.responsible.map(swap),
        };
      }
      return child;
    });
    return { label: `${chineseNumeral(s + 1)}、`, heading, paragraphs: [], children };
  });

  const preambleText = `为巩固易地扶贫搬迁脱贫成果，确保搬迁群众稳得住、有就业、逐步能致富，结合${county}实际，提出如下意见。`;
  const data = {
    title,
    workingTitle: null,
    shortTitle: `${county}后续扶持意见`,
    issuers: [issuer],
    docNumber,
    writtenOn,
    publishedOn: null,
    missing: { publishedOn: '合成测试文件，未设发布日期' },
    level: 'county',
    region: { code, name: regionName, note: '合成测试数据（scripts/bench-scale.mjs 生成），非真实行政区划与政策' },
    source: { file: `${slug}.txt`, site: null, note: `由 ${seeds.map((d) => d.slug).join('、')} 的条款重组生成的规模测试文本，非真实政策` },
    status: { value: '未知', reason: '合成测试文件，仅用于规模基准测试' },
    basedOn: [],
    preamble: [
      { kind: 'title', text: title },
      { kind: 'doc-number', text: docNumber },
      { kind: 'paragraph', text: preambleText },
    ],
    provisions,
    closing: [
      { kind: 'signature', text: issuer },
      { kind: 'date', text: `${year}年${Number(writtenOn.slice(5, 7))}月${Number(writtenOn.slice(8, 10))}日` },
    ],
    chrome: [],
  };
  return { slug, data, source: sourceText(data) };
}

/** The plain text a scraped page of this document would hold: what the fidelity test compares. */
function sourceText(doc) {
  const lines = doc.preamble.map((b) => b.text);
  const walk = (list) => {
    for (const p of list) {
      lines.push(`${p.label}${p.heading ?? ''}`);
      lines.push(...p.paragraphs);
      if (p.units) lines.push(p.units.note);
      walk(p.children ?? []);
    }
  };
  walk(doc.provisions);
  lines.push(...doc.closing.map((b) => b.text));
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a content root with `total` documents (the real ones + synthetic ones) under `root`.
 * @param {{ root: string, total: number, projectRoot?: string }} options
 * @returns {{ documents: number, synthetic: number, provisions: number }}
 */
export function writeSyntheticCorpus({ root, total, projectRoot = process.cwd() }) {
  const seeds = loadCorpus(projectRoot);
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  for (const name of ['documents', 'sources', ...COPIED_COLLECTIONS]) {
    const from = join(projectRoot, 'content', name);
    if (existsSync(from)) cpSync(from, join(content, name), { recursive: true });
  }
  const pool = leafPool(seeds);
  const synthetic = Math.max(0, total - seeds.length);
  let provisions = 0;
  for (let i = 0; i < synthetic; i++) {
    const { slug, data, source } = synthesizeDocument(i, seeds, pool);
    mkdirSync(join(content, 'documents', slug), { recursive: true });
    writeFileSync(join(content, 'documents', slug, 'document.yaml'), stringify(data, { lineWidth: 0 }));
    writeFileSync(join(content, 'sources', data.source.file), source);
    provisions += countProvisions(data.provisions);
  }
  for (const d of seeds) provisions += countProvisions(d.data.provisions);
  return { documents: readdirSync(join(content, 'documents')).length, synthetic, provisions };
}

/** Fisher–Yates with the seeded generator (a random sort comparator is biased). */
function shuffle(list, rand) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function countProvisions(list) {
  return list.reduce((n, p) => n + 1 + countProvisions(p.children ?? []), 0);
}
