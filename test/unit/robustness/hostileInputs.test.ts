/**
 * Documents built to hurt: huge, deep, repetitive, cyclic, binary. Each one goes through `analyze()`
 * and every feature entry point at its start, middle, end and past the end: nothing throws, every
 * range lies inside the document, and no single call takes longer than a generous hang guard (these
 * are not speed tests; bench/ measures speed).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import type { FileDialect } from '../../../server/src/service/dialect';
import { CALL_BOUND_MS, runEveryFeature, slowest } from '../../support/fuzzArbitraries';

/** For the inputs of a megabyte or 200k lines: a call slower than this has gone quadratic or hangs (generous: a loaded CI machine may take 5 s to analyse 200k lines). */
const HUGE_CALL_BOUND_MS = 10000;

function probes(text: string): Position[] {
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines.length - 1;
  const middle = Math.floor(last / 2);
  return [
    { line: 0, character: 0 },
    { line: 0, character: 5 },
    { line: middle, character: 0 },
    { line: middle, character: Math.floor(lines[middle].length / 2) },
    { line: middle, character: lines[middle].length },
    { line: last, character: lines[last].length },
    { line: last + 1, character: 0 },
    { line: -1, character: -1 },
    { line: 3, character: 2 ** 31 - 1 },
  ];
}

function survives(text: string, bound: number, dialects: readonly FileDialect[] = ['sip', 'iax']): void {
  for (const fileDialect of dialects) {
    const { problems, timings } = runEveryFeature(text, fileDialect, probes(text));
    assert.deepEqual(problems, [], `${fileDialect}: ranges outside the document`);
    const worst = slowest(timings);
    assert.ok(worst.ms < bound, `${fileDialect}: ${worst.name} took ${worst.ms.toFixed(0)} ms`);
  }
}

const PHONE = 'type=friend\nhost=dynamic\nsecret=Zr8w-L1pa\ncontext=from-office\n';

describe('hostile inputs', () => {
  it('the empty document and a document of one line break', () => {
    survives('', CALL_BOUND_MS, ['sip', 'iax', 'generic']);
    survives('\n', CALL_BOUND_MS, ['sip', 'iax', 'generic']);
  });

  it('NUL bytes, lone surrogates and a BOM in headers, keys and values', () => {
    survives('\ufeff[gen\u0000eral]\nallow\u0000=ulaw\n[\ud800]\ntype=fr\udc00iend\nsecret=\ud83d\n[x](\udfff)\n\u0000\u0000\u0000\n', CALL_BOUND_MS, ['sip', 'iax', 'generic']);
  });

  it('CR-only, CRLF and mixed line ends', () => {
    const lines = ['[general]', 'context=default', '[alice]', PHONE.trim(), ';-- a', 'block --;', 'register => u:p@h/1'];
    survives(lines.join('\r'), CALL_BOUND_MS);
    survives(lines.join('\r\n'), CALL_BOUND_MS);
    survives(lines.map((line, index) => line + ['\r', '\n', '\r\n', '\n\r'][index % 4]).join(''), CALL_BOUND_MS);
  });

  it('a 1 MB single line', () => {
    survives('x'.repeat(1 << 20), HUGE_CALL_BOUND_MS);
    survives(`[${'a'.repeat(1 << 20)}]`, HUGE_CALL_BOUND_MS);
    survives(`[p]\nallow=${'ulaw,'.repeat(210000)}`, HUGE_CALL_BOUND_MS);
  });

  it('200k lines', () => {
    const sections: string[] = [];
    for (let index = 0; sections.length * 5 < 200000; index++) sections.push(`[phone${index}]\n${PHONE}`);
    survives(sections.join(''), HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('10k nested ;-- block comments, unclosed and closed', () => {
    survives(';--\n'.repeat(10000) + '[alice]\ntype=peer\n', HUGE_CALL_BOUND_MS);
    survives(';--'.repeat(10000) + '\n' + '--;'.repeat(10000) + '\n[alice]\n', HUGE_CALL_BOUND_MS);
  });

  it('thousands of sections with the same name', () => {
    survives(`[alice]\n${PHONE}`.repeat(5000), HUGE_CALL_BOUND_MS, ['sip']);
    survives('[alice](+)\nallow=ulaw\n'.repeat(5000), HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('a template chain 2000 deep', () => {
    const chain = ['[t0](!)\ntype=friend\nhost=dynamic\n'];
    for (let index = 1; index < 2000; index++) chain.push(`[t${index}](!,t${index - 1})\nallow=ulaw\n`);
    chain.push('[phone](t1999)\nsecret=Zr8w\n');
    survives(chain.join(''), HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('regression: validating a 2000-deep template chain took 199 s (checkAppends recomputed every base chain without a memo)', () => {
    const chain = ['[t0](!)\ntype=friend\nhost=dynamic\nallow=ulaw\n'];
    for (let index = 1; index < 2000; index++) chain.push(`[t${index}](!,t${index - 1})\nallow+=,g72${index % 10}\nsetvar=V${index}=x\n`);
    chain.push('[phone](t1999)\nallow+=,alaw\nsecret=Zr8w\n');
    survives(chain.join(''), HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('a section inheriting from 2000 templates at once', () => {
    const templates = Array.from({ length: 2000 }, (_, index) => `[t${index}](!)\nallow=g72${index % 10}\n`).join('');
    survives(`${templates}[phone](${Array.from({ length: 2000 }, (_, index) => `t${index}`).join(',')})\ntype=peer\n`, HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('inheritance cycles: self, pairs, a long ring, and through (+)', () => {
    survives('[a](a)\ntype=peer\n', CALL_BOUND_MS);
    survives('[a](!,b)\nallow=ulaw\n[b](!,a)\nallow=alaw\n[c](a)\ntype=friend\n', CALL_BOUND_MS);
    survives('[a](!)\ntype=peer\n[b](!,a)\n[a](+,b)\nhost=dynamic\n[c](a,b)\n[a](+)\n[a](+,a,c)\n', CALL_BOUND_MS);
    const ring = Array.from({ length: 1500 }, (_, index) => `[r${index}](!,r${(index + 1) % 1500})\nallow=ulaw\n`).join('');
    survives(`${ring}[phone](r0)\ntype=peer\n`, HUGE_CALL_BOUND_MS, ['sip']);
  });

  it('thousands of register lines and #include lines that lead nowhere or back to the file', () => {
    survives('[general]\n' + 'register => 4420017:s3cr3t@sip.example.net/7000\n'.repeat(3000), HUGE_CALL_BOUND_MS);
    survives('#include sip.conf\n#include *.conf\n#include missing.conf\n#tryinclude /dev/zero\n#exec /bin/true\n'.repeat(1000), HUGE_CALL_BOUND_MS);
  });

  it('a 100k-character key, value and comment on otherwise normal lines', () => {
    const long = 'k'.repeat(100000);
    survives(`[a]\n${long}=v\ntype=${long}\n;${long}\nregister => ${long}:${long}@${long}\nauth=${long}\n`, HUGE_CALL_BOUND_MS);
  });
});
