/** The iax.conf dialect: its core, the chan_iax2 rules and today's features. */
import { CHANNEL_FEATURES } from '../channelFeatures';
import type { DialectModule } from '../dialect';
import { iaxCore } from './core';

export const iaxDialect: DialectModule = {
  ...iaxCore,
  // The chan_iax2 rules are lintRules.ts's SEMANTIC_RULES, shared with sip.conf.
  rules: [],
  features: CHANNEL_FEATURES,
};
