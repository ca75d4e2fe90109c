import { describe, expect, it } from 'vitest';
import { decodeUtf8, describeChrome, detectChrome, removeChrome } from '../../src/importer/index.ts';
import { parse } from './helpers.ts';

describe('page chrome is reported, never silently dropped', () => {
  it.each([
    ['来源:暂无', 'site-metadata'],
    ['发布日期:2018-08-07', 'site-metadata'],
    ['点击数:', 'site-metadata'],
    ['分享到:', 'share-widget'],
    ['您访问的链接即将离开“随县人民政府”门户网站,是否继续?', 'leave-site-prompt'],
    ['温州网讯 某市委办公室在今年9月发布了《某意见》,意见全文如下:', 'news-lead-in'],
  ])('the line “%s” is %s', (line, kind) => {
    expect(detectChrome(`关于某事的意见\n${line}\n一、总体要求`)).toEqual([{ line: 2, text: line, kind }]);
  });

  it('splits a line of widgets into metadata and display controls', () => {
    expect(detectChrome('标题\n2025-04-07 17:16来源:叶集区洪集镇文字大小:[ ]   背景色:       \n')).toEqual([
      { line: 2, text: '2025-04-07 17:16来源:叶集区洪集镇', kind: 'site-metadata' },
      { line: 2, text: '文字大小:[ ]   背景色:', kind: 'display-controls' },
    ]);
  });

  it('cuts a 【省级政策】 category prefix off the title only', () => {
    const text = '【省级政策】关于印发某方案的通知\n一、总体要求\n【说明】正文。';
    const chrome = detectChrome(text);
    expect(chrome).toEqual([{ line: 1, text: '【省级政策】', kind: 'site-category' }]);
    expect(removeChrome(text, chrome).split('\n')[0]).toBe('关于印发某方案的通知');
  });

  it('reports each entry with its line', () => {
    expect(describeChrome({ line: 3, text: '点击数:', kind: 'site-metadata' })).toBe('第 3 行：页面元素“点击数:”已排除（site-metadata）');
  });

  it('uses the chrome as draft metadata: 发布日期 and the site name', () => {
    const r = parse('关于某事的意见\n来源:暂无\n发布日期:2018-08-07\n一、总体要求\n您访问的链接即将离开“某县人民政府”门户网站,是否继续?');
    expect(r.document.publishedOn).toBe('2018-08-07');
    expect(r.document.source.site).toBe('某县人民政府');
  });

  it('removeChrome refuses an entry that is not on its line', () => {
    expect(() => removeChrome('甲\n乙', [{ line: 2, text: '丙' }])).toThrow('第 2 行');
  });
});

describe('encoding', () => {
  it('accepts UTF-8 and drops a BOM', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFF一、总体要求'))).toEqual({ ok: true, text: '一、总体要求' });
  });

  it('rejects GB18030 bytes and names the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一、总体要求\n'), 0xd2, 0xbb, 0xa1, 0xa2]);
    const r = decodeUtf8(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.line).toBe(2);
      expect(r.error.message).toContain('不是 UTF-8');
    }
  });
});
