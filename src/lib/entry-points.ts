/** The home page's three entry points, one per kind of user. */
import { paths, url } from './urls.ts';

export interface EntryPoint { id: 'cadre' | 'household' | 'trainer'; title: string; text: string; href: string }

export function entryPoints(): EntryPoint[] {
  return [
    { id: 'cadre', title: '干部查条文', text: '按文件、按条款查原文，复制带文号和条款号的引用。', href: paths.documents() },
    { id: 'household', title: '群众查待遇', text: '回答几个简单问题，看看就业、培训、低保、上学、看病等帮扶，您家可能符合哪些。', href: url('calculators/screener/') },
    { id: 'trainer', title: '夜校讲政策', text: '大字幻灯片、算例和小测验，每课一页讲义带二维码；没有网络也能上课。', href: url('lessons/') },
  ];
}
