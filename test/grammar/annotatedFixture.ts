// Loads the TextMate grammar into vscode-textmate and checks annotated fixture files against it.
//
// Annotation format. `;` is itself the comment character of the language, so an assertion line starts
// with `;@`; it describes the nearest source line above it and is removed before tokenising, so the
// fixture is tokenised exactly as a user would write it (block-comment state across lines included).
//
//   callerid="A;B" <1>
//   ;@        ^ string.quoted.double.asterisk
//   ;@         ^^^^^^^^ comment.line.semicolon !string
//   secret=x
//   ;@<----- variable.other.key
//
// - `^` marks the columns it stands under (column 0 and 1 are hidden by `;@`: use the arrow form).
// - `<` followed by n dashes marks columns 0 .. n-1.
// - Each scope must be present on every marked column; `!scope` must be absent. A scope matches itself
//   and its descendants, as in a theme selector (`comment` matches `comment.line.semicolon.asterisk`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const grammarPath = path.join(repositoryRoot, 'syntaxes', 'asterisk.tmLanguage.json');
export const fixtureDirectory = path.join(repositoryRoot, 'test', 'fixtures', 'grammar');
export const asteriskScopeName = 'source.asterisk';
/** pjsip.conf's grammar: the shared one plus object types, option names and references. */
export const pjsipGrammarPath = path.join(repositoryRoot, 'syntaxes', 'asterisk-pjsip.tmLanguage.json');
export const pjsipScopeName = 'source.asterisk-pjsip';
export const pjsipFixtureDirectory = path.join(repositoryRoot, 'test', 'fixtures', 'grammar-pjsip');
const grammarFiles: Readonly<Record<string, string>> = { [asteriskScopeName]: grammarPath, [pjsipScopeName]: pjsipGrammarPath };

const annotationPrefix = ';@';

export interface ScopeAssertion {
  /** 1-based line number of the assertion in the fixture file, for error messages. */
  readonly annotationLine: number;
  /** Index of the asserted line among the source lines (annotation lines removed). */
  readonly sourceLineIndex: number;
  readonly startColumn: number;
  readonly endColumn: number;
  readonly requiredScopes: readonly string[];
  readonly forbiddenScopes: readonly string[];
}

export interface AnnotatedFixture {
  readonly sourceLines: readonly string[];
  readonly assertions: readonly ScopeAssertion[];
}

export function parseAnnotatedFixture(text: string): AnnotatedFixture {
  const sourceLines: string[] = [];
  const assertions: ScopeAssertion[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const annotationLine = index + 1;
    if (!line.startsWith(annotationPrefix)) {
      sourceLines.push(line);
      return;
    }
    if (sourceLines.length === 0) {
      throw new Error(`line ${annotationLine}: an annotation needs a source line above it`);
    }
    const marker = /^(<-+)|^( *)(\^+)/.exec(line.slice(annotationPrefix.length));
    if (!marker) {
      throw new Error(`line ${annotationLine}: expected "<--" or "^^" after "${annotationPrefix}"`);
    }
    const startColumn = marker[1] ? 0 : annotationPrefix.length + marker[2].length;
    const width = marker[1] ? marker[1].length - 1 : marker[3].length;
    const scopes = line.slice(annotationPrefix.length + marker[0].length).trim().split(/\s+/).filter((s) => s !== '');
    if (scopes.length === 0) {
      throw new Error(`line ${annotationLine}: the annotation names no scope`);
    }
    assertions.push({
      annotationLine,
      sourceLineIndex: sourceLines.length - 1,
      startColumn,
      endColumn: startColumn + width,
      requiredScopes: scopes.filter((s) => !s.startsWith('!')),
      forbiddenScopes: scopes.filter((s) => s.startsWith('!')).map((s) => s.slice(1)),
    });
  });
  return { sourceLines, assertions };
}

const grammarPromises = new Map<string, Promise<vsctm.IGrammar>>();

/** The grammar as VS Code would load it; shared by all tests of the process. */
export function loadAsteriskGrammar(): Promise<vsctm.IGrammar> {
  return loadGrammar(asteriskScopeName);
}

/** pjsip.conf's grammar, with the shared grammar it includes. */
export function loadPjsipGrammar(): Promise<vsctm.IGrammar> {
  return loadGrammar(pjsipScopeName);
}

function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  let promise = grammarPromises.get(scopeName);
  if (!promise) {
    promise = createGrammar(scopeName);
    grammarPromises.set(scopeName, promise);
  }
  return promise;
}

let onigurumaReady: Promise<void> | undefined;

export function loadOniguruma(): Promise<void> {
  onigurumaReady ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onigurumaReady;
}

async function createGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  await loadOniguruma();
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (wanted: string) => {
      const file = grammarFiles[wanted];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) {
    throw new Error(`vscode-textmate did not load ${scopeName} from ${grammarFiles[scopeName]}`);
  }
  return grammar;
}

/** The scopes of every column of every line, tokenised in order so multi-line state carries over. */
export function scopesPerColumn(grammar: vsctm.IGrammar, lines: readonly string[]): string[][][] {
  let ruleStack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, ruleStack);
    ruleStack = result.ruleStack;
    const columns: string[][] = [];
    for (const token of result.tokens) {
      for (let column = token.startIndex; column < Math.min(token.endIndex, line.length); column++) {
        columns[column] = token.scopes;
      }
    }
    return columns;
  });
}

function scopeMatches(actual: string, selector: string): boolean {
  return actual === selector || actual.startsWith(`${selector}.`);
}

/** Every assertion that does not hold, one readable line each; empty when the fixture passes. */
export function findScopeMismatches(grammar: vsctm.IGrammar, fixture: AnnotatedFixture): string[] {
  const columnsPerLine = scopesPerColumn(grammar, fixture.sourceLines);
  const mismatches: string[] = [];
  for (const assertion of fixture.assertions) {
    const line = fixture.sourceLines[assertion.sourceLineIndex];
    for (let column = assertion.startColumn; column < assertion.endColumn; column++) {
      const scopes = columnsPerLine[assertion.sourceLineIndex][column];
      const where = `annotation line ${assertion.annotationLine}, column ${column} ${JSON.stringify(line.charAt(column))} of ${JSON.stringify(line)}`;
      if (!scopes) {
        mismatches.push(`${where}: the column is past the end of the line`);
        continue;
      }
      const missing = assertion.requiredScopes.filter((selector) => !scopes.some((s) => scopeMatches(s, selector)));
      const present = assertion.forbiddenScopes.filter((selector) => scopes.some((s) => scopeMatches(s, selector)));
      if (missing.length > 0 || present.length > 0) {
        const problems = [
          ...missing.map((s) => `missing ${s}`),
          ...present.map((s) => `unexpected ${s}`),
        ].join(', ');
        mismatches.push(`${where}: ${problems}; actual: ${scopes.join(' ')}`);
      }
    }
  }
  return mismatches;
}
