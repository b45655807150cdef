/**
 * chan_sip's register => grammar, for the shared features (dialects/register.ts):
 * `[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]`.
 */
import type { SipRegister } from '../../model/registerStatement';
import type { NamedRegisterPart, ParsedRegister, RegisterGrammar, RegisterPartName } from '../register';

type SipPartName = Exclude<RegisterPartName, 'keyName' | 'ignored'>;

/** The parts in the order of the line, with what each one is. */
const PART_TEXT: Record<SipPartName, string> = {
  peer: 'peer: the device whose settings apply to this registration and to the calls that come back through it',
  transport: 'transport: udp, tcp or tls, for the REGISTER and the calls that come back',
  user: 'user: the name we register as (the user part of the address we tell the registrar)',
  domain: 'domain: the domain of the address we register (default: the host)',
  domainPort: 'domain port: the port put into the registered address',
  secret: 'secret: the password we answer the registrar\'s challenge with',
  authUser: 'authuser: the name we authenticate as, when it differs from user',
  host: 'host: the registrar we send REGISTER to',
  port: 'port: where the registrar listens (default 5060, 5061 for tls)',
  extension: 'extension: where calls that come back through this registration enter the dialplan (default s)',
  expiry: 'expiry: how many seconds we ask the registration to last',
};

const PART_NAMES = Object.keys(PART_TEXT) as SipPartName[];

export const sipRegisterGrammar: RegisterGrammar<SipRegister> = {
  parts(parsed) {
    const parts: NamedRegisterPart[] = [];
    for (const name of PART_NAMES) {
      const part = parsed[name];
      if (part) parts.push({ name, part });
    }
    return parts;
  },
  partText: (name) => PART_TEXT[name as SipPartName] ?? name,
  rejectedBecause: (parsed) => parsed.problems[0]?.message,
  summary(parsed, shown) {
    const effective = parsed.effective;
    const host = shown.part(parsed.host) || '(no host)';
    const defaultPort = effective.transport === 'tls' ? 5061 : 5060;
    const where = `${host}${effective.port !== defaultPort ? `:${effective.port}` : ''}`;
    const over = effective.transport !== 'udp' ? ` over ${effective.transport}` : '';
    const user = shown.part(parsed.user) || '(no user)';
    const domain = parsed.domain?.text ? ` at domain ${shown.part(parsed.domain)}` : '';
    const authUser = parsed.authUser?.text ? `, authenticating as ${shown.part(parsed.authUser)}` : '';
    const secret = parsed.secret?.text ? ` with secret ${shown.secret(parsed.secret.text)}` : ' without a secret';
    const expiry = effective.expiry !== undefined ? `every ${effective.expiry} seconds` : 'every defaultexpiry seconds (120 unless [general] sets it earlier)';
    const peer = parsed.peer?.text ? ` with the settings of peer [${shown.part(parsed.peer)}]` : '';
    const extension = parsed.extension?.text ? shown.part(parsed.extension) : effective.extension;
    return (
      `Asterisk authenticates to ${where}${over} as ${user}${domain}${authUser}${secret} and tells it where to reach us, renewed ${expiry}; ` +
      `calls come back to extension ${extension}${peer}; the remote must define us with host=dynamic`
    );
  },
  secret: (parsed) => parsed.secret?.text,
};

/** The statement when chan_sip's grammar parsed it (sip.conf, and the files read as sip.conf); the migration to pjsip.conf reads these. */
export function sipRegisterOf(parsed: ParsedRegister): SipRegister | undefined {
  return parsed.dialect === 'sip' ? parsed : undefined;
}
