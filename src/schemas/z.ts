/**
 * zod from astro/zod with Chinese default messages (zod's zh-CN locale), so every schema error
 * a content editor or a calculator user sees is in Chinese. Import `z` from here in schemas.
 */
import { z } from 'astro/zod';

z.config(z.locales.zhCN());

export { z };
