/** Any other Asterisk .conf file (extensions.conf, ...): no root of its own, no channel checks. */
import type { DialectCore } from '../dialect';

export const genericCore: DialectCore = {
  id: 'generic',
  languageId: 'asterisk',
  matchesFileName: () => false,
  channelChecks: false,
};
