/**
 * What every pjsip.conf editor feature reads (issue #16): the document asked about and the pjsip model of the
 * include tree it belongs to (its root may be pjsip.conf including this file). The pjsip dialect module builds
 * one per request from the document's Analysis; the feature functions of this folder take it and nothing
 * else, so they stay pure and testable on inline text.
 */
import type { DialplanIndex } from '../../../model/dialplan';
import type { ConfigDocument } from '../../../parser/configDocument';
import type { ServiceSettings } from '../../../settings';
import type { PjsipModel } from '../model';

export interface PjsipFeatureContext {
  /** The document the request is about. */
  readonly uri: string;
  readonly document: ConfigDocument;
  /** buildPjsipModel over the include tree the document belongs to. */
  readonly model: PjsipModel;
  /** Contexts of extensions.conf in the same config directory, when there is one. */
  readonly dialplan?: DialplanIndex;
  readonly settings: ServiceSettings;
}
