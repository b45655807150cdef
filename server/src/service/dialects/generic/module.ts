/**
 * Any other Asterisk .conf file (extensions.conf, ...): the parse checks and the features of today, which
 * answer with what applies to any section (outline, navigation of sections and contexts).
 */
import { CHANNEL_FEATURES } from '../channelFeatures';
import type { DialectModule } from '../dialect';
import { genericCore } from './core';

export const genericDialect: DialectModule = {
  ...genericCore,
  rules: [],
  features: CHANNEL_FEATURES,
};
