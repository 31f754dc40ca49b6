import { joinWrapped as joined, pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { renderCertificateOfRelease } from './certificate-of-release.renderer';
import type { CertificateOfReleaseView } from './certificate-of-release.view';
import { RELEASE_WORDING } from './release-wording';
import { sampleCertificate } from './sample-views.testing';

const PAGE_FURNITURE = /^(Page \d+ of \d+|Rep'Aero · .*)$/;

async function textOf(view: CertificateOfReleaseView): Promise<string[]> {
  return pdfTextLines(await renderCertificateOfRelease(view)).filter((line) => !PAGE_FURNITURE.test(line));
}


const amended: CertificateOfReleaseView = {
  ...sampleCertificate,
  history: [
    { kind: 'amended', at: '2026-11-29T08:00:00Z', by: 'Quentin Qualité', reason: 'Customer reference corrected', details: 'PO-778 → PO-787' },
    { kind: 'cancelled', at: '2026-11-30T09:15:00Z', by: 'Quentin Qualité', reason: 'Released against the wrong work order' },
  ],
};

describe('certificate of release to service PDF', () => {
  it('prints the organisation, the work order, the subject and the certifying signer with licence, authorisation and device', async () => {
    const lines = await textOf(sampleCertificate);
    expect(lines).toEqual(
      expect.arrayContaining([
        'CERTIFICATE OF RELEASE TO SERVICE',
        "Rep'Aero",
        'Aérodrome de Lognes, Hangar 4',
        'FR.145.0123',
        'CRS-2026-0042',
        'WO-2026-0042',
        'Aircraft F-GKXS · Robin DR400-120 · S/N 2354',
        'Démarreur remplacé, faisceau contrôlé: réparé',
        '2026-11-28 10:05 UTC',
        'Hélène Martin',
        'FR.66.0077 B1.2',
        'RA-AUTH-021',
        'ipad-03',
        'None recorded.',
      ]),
    );
    expect(joined(lines)).toContain('Chafed harness near firewall deferred, customer agreement CUST-AGR-2026-17');
  });

  it.each(['part-145', 'part-cao'] as const)('states the release in the %s wording', async (regime) => {
    const text = joined(await textOf({ ...sampleCertificate, regime }));
    expect(text).toContain(RELEASE_WORDING[regime].crsStatement);
    const other = regime === 'part-145' ? 'Part-CAO' : 'Part-145';
    expect(text).not.toContain(`in accordance with ${other}`);
  });

  it('keeps the Part-145 wording word for word', () => {
    expect(RELEASE_WORDING['part-145'].crsStatement).toBe(
      'Certifies that the work specified except as otherwise specified was carried out in accordance with Part-145 and in respect to that work the aircraft/component is considered ready for release to service',
    );
  });

  it('lists amendments and the cancellation with their reasons and dates under an unchanged issued block', async () => {
    const [issued, corrected] = [await textOf(sampleCertificate), await textOf(amended)];
    const heading = 'Amendments and cancellation';
    expect(corrected.slice(0, corrected.indexOf(heading))).toEqual(issued.slice(0, issued.indexOf(heading)));
    const history = corrected.slice(corrected.indexOf(heading));
    expect(history).toEqual(
      expect.arrayContaining(['2026-11-29 08:00 UTC', 'Amendment', 'Customer reference corrected', 'PO-778 -> PO-787', '2026-11-30 09:15 UTC', 'Cancellation', 'Quentin Qualité']),
    );
    expect(joined(history)).toContain('THIS CERTIFICATE WAS CANCELLED on 2026-11-30 09:15 UTC: Released against the wrong work order');
  });
});
