/** URLs of the 农民夜校 lesson pages, built with url() so they work under a sub-path base. */
import { url } from '../../lib/urls.ts';

export const lessonPaths = {
  index: () => url('lessons/'),
  lesson: (id: string) => url(`lessons/${id}/`),
  handout: (id: string) => url(`lessons/${id}/handout/`),
};
