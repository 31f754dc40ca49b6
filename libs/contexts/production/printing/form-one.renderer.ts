import {
  createA4Document,
  formatFormDate,
  formatUtcDateTime,
  keyValueGrid,
  paragraph,
  renderToBuffer,
  table,
  FONTS,
  type PrintOptions,
} from '@repaero/printing';
import type { FormOneView } from './form-one.view';
import { RELEASE_WORDING } from './release-wording';

export const FORM_ONE_TITLE = 'AUTHORISED RELEASE CERTIFICATE / EASA FORM 1';

/** Block by block, numbered as on the form; blocks 13a–13e are production release and stay empty for maintenance. */
export async function renderFormOne(view: FormOneView, options: PrintOptions = {}): Promise<Buffer> {
  const wording = RELEASE_WORDING[view.regime];
  const doc = createA4Document({
    title: `${view.organisation.name} · EASA Form 1`,
    headerRight: view.trackingNumber,
    footerLeft: `${view.organisation.name} · ${view.organisation.approvalReference}`,
    author: view.organisation.name,
    createdAt: new Date(view.printedAt),
    compress: options.compress,
  });
  keyValueGrid(
    doc,
    [
      { label: '1. Competent authority / country', value: `${view.competentAuthority} / ${view.country}` },
      { label: '2.', value: FORM_ONE_TITLE, span: 2 },
      { label: '3. Form tracking number', value: view.trackingNumber },
      { label: '4. Approved organisation name and address', value: [view.organisation.name, ...view.organisation.address].join('\n'), span: 3 },
      { label: '5. Work order / contract / invoice', value: view.workOrderNumber },
    ],
    4,
    0,
  );
  table(doc, {
    columns: [
      { header: '6. Item', weight: 0.85 },
      { header: '7. Description', weight: 2.35 },
      { header: '8. Part No.', weight: 2 },
      { header: '9. Qty', weight: 0.7, align: 'right' },
      { header: '10. Serial No.', weight: 2 },
      { header: '11. Status/Work', weight: 2.3 },
    ],
    rows: view.items.map((item) => [String(item.item), item.description, item.partNumber, String(item.quantity), item.serialNumber, item.status]),
    fontSize: 9,
    gapAfter: 0,
  });
  const remarks = [wording.formOneBlock12Preamble, view.remarks].filter((part) => part !== undefined && part !== '').join('\n');
  const tick = (ticked: boolean) => (ticked ? '[X]' : '[ ]');
  const signed = `Signed electronically by ${view.signer.name}${view.signer.authorisationRef !== undefined ? `, authorisation ${view.signer.authorisationRef}` : ''}${
    view.signer.licenceRef !== undefined ? `, licence ${view.signer.licenceRef}` : ''
  }, ${formatUtcDateTime(view.signer.signedAt)}, device ${view.signer.deviceId ?? 'desk'}`;
  keyValueGrid(
    doc,
    [
      { label: '12. Remarks', value: remarks, span: 2 },
      { label: '13a-13e. Production release (Part 21)', value: 'Not applicable: maintenance release, see block 14.' },
      {
        label: '14a.',
        value: `${tick(wording.formOneRegulation === 'part-145')} Part-145.A.50 Release to Service\n${tick(wording.formOneRegulation === 'other')} Other regulation specified in block 12\n${wording.formOneStatement}`,
      },
      { label: '14b. Authorised signature', value: signed },
      { label: '14c. Approval / authorisation ref.', value: view.organisation.approvalReference },
      { label: '14d. Name', value: view.signer.name },
      { label: '14e. Date (dd/mmm/yyyy)', value: formatFormDate(view.signer.signedAt) },
    ],
    2,
  );
  paragraph(doc, 'User/installer responsibilities: this certificate does not automatically constitute authority to install the item(s).', { size: 7, font: FONTS.regular });
  return renderToBuffer(doc);
}
