import { joinWrapped, pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { FORM_ONE_TITLE, renderFormOne } from './form-one.renderer';
import type { FormOneView } from './form-one.view';
import { RELEASE_WORDING } from './release-wording';
import { sampleFormOne } from './sample-views.testing';

async function textOf(view: FormOneView): Promise<string[]> {
  return pdfTextLines(await renderFormOne(view));
}

describe('EASA Form 1 PDF', () => {
  it('fills blocks 1 to 14 from the view', async () => {
    const lines = await textOf(sampleFormOne);
    expect(lines).toEqual(
      expect.arrayContaining([
        '1. Competent authority / country',
        'DGAC / FRANCE',
        '2.',
        FORM_ONE_TITLE,
        '3. Form tracking number',
        'RA-F1-2026-000123',
        '4. Approved organisation name and address',
        "Rep'Aero",
        'Aérodrome de Lognes, Hangar 4',
        '5. Work order / contract / invoice',
        'WO-2026-0051',
        '6. Item',
        '7. Description',
        '8. Part No.',
        '9. Qty',
        '10. Serial No.',
        '11. Status/Work',
        'Starter generator',
        '4202435-01',
        '674A36458',
        'REPAIRED',
        '12. Remarks',
        'Réparé selon CMM 24-31-05 rév. 6; brushes replaced, bench tested.',
        '14c. Approval / authorisation ref.',
        'FR.145.0123',
        '14d. Name',
        'Hélène Martin',
        '14e. Date (dd/mmm/yyyy)',
        '28/Nov/2026',
      ]),
    );
    expect(joinWrapped(lines)).toMatch(/Signed electronically by Hélène Martin, authorisation RA-AUTH-021, licence FR\.66\.0077 B1\.2, 2026-11-28 10:05 UTC, device ipad-03/);
  });

  it('prints one line per item with its block 11 status', async () => {
    const lines = await textOf({
      ...sampleFormOne,
      items: [
        { item: 1, description: 'Starter generator', partNumber: '4202435-01', quantity: 1, serialNumber: '674A36458', status: 'OVERHAULED' },
        { item: 2, description: 'Brush set', partNumber: '4202435-77', quantity: 2, serialNumber: 'N/A', status: 'INSPECTED/TESTED' },
      ],
    });
    expect(lines).toEqual(expect.arrayContaining(['OVERHAULED', 'Brush set', '4202435-77', '2', 'N/A', 'INSPECTED/TESTED']));
  });

  it('Part-145: ticks the Part-145.A.50 box of block 14a', async () => {
    const text = joinWrapped(await textOf(sampleFormOne));
    expect(text).toContain('[X] Part-145.A.50 Release to Service');
    expect(text).toContain('[ ] Other regulation specified in block 12');
    expect(text).not.toContain('Part-CAO');
  });

  it('Part-CAO: ticks "other regulation" and names it in block 12', async () => {
    const lines = await textOf({ ...sampleFormOne, regime: 'part-cao' });
    const text = joinWrapped(lines);
    expect(text).toContain('[ ] Part-145.A.50 Release to Service');
    expect(text).toContain('[X] Other regulation specified in block 12');
    expect(lines).toContain(RELEASE_WORDING['part-cao'].formOneBlock12Preamble);
  });
});
