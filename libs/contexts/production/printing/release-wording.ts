import type { ReleaseRegime } from './common.view';

export interface ReleaseWording {
  /** The CRS statement (AMC to 145.A.50, and its Part-CAO counterpart). */
  readonly crsStatement: string;
  /** Form 1 block 14a: which box is ticked. */
  readonly formOneRegulation: 'part-145' | 'other';
  /** Form 1 block 14a statement. */
  readonly formOneStatement: string;
  /** Opens block 12 when the regulation is not Part-145: the "other regulation" the 14a box refers to. */
  readonly formOneBlock12Preamble?: string;
}

/** Every release text lives here, chosen by the organisation's regime (configuration), never edited per document. */
export const RELEASE_WORDING: Readonly<Record<ReleaseRegime, ReleaseWording>> = {
  'part-145': {
    crsStatement:
      'Certifies that the work specified except as otherwise specified was carried out in accordance with Part-145 and in respect to that work the aircraft/component is considered ready for release to service',
    formOneRegulation: 'part-145',
    formOneStatement:
      'Certifies that unless otherwise specified in block 12, the work identified in block 11 and described in block 12 was accomplished in accordance with Part-145 and in respect to that work the items are considered ready for release to service.',
  },
  'part-cao': {
    crsStatement:
      'Certifies that the work specified except as otherwise specified was carried out in accordance with Part-CAO and in respect to that work the aircraft/component is considered ready for release to service',
    formOneRegulation: 'other',
    formOneStatement:
      'Certifies that unless otherwise specified in block 12, the work identified in block 11 and described in block 12 was accomplished in accordance with the regulation specified in block 12 and in respect to that work the items are considered ready for release to service.',
    formOneBlock12Preamble: 'Released in accordance with Part-CAO (CAO.A.070).',
  },
};
