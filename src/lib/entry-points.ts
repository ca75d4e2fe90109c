/** The home page's three entry points, one per kind of user. */
import { paths } from './urls.ts';

export interface EntryPoint { id: 'cadre' | 'household' | 'trainer'; title: string; text: string; href: string }

export function entryPoints(): EntryPoint[] {
  return [
    { id: 'cadre', title: '干部查条文', text: '按文件、按条款查原文，复制带文号和条款号的引用。', href: paths.documents() },
    { id: 'household', title: '群众查待遇', text: '看看文件里对搬迁群众有哪些帮扶：就业、培训、低保、上学、看病。', href: paths.documents() },
    { id: 'trainer', title: '夜校讲政策', text: '按条文讲解，给每条规定标出处，方便在农民夜校里讲给大家听。', href: paths.documents() },
  ];
}
