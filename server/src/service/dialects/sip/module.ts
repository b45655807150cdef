/** The sip.conf dialect: its core, the chan_sip rules and today's features. */
import { CHANNEL_FEATURES } from '../channelFeatures';
import type { DialectModule } from '../dialect';
import { getConvertToPjsipActions } from '../../features/convertToPjsip';
import { sipCore } from './core';

export const sipDialect: DialectModule = {
  ...sipCore,
  // The chan_sip rules are lintRules.ts's SEMANTIC_RULES, shared with iax.conf.
  rules: [],
  features: {
    ...CHANNEL_FEATURES,
    // A sip.conf also offers its conversion to pjsip.conf: a source action that runs the client's command.
    codeActions: (analysis, range, context, environment) => [
      ...(CHANNEL_FEATURES.codeActions?.(analysis, range, context, environment) ?? []),
      ...getConvertToPjsipActions(analysis, context),
    ],
  },
};
