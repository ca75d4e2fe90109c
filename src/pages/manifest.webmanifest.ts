/**
 * The web app manifest, generated so start_url and scope follow the base path (BASE_PATH):
 * the site can be installed to a phone's home screen and opens offline from there.
 * Icons are public/icons/*.png, rendered from public/favicon.svg with rsvg-convert.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/labels.ts';
import { url } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE_NAME,
      short_name: SITE_NAME,
      description: '易地扶贫搬迁后续扶持政策原文、条款引用、待遇自查和农民夜校课程；打开过一次后没有网络也能用。',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: url(''),
      scope: url(''),
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5d4b',
      icons: [
        { src: url('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: url('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }, null, 2),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
