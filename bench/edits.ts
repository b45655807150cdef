/**
 * The edit benchmarks of issue #18, shared by sip.conf (bench/run.ts) and pjsip.conf (bench/pjsip.ts): every
 * kind of didChange a user sends (a keystroke, Enter, pastes, a deletion, multi-cursor edits, a replace-all),
 * each followed by the diagnostics the server publishes, and the verdicts they are held to.
 */
import { parseConfig, type ConfigDocument, type LineDelta } from '../server/src/service/parser/configDocument';

export interface Row {
  readonly size: number;
  readonly metric: string;
  readonly p50: number;
  readonly p99: number;
}

export type Measure = (size: number, tasks: Record<string, () => void>, options?: { time?: number; iterations?: number }) => Promise<Record<string, Row>>;

/** Adds a row measured otherwise (CPU time) to the table. */
export type AddRow = (row: Row) => void;

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/** What the edits of one file type write and where, on its generated input. */
export interface EditScenario {
  /** Prefixed to every metric name (`pjsip: `), so that each file type's rows are judged apart. */
  readonly prefix: string;
  /** The line a single edit happens at: a key=value line in the middle of the file. */
  middleLine(document: ConfigDocument): number;
  /** One option line (Enter + typing), for the line insert and the multi-cursor Enter. */
  readonly insertedLine: string;
  /** 100 lines with 10 new section headers, and 100 option lines without one, each ending in a newline. */
  readonly paste: string;
  readonly plainPaste: string;
  /** Where the 10 cursors are: lines starting with this, spread evenly over the file. */
  readonly cursorPrefix: string;
  /** The replace-all: the lines it changes (20), the text it replaces on each and what with. */
  replaceAll(document: ConfigDocument): { readonly lines: readonly number[]; readonly from: string; readonly to: string };
  /** Applies one didChange's deltas and refreshes the published diagnostics, as the server does. */
  refresh(document: ConfigDocument, deltas: readonly LineDelta[] | undefined): void;
}

/** The lines (of `document`) that start with `prefix`, from the top. */
export function linesWith(document: ConfigDocument, prefix: string): number[] {
  const found: number[] = [];
  for (let line = 0; line < document.lineCount; line++) if (document.lineText(line).startsWith(prefix)) found.push(line);
  return found;
}

/** `count` of `lines`, spread evenly over them. */
export function spread(lines: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => lines[Math.floor(((i + 0.5) * lines.length) / count)]);
}

/** The name of every edit kind, without the scenario's prefix. */
export const EDIT_KINDS = [
  'keystroke → tree → diagnostics',
  'line insert → diagnostics',
  'paste 100 lines with 10 sections → diagnostics',
  'paste 100 lines, no section → diagnostics',
  'delete a whole section → diagnostics',
  '10 multi-cursor keystrokes → diagnostics',
  '10 multi-cursor Enter → diagnostics',
  'replace-all of one option (20 places) → diagnostics',
] as const;

export type EditKindName = (typeof EDIT_KINDS)[number];

/** One didChange of a kind: `toggle` says whether it does the edit or undoes the last one. */
type EditKind = (document: ConfigDocument, line: number, toggle: boolean) => Change[];

/**
 * The didChange of every kind on `text`: each toggles between doing and undoing its edit, so that it can
 * be repeated on one document. Cursors and replace-all targets are found once on the text.
 */
export function editKinds(text: string, scenario: EditScenario): Record<EditKindName, EditKind> {
  const at = (line: number, character: number, endLine = line, endCharacter = character) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
  const probe = parseConfig(text);
  const cursors = spread(linesWith(probe, scenario.cursorPrefix), 10);
  const replace = scenario.replaceAll(probe);
  const replaceAt = replace.lines.map((line) => ({ line, character: probe.lineText(line).indexOf(replace.from) }));
  /** The section of the middle line: its header line and the next header's. */
  const middleSection = (() => {
    let header = scenario.middleLine(probe);
    while (probe.line(header).kind !== 'section') header--;
    let next = header + 1;
    while (probe.line(next).kind !== 'section') next++;
    return { header, next };
  })();
  const sectionText = Array.from({ length: middleSection.next - middleSection.header }, (_, i) => probe.lineText(middleSection.header + i) + '\n').join('');
  const pastedLines = scenario.paste.split('\n').length - 1;
  const plainLines = scenario.plainPaste.split('\n').length - 1;
  // Multi-line changes are listed bottom-up, as editors send them: each applies to the text the one before left.
  const bottomUp = <T extends { line: number }>(items: readonly T[]) => [...items].sort((a, b) => b.line - a.line);
  const lineItems = (lines: readonly number[]) => bottomUp(lines.map((line) => ({ line })));
  return {
    'keystroke → tree → diagnostics': (document, line, toggle) => {
      const character = document.lineText(line).length;
      return [toggle ? { range: at(line, character), text: 'x' } : { range: at(line, character - 1, line, character), text: '' }];
    },
    'line insert → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: `${scenario.insertedLine}\n` } : { range: at(line, 0, line + 1, 0), text: '' },
    ],
    'paste 100 lines with 10 sections → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: scenario.paste } : { range: at(line, 0, line + pastedLines, 0), text: '' },
    ],
    'paste 100 lines, no section → diagnostics': (_document, line, toggle) => [
      toggle ? { range: at(line, 0), text: scenario.plainPaste } : { range: at(line, 0, line + plainLines, 0), text: '' },
    ],
    'delete a whole section → diagnostics': (_document, _line, toggle) => [
      toggle ? { range: at(middleSection.header, 0, middleSection.next, 0), text: '' } : { range: at(middleSection.header, 0), text: sectionText },
    ],
    '10 multi-cursor keystrokes → diagnostics': (document, _line, toggle) =>
      lineItems(cursors).map(({ line }) => {
        const character = document.lineText(line).length;
        return toggle ? { range: at(line, character), text: 'x' } : { range: at(line, character - 1, line, character), text: '' };
      }),
    '10 multi-cursor Enter → diagnostics': (document, _line, toggle) =>
      // Bottom-up, so the lines above each change are where they were: line + i is the i-th cursor's new line.
      toggle
        ? lineItems(cursors).map(({ line }) => ({ range: at(line, document.lineText(line).length), text: `\n${scenario.insertedLine}` }))
        : lineItems(cursors.map((line, i) => line + i)).map(({ line }) => ({ range: at(line, document.lineText(line).length, line + 1, document.lineText(line + 1).length), text: '' })),
    'replace-all of one option (20 places) → diagnostics': (_document, _line, toggle) =>
      bottomUp(replaceAt).map(({ line, character }) =>
        toggle ? { range: at(line, character, line, character + replace.from.length), text: replace.to } : { range: at(line, character, line, character + replace.to.length), text: replace.from },
      ),
  };
}

/**
 * One task per edit kind, each made when asked for, on its own document (one cannot disturb another's
 * input): the task applies one didChange and refreshes the diagnostics. Made one at a time, so that only
 * the document being measured is alive, as in the server (one document per open file): eight analysed
 * copies of a 20k-endpoint file would make every collection of the heap, and so the p99, slower.
 */
export function editTasks(text: string, scenario: EditScenario, kinds: readonly EditKindName[] = EDIT_KINDS): Record<string, () => () => void> {
  const tasks: Record<string, () => () => void> = {};
  const all = editKinds(text, scenario);
  for (const name of kinds) {
    const edit = all[name];
    tasks[scenario.prefix + name] = () => {
      const document = parseConfig(text);
      scenario.refresh(document, undefined);
      const line = scenario.middleLine(document);
      let toggle = false;
      return () => {
        toggle = !toggle;
        scenario.refresh(document, document.applyChanges(edit(document, line, toggle), document.version + 1));
      };
    };
  }
  return tasks;
}

/**
 * Measures every edit kind (or those of `kinds`) in its own run; with `cpu`, the CPU time of each as well
 * (rows `…, CPU time`).
 */
export async function benchEdits(
  size: number,
  text: string,
  scenario: EditScenario,
  measure: Measure,
  time: number,
  cpu?: { addRow: AddRow; runs: number },
  kinds: readonly EditKindName[] = EDIT_KINDS,
): Promise<Record<string, Row>> {
  const edits: Record<string, Row> = {};
  for (const [name, makeTask] of Object.entries(editTasks(text, scenario, kinds))) {
    // The last kind's document is garbage now: collected before this one is timed, not during.
    global.gc?.();
    const task = makeTask();
    Object.assign(edits, await measure(size, { [name]: task }, { time, iterations: 20 }));
    if (cpu) cpu.addRow({ size, metric: `${name}, CPU time`, ...cpuTimes(task, cpu.runs, time) });
  }
  return edits;
}

/**
 * The CPU time (process.cpuUsage: user + system) of `runs` calls of `task`, as p50 / p99 in ms. The
 * machine the benchmarks run on is shared: wall time then measures the neighbours' load as well, CPU
 * time only this process's work (a GC pause included, time waiting for a core not).
 */
export function cpuTimes(task: () => void, runs: number, budget = Infinity): { p50: number; p99: number } {
  const times: number[] = [];
  const started = performance.now();
  for (let run = 0; run < runs; run++) {
    // A slow kind (a rebuild) stops after the budget (ms), with 10 runs at least.
    if (run >= 10 && performance.now() - started > budget) break;
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] };
}

/**
 * The verdicts of issue #18 on every edit kind of one scenario (`prefix`) measured at every one of `sizes`:
 * ≤ 5 ms median and ≤ 10 ms p99 at every size, and not growing with the file (the largest median ≤ 3× the
 * smallest, medians under 0.1 ms counting as 0.1). `skip`: kinds judged otherwise (the sip keystroke has
 * its own verdicts). With the CPU-time rows (`…, CPU time`) present, their medians are quoted too.
 */
export function editVerdicts(rows: readonly Row[], sizes: readonly number[], prefix: string, unit: string, skip: readonly EditKindName[] = []): string[] {
  const verdicts: string[] = [];
  for (const kind of EDIT_KINDS) {
    if (skip.includes(kind)) continue;
    const name = prefix + kind;
    const perSize = sizes.map((size) => rows.find((row) => row.size === size && row.metric === name));
    if (perSize.some((row) => row === undefined)) continue;
    const p50 = perSize.map((row) => row!.p50);
    const p99 = perSize.map((row) => row!.p99);
    const ok = Math.max(...p50) <= 5 && Math.max(...p99) <= 10 && Math.max(...p50) <= 3 * Math.max(Math.min(...p50), 0.1);
    const cpu = sizes.map((size) => rows.find((row) => row.size === size && row.metric === `${name}, CPU time`));
    const cpuText = cpu.every((row) => row !== undefined) ? ` (CPU median ${cpu.map((row) => row!.p50.toFixed(2)).join(' / ')}, p99 ${cpu.map((row) => row!.p99.toFixed(2)).join(' / ')} ms)` : '';
    verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${name}: median ${p50.map((v) => v.toFixed(2)).join(' / ')} ms, p99 ${p99.map((v) => v.toFixed(2)).join(' / ')} ms${cpuText} (${sizes.join(' / ')} ${unit})`);
  }
  return verdicts;
}
