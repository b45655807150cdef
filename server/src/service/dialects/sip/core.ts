/** sip.conf (chan_sip) and the files it includes: sip.conf, sip_*.conf, sip-*.conf. */
import type { DialectCore } from '../dialect';

export const sipCore: DialectCore = {
  id: 'sip',
  languageId: 'asterisk-sip',
  rootFileName: 'sip.conf',
  matchesFileName: (baseName) => /^sip([_-].*)?\.conf$/.test(baseName),
  channelChecks: true,
};
