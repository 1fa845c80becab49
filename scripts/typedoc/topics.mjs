// @ts-check
/*
 * A TypeDoc plugin that groups the API reference by topic rather than by kind: each export
 * joins the group of the folder that defines it (src/calendar → Calendar, src/rules →
 * Timescales, ...), as if its doc comment carried that `@group` tag. One table here, so a new
 * export lands in its topic without anyone remembering a tag, and a file moved to another folder
 * moves with it. An export whose comment has its own `@group` keeps it.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Folders under src/ and their topic, in the order the reference lists them. */
export const topics = [
  ['dates', 'Calendar'],
  ['calendar', 'Calendar'],
  ['rules', 'Timescales'],
  ['pathway', 'Pathway'],
  ['validation', 'Validation and errors'],
  ['outputs', 'Outputs'],
  ['returns', 'Returns'],
  ['batch', 'Batch'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<number, string>} */
  const topicOf = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // An export of an entry point: a child of the project, or of an entry point's module.
    if (reflection.parent !== context.project && !reflection.parent?.kindOf(ReflectionKind.Module)) return;
    let symbol = context.getSymbolFromReflection(reflection);
    if (symbol !== undefined && symbol.flags & 2097152 /* ts.SymbolFlags.Alias */) symbol = context.checker.getAliasedSymbol(symbol);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/') ?? '';
    const topic = topics.find(([folder]) => file.includes(`/src/${folder}/`));
    if (topic !== undefined) topicOf.set(reflection.id, topic[1]);
  });
  // Before TypeDoc's own grouping, which runs at the end of resolving with priority -100.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const modules = (context.project.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module));
    for (const reflection of [...(context.project.children ?? []), ...modules.flatMap((module) => module.children ?? [])]) {
      const topic = topicOf.get(reflection.id);
      if (topic === undefined) continue;
      const signature = reflection.signatures?.[0];
      const holder = signature ?? reflection;
      const comments = [reflection.comment, ...(reflection.signatures ?? []).map((each) => each.comment)];
      if (comments.some((comment) => comment?.getTag('@group') !== undefined)) continue;
      holder.comment ??= new Comment();
      holder.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: topic }]));
    }
  });
}
