/** chan_iax2's register => grammar, for the shared features (dialects/register.ts): `user[:secret]@host[:port]`. */
import type { IaxRegister, RegisterPart } from '../../model/registerStatement';
import type { NamedRegisterPart, RegisterGrammar, RegisterPartName } from '../register';

const PART_TEXT: Partial<Record<RegisterPartName, string>> = {
  user: 'user: the name we register as',
  secret: 'secret: the password we answer the registrar\'s challenge with',
  keyName: 'key name: we authenticate with this RSA private key instead of a password',
  host: 'host: the IAX server we register to',
  port: 'port: where the server listens (default 4569)',
  ignored: 'ignored: IAX reads only user[:secret]@host[:port] and silently drops this',
};

/** The problems that make chan_iax2 drop the line (the others are warnings about what it ignores). */
const REJECTING = ['register-missing-at', 'register-empty-host', 'register-bad-port'];

export const iaxRegisterGrammar: RegisterGrammar<IaxRegister> = {
  parts(parsed) {
    const parts: NamedRegisterPart[] = [];
    const add = (name: RegisterPartName, part: RegisterPart | undefined): void => {
      if (part) parts.push({ name, part });
    };
    add('user', parsed.user);
    // A `[keyname]` secret names a key, not a password: the name itself is no secret.
    if (parsed.secretIsKeyName) add('keyName', parsed.secret && { text: parsed.keyName?.text ?? '', span: parsed.secret.span });
    else add('secret', parsed.secret);
    add('host', parsed.host);
    add('port', parsed.port);
    for (const dropped of parsed.dropped) add('ignored', dropped);
    return parts;
  },
  partText: (name) => PART_TEXT[name] ?? name,
  rejectedBecause: (parsed) => parsed.problems.find((problem) => REJECTING.includes(problem.code))?.message ?? parsed.problems[0]?.message,
  summary(parsed, shown) {
    const where = `${shown.part(parsed.host)}${parsed.effectivePort !== 4569 ? `:${parsed.effectivePort}` : ''}`;
    const credentials = parsed.secretIsKeyName
      ? ` signing with RSA key ${parsed.keyName?.text ?? ''}`
      : parsed.secret?.text
        ? ` with secret ${shown.secret(parsed.secret.text)}`
        : ' without a secret';
    return (
      `Asterisk authenticates to ${where} as ${shown.part(parsed.user) || '(no user)'}${credentials} and tells it where to reach us, renewed every 60 seconds; ` +
      'calls it sends back are matched to our users; the remote must define us with host=dynamic'
    );
  },
  secret: (parsed) => (parsed.secretIsKeyName ? undefined : parsed.secret?.text),
};
