import type { ExportContext } from './context';

/** The fields of `quire show --json`, without the content unless `full`. */
export function writeJson(ctx: ExportContext): void {
  ctx.out.write('[');
  ctx.ids.forEach((id, i) => {
    const { contentHtml, text, ...rest } = ctx.article(id);
    const item = ctx.full ? { ...rest, contentHtml, text } : rest;
    ctx.out.write(`${i ? ',' : ''}\n  ${JSON.stringify(item)}`);
  });
  ctx.out.write(ctx.ids.length ? '\n]\n' : ']\n');
}
