/**
 * pjsip.conf (chan_pjsip) and the files it includes: pjsip.conf, pjsip_*.conf, pjsip.*.conf (FreePBX's
 * pjsip.endpoint.conf, pjsip.aor.conf ...), read as Asterisk reads them.
 */
import type { DialectCore } from '../dialect';
import { buildPjsipModel } from './model';

export const pjsipCore: DialectCore = {
  id: 'pjsip',
  languageId: 'asterisk-pjsip',
  rootFileName: 'pjsip.conf',
  matchesFileName: (baseName) => /^pjsip([_.].*)?\.conf$/.test(baseName),
  // [general] is not special in pjsip.conf: a second one is just another section.
  parseChecksOff: new Set(['duplicate-general']),
  channelChecks: false,
  // The pjsip model is rebuilt for every version (no reuse of the previous one yet); its base is the
  // shared model of the include tree, read as generic sections, so the tree is read once.
  buildModels: (root, options) => {
    const pjsip = buildPjsipModel(root, { host: options.host });
    return { model: pjsip.base, pjsip };
  },
};
