/** The five seed sources and the slugs they are imported under. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS = [
  { file: '000_10b2216610a2200b.txt', slug: 'dachuan-houxu-tuopin' },
  { file: '001_429b6313e1e8a86d.txt', slug: 'wenzhou-jingzhun-fupin' },
  { file: '002_8ab99779bf399c61.txt', slug: 'suixian-anzhiqu-fangan' },
  { file: '003_622f3936fb3c792d.txt', slug: 'guangxi-houxu-fuchi' },
  { file: '004_fb8fc8bf4a60a192.txt', slug: 'anhui-gonggu-chengguo' },
] as const;

const root = fileURLToPath(new URL('../../', import.meta.url));
export const readSource = (file: string) => readFileSync(`${root}content/sources/${file}`, 'utf8');
export const readDocumentYaml = (slug: string) => readFileSync(`${root}content/documents/${slug}/document.yaml`, 'utf8');
