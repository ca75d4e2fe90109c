/**
 * Site-internal URLs that respect the `base` sub-path (BASE_PATH). Every internal link goes
 * through `url()`, so the site works at "/" and under "/any/sub/path/".
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** url('documents/x/') → '/base/documents/x/' */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => url(''),
  documents: () => url('documents/'),
  document: (slug: string) => url(`documents/${slug}/`),
  provision: (slug: string, anchor: string) => url(`documents/${slug}/#${anchor}`),
  about: () => url('about/'),
};

/** Id of a source file's entry on the about page: "000_ab.txt" → "source-000_ab". */
export function sourceAnchor(file: string): string {
  return `source-${file.replace(/\.txt$/, '').replace(/[^\w-]/g, '-')}`;
}
