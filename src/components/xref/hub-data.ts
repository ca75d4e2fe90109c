/**
 * Which page of a paginated hub (src/lib/hub-pages.ts) an entry is on, computed once per build:
 * provision pages link each deadline chip and department chip to the exact timeline or
 * department page, and there are thousands of provisions.
 */
import { getXref } from './data.ts';
import { functionOf, groupByFunction, type Role } from '../../lib/departments.ts';
import { departmentEntries, firstPages, hubPagePath } from '../../lib/hub-pages.ts';
import { stableHash } from '../../lib/graph.ts';
import { xrefPaths } from '../../lib/xref-paths.ts';

/** Order of the roles on a department page. */
export const DEPARTMENT_ROLES: Role[] = ['lead', 'responsible', 'support'];

export interface HubLinks {
  /** groupByFunction(xref.departments), sorted once: it collates thousands of names in zh-CN. */
  departmentGroups: ReturnType<typeof groupByFunction>;
  /** Page (from 1) of its group page on which a department's section starts. */
  departmentPage: (name: string) => number;
  /** URL of a deadline's entry on the timeline (its page + #id). */
  deadline: (id: string) => string;
  /** URL of a department's section on its group page (the page where it starts + #d-hash). */
  department: (name: string) => string;
}

let cached: Promise<HubLinks> | undefined;

/** Links into the paginated timeline and department pages (and the sorted department groups); built once, shared by every page. */
export function getHubLinks(): Promise<HubLinks> {
  cached ??= (async () => {
    const { xref } = await getXref();
    const timelinePage = firstPages(xref.deadlines, (d) => d.id);
    const departmentGroups = groupByFunction(xref.departments);
    const departmentPage = new Map<string, { fnId: string; page: number }>();
    for (const g of departmentGroups) {
      for (const [name, page] of firstPages(departmentEntries(g.departments, DEPARTMENT_ROLES), (e) => e.department)) {
        departmentPage.set(name, { fnId: g.fn.id, page });
      }
    }
    return {
      departmentGroups,
      departmentPage: (name) => departmentPage.get(name)?.page ?? 1,
      deadline: (id) => `${hubPagePath(xrefPaths.timeline(), timelinePage.get(id) ?? 1)}#${id}`,
      department: (name) => {
        const at = departmentPage.get(name) ?? { fnId: functionOf(name).id, page: 1 };
        return `${hubPagePath(xrefPaths.departmentGroup(at.fnId), at.page)}#d-${stableHash(name)}`;
      },
    };
  })();
  return cached;
}
