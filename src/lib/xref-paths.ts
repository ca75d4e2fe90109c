/**
 * URLs of the cross-reference pages (glossary, topics, departments, timeline, external
 * documents), built with url() so they work under a sub-path base.
 */
import { paths, url } from './urls.ts';

export const xrefPaths = {
  glossary: () => url('glossary/'),
  term: (id: string) => url(`glossary/${id}/`),
  topics: () => url('topics/'),
  topic: (id: string) => url(`topics/${id}/`),
  departments: () => url('departments/'),
  departmentGroup: (fnId: string) => url(`departments/${fnId}/`),
  timeline: () => url('timeline/'),
  calendar: () => url('timeline/deadlines.ics'),
  externals: () => url('external/'),
  external: (id: string) => url(`external/${id}/`),
  /** A citation key `<slug>#<anchor>` as a link to the provision. */
  key: (key: string) => {
    const [slug, anchor] = key.split('#') as [string, string | undefined];
    return anchor ? paths.provision(slug, anchor) : paths.document(slug);
  },
};
