/**
 * The small pieces the sip.conf → pjsip.conf migration writes with: pjsip objects as text, names that
 * never collide within one object type, and the list of what could not be carried over.
 */

/** One sip.conf line (or [general] setting) the migration could not express in pjsip.conf. */
export interface UnmappedItem {
  /** The sip.conf section the line belongs to (for a template's line: the endpoint that inherits it). */
  readonly section: string;
  readonly option: string;
  readonly uri: string;
  /** 0-based line in `uri`, when the line is written in a file (not a built-in default). */
  readonly line?: number;
  readonly reason: string;
}

/** Where a piece of the result goes in the split layout (see splitLayout.ts): `main` is pjsip.conf itself. */
export type PieceFile = 'main' | 'transports' | 'endpoint' | 'aor' | 'auth' | 'identify' | 'registration';

/** One object (with the comments that introduce it) or one comment block of the result, in output order. */
export interface MigrationPiece {
  readonly file: PieceFile;
  readonly text: string;
  /** The sip.conf endpoints (section names) this piece is part of the migration of (migrate --endpoint). */
  readonly sections?: readonly string[];
}

/** The piece of an aor, auth or identify: its file is its type. */
export function pieceOf(block: PjsipBlock, sections?: readonly string[]): MigrationPiece {
  return { file: block.type as PieceFile, text: block.render(), ...(sections ? { sections } : {}) };
}

/** One line of an object: an option (`option` set) or a comment. */
export interface PjsipRow {
  readonly option?: string;
  readonly text: string;
}

/** A pjsip object being written: its options in order, each with an optional trailing comment. */
export class PjsipBlock {
  rows: PjsipRow[] = [];
  /** `[name](parent)`: inherits a template's lines (see endpointTemplates.ts). */
  parent?: string;

  constructor(
    readonly name: string,
    readonly type: string,
    /** `[name](!)`: a template, never an object of its own. */
    readonly isTemplate = false,
  ) {}

  set(option: string, value: string, comment?: string): this {
    this.rows.push({ option, text: `${option}=${escapeValue(value)}${comment ? ` ; ${comment}` : ''}` });
    return this;
  }

  note(text: string): this {
    this.rows.push({ text: `; ${text}` });
    return this;
  }

  render(): string {
    const options = this.isTemplate ? '(!)' : this.parent ? `(${this.parent})` : '';
    return [`[${this.name}]${options}`, `type=${this.type}`, ...this.rows.map((row) => row.text)].join('\n');
  }
}

/** A `;` starts a comment in every Asterisk .conf file: a literal one must be written `\;`. */
export function escapeValue(value: string): string {
  return value.replace(/;/g, '\\;').replace(/[\r\n]/g, ' ');
}

/** Names per pjsip object type: a second `alice-auth` of type auth becomes `alice-auth-2`. */
export class NamePool {
  private readonly used = new Map<string, Set<string>>();

  reserve(type: string, name: string): void {
    this.setOf(type).add(name);
  }

  take(type: string, wanted: string): string {
    const used = this.setOf(type);
    let name = wanted;
    for (let counter = 2; used.has(name); counter++) name = `${wanted}-${counter}`;
    used.add(name);
    return name;
  }

  private setOf(type: string): Set<string> {
    let set = this.used.get(type);
    if (!set) this.used.set(type, (set = new Set()));
    return set;
  }
}

/** `host` as it goes into a SIP URI: IPv6 literals in brackets. */
export function uriHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
