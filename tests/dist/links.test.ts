import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkFragment,
  checkSite,
  checkUnderBase,
  classifyLink,
  extractIds,
  extractLinks,
  pageUrlPath,
  targetFile,
} from '../../scripts/check-links.mjs';
import { fixtureSite, page } from './support/fixture-site';

const SITE = 'http://127.0.0.1:4321';

/** A small site whose every link is good, written for the given base. */
function goodSite(base: string) {
  return fixtureSite({
    'index.html': page(
      `<a href="${base}documents/guangxi/#p2-10">二、(十)</a> <a href="documents/">文件</a>
       <link rel="stylesheet" href="${base}_astro/site.css"><img src="${base}logo.svg" alt="">
       <a href="https://www.gov.cn/">中国政府网</a> <a href="mailto:a@example.org">邮件</a>`,
    ),
    'documents/index.html': page(`<a href="guangxi/">广西</a> <a href="../">首页</a> <a href="#top">顶部</a>`),
    'documents/guangxi/index.html': page(
      `<h2 id="p2">二、</h2><p id="p2-10">(十)…</p><a href="#p2">上</a> <a href="${base}documents/guangxi/#p2-10">本条</a>`,
    ),
    '404.html': page(`<a href="${base}">首页</a>`),
    '_astro/site.css': 'body{}',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
}

describe('a site whose links all resolve', () => {
  it('passes at the root base', () => {
    const result = checkSite({ distDir: goodSite('/'), base: '/', site: SITE });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(4);
  });

  it('passes under the sub-path base /zcbq/', () => {
    expect(checkSite({ distDir: goodSite('/zcbq/'), base: '/zcbq/', site: SITE }).problems).toEqual([]);
  });

  it('lists links to other hosts without failing on them', () => {
    const { external } = checkSite({ distDir: goodSite('/'), base: '/', site: SITE });
    expect([...external]).toEqual([['https://www.gov.cn/', ['index.html']]]);
  });
});

describe('a site with a broken link fails, naming the file and the href', () => {
  function problemsOf(files: Record<string, string>, base = '/') {
    return checkSite({ distDir: fixtureSite(files), base, site: SITE }).problems.map((p) => p.replace(/^.*?bqzct-dist-\w+\//, 'dist/'));
  }

  it('a link to a page that does not exist', () => {
    expect(problemsOf({ 'index.html': page('<a href="/documents/nope/">x</a>') })).toEqual([
      'dist/index.html: 链接 /documents/nope/ 指向的文件不存在（documents/nope/index.html）',
    ]);
  });

  it('a link to a provision anchor that does not exist', () => {
    const files = {
      'index.html': page('<a href="/documents/y/#p9">x</a>'),
      'documents/y/index.html': page('<p id="p1">一、</p>'),
    };
    expect(problemsOf(files)).toEqual(['dist/index.html: 链接 /documents/y/#p9 的锚点不存在']);
  });

  it('a missing file referenced by src', () => {
    expect(problemsOf({ 'a/index.html': page('<img src="../img/map.png" alt="地图">') })).toEqual([
      'dist/a/index.html: 链接 ../img/map.png 指向的文件不存在（img/map.png）',
    ]);
  });

  it('a same-page fragment that does not exist', () => {
    expect(problemsOf({ 'index.html': page('<a href="#main">跳到正文</a>') })).toEqual([
      'dist/index.html: 链接 #main 的锚点不存在',
    ]);
  });

  it('a root-relative link that forgets the sub-path base', () => {
    const files = { 'index.html': page('<a href="/documents/">文件</a>'), 'documents/index.html': page('') };
    expect(problemsOf(files, '/zcbq/')).toEqual(['dist/index.html: 链接 /documents/ 不在站点路径 /zcbq/ 下']);
  });

  it('a directory link without the trailing slash', () => {
    const files = { 'index.html': page('<a href="/about">关于</a>'), 'about/index.html': page('') };
    expect(problemsOf(files)).toEqual(['dist/index.html: 链接 /about 缺少结尾的斜杠 /']);
  });

  it('a relative link on the 404 page, which is served at every missing URL', () => {
    const files = { '404.html': page('<a href="documents/">文件</a>'), 'documents/index.html': page('') };
    expect(problemsOf(files)).toEqual([
      'dist/404.html: 链接 documents/ 在 404 页面中使用了相对路径（请以站点根路径开头）',
    ]);
  });

  it('a link to this site written as an absolute URL is checked like an internal one', () => {
    expect(problemsOf({ 'index.html': page(`<link rel="canonical" href="${SITE}/gone/">`) })).toEqual([
      `dist/index.html: 链接 ${SITE}/gone/ 指向的文件不存在（gone/index.html）`,
    ]);
  });
});

describe('reading HTML', () => {
  it('finds href, src and srcset in any quoting, with entities decoded', () => {
    const html = `<a href='/a/?x=1&amp;y=2'>a</a><img src=/b.png srcset="/c.png 1x, /d.png 2x" alt=""><use xlink:href="#i"/>`;
    expect(extractLinks(html)).toEqual(['/a/?x=1&y=2', '/b.png', '/c.png', '/d.png', '#i']);
  });

  it('ignores markup inside comments, scripts and styles', () => {
    const html = `<!-- <a href="/x/"> --><script>const s = '<a href="/y/">';</script><style>a[href="/z/"]{}</style><a href="/ok/">`;
    expect(extractLinks(html)).toEqual(['/ok/']);
  });

  it('keeps a > inside a quoted attribute value', () => {
    expect(extractLinks(`<a title="a > b" href="/ok/">x</a>`)).toEqual(['/ok/']);
  });

  it('collects ids and <a name> as fragment targets, with Chinese and encoded ids', () => {
    expect([...extractIds(`<h2 id="p2-10">x</h2><a name="old">y</a><p id="第一条">z</p><input name="q">`)]).toEqual([
      'p2-10',
      'old',
      '第一条',
    ]);
  });
});

describe('resolving links', () => {
  const context = { pageUrlPath: '/zcbq/documents/a/', siteOrigin: SITE };

  it('maps built files to their URLs and back', () => {
    expect(pageUrlPath('documents/a/index.html', '/zcbq/')).toBe('/zcbq/documents/a/');
    expect(pageUrlPath('404.html', '/zcbq/')).toBe('/zcbq/404.html');
    expect(targetFile('/zcbq/documents/a/', '/zcbq/')).toBe('documents/a/index.html');
    expect(targetFile('/zcbq/', '/zcbq/')).toBe('index.html');
  });

  it('resolves relative links against the page and decodes percent-encoding', () => {
    expect(classifyLink('../b/#%E7%AC%AC%E4%B8%80%E6%9D%A1', context)).toEqual({
      kind: 'internal',
      pathname: '/zcbq/documents/b/',
      fragment: '第一条',
      relative: true,
    });
  });

  it('skips mailto, tel, javascript and data URLs; other hosts are external', () => {
    for (const href of ['mailto:a@b.cn', 'tel:12345', 'javascript:void(0)', 'data:image/png;base64,AA']) {
      expect(classifyLink(href, context)).toEqual({ kind: 'skip' });
    }
    expect(classifyLink('//cdn.example.com/x.js', context)).toEqual({ kind: 'external', url: 'http://cdn.example.com/x.js' });
  });

  it('accepts "#", "#top" and text fragments without an id', () => {
    expect(checkFragment(null, new Set())).toBeNull();
    expect(checkFragment('top', new Set())).toBeNull();
    expect(checkFragment(':~:text=低保', new Set())).toBeNull();
    expect(checkFragment('p1', new Set(['p1']))).toBeNull();
    expect(checkFragment('p1', null)).toBeNull();
  });

  it('treats the base itself, with or without its slash, as inside the site', () => {
    expect(checkUnderBase('/zcbq', '/zcbq/')).toBeNull();
    expect(checkUnderBase('/zcbqx/', '/zcbq/')).toBe('不在站点路径 /zcbq/ 下');
  });
});

describe.runIf(existsSync('dist'))('the real build in dist/', () => {
  it('has no broken internal link or anchor (built with the same BASE_PATH / SITE_URL)', () => {
    expect(checkSite({ distDir: 'dist' }).problems).toEqual([]);
  });
});
