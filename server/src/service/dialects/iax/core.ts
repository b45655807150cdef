/** iax.conf (chan_iax2) and the files it includes: iax.conf, iax_*.conf, iax-*.conf. */
import type { DialectCore } from '../dialect';

export const iaxCore: DialectCore = {
  id: 'iax',
  languageId: 'asterisk-iax',
  rootFileName: 'iax.conf',
  matchesFileName: (baseName) => /^iax([_-].*)?\.conf$/.test(baseName),
  channelChecks: true,
};
