import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Every export of the public face has a doc comment, and every value export (function, class,
 * constant) an `@example`, as date-fns does. TypeDoc (`npm run docs:check`) checks that each
 * export is documented and that links resolve, but has no rule for `@example`: this test is it.
 */

interface ExportDoc {
  readonly name: string;
  readonly isValue: boolean;
  readonly hasComment: boolean;
  readonly hasExample: boolean;
  /** For an options or input type (its name ends in Options, Input (not DateInput), Override or Spec, or it is a closure or extra holiday): its fields without a doc comment. */
  readonly undescribedFields: readonly string[];
}

const OPTION_TYPE = /(Options|(?<!Date)Input|Override|Spec)$|^(Closure|ExtraHoliday|RuleSetSettings)$/;

let exportsOfIndex: ExportDoc[] = [];

beforeAll(() => {
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('src/index.ts not found');
  exportsOfIndex = checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    return {
      name: exported.name,
      isValue: (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) !== 0,
      hasComment: declarations.some((declaration) => ts.getJSDocCommentsAndTags(declaration).some(ts.isJSDoc)),
      hasExample: declarations.some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example')),
      undescribedFields: OPTION_TYPE.test(exported.name)
        ? checker
            .getDeclaredTypeOfSymbol(symbol)
            .getProperties()
            .concat(...(checker.getDeclaredTypeOfSymbol(symbol).isUnion() ? (checker.getDeclaredTypeOfSymbol(symbol) as ts.UnionType).types.flatMap((member) => member.getProperties()) : []))
            .filter((property) => property.getDocumentationComment(checker).length === 0)
            .map((property) => `${exported.name}.${property.name}`)
        : [],
    };
  });
}, 60_000);

describe('the public API docs', () => {
  it('finds the exports of src/index.ts', () => {
    expect(exportsOfIndex.length).toBeGreaterThan(50);
  });

  it('gives every export a doc comment', () => {
    expect(exportsOfIndex.filter((doc) => !doc.hasComment).map((doc) => doc.name)).toEqual([]);
  });

  it('describes every field of the options and input types', () => {
    expect(exportsOfIndex.filter((doc) => OPTION_TYPE.test(doc.name)).length).toBeGreaterThanOrEqual(12);
    expect(exportsOfIndex.flatMap((doc) => doc.undescribedFields)).toEqual([]);
  });

  it('gives every function, class and constant an @example', () => {
    expect(exportsOfIndex.filter((doc) => doc.isValue && !doc.hasExample).map((doc) => doc.name)).toEqual([]);
  });
});
