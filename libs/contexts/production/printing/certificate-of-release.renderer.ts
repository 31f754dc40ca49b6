import {
  createA4Document,
  drawText,
  FONTS,
  formatUtcDateTime,
  keyValueGrid,
  moveDown,
  paragraph,
  renderToBuffer,
  sectionTitle,
  signatureBlock,
  table,
  type PrintOptions,
} from '@repaero/printing';
import type { CertificateOfReleaseView, CrsHistoryEntryView } from './certificate-of-release.view';
import { RELEASE_WORDING } from './release-wording';
import { signatureFields } from './signature.fields';
import { describeSubject } from './subject.format';

/** The issued block is printed from the issue data only; amendments and a cancellation are listed under it. */
export async function renderCertificateOfRelease(view: CertificateOfReleaseView, options: PrintOptions = {}): Promise<Buffer> {
  const doc = createA4Document({
    title: `${view.organisation.name} · Certificate of release to service`,
    headerRight: view.certificateNumber,
    footerLeft: `${view.organisation.name} · ${view.organisation.approvalReference} · printed ${formatUtcDateTime(view.printedAt)}`,
    author: view.organisation.name,
    createdAt: new Date(view.printedAt),
    compress: options.compress,
  });
  const height = drawText(doc, 'CERTIFICATE OF RELEASE TO SERVICE', doc.left, doc.pdf.y, doc.width, { font: FONTS.bold, size: 16 });
  moveDown(doc, height + 8);
  keyValueGrid(doc, [
    { label: 'Organisation', value: [view.organisation.name, ...view.organisation.address].join('\n') },
    { label: 'Approval reference', value: view.organisation.approvalReference },
    { label: 'CRS number', value: view.certificateNumber },
    { label: 'Work order', value: view.workOrderNumber },
    { label: 'Customer reference', value: view.customerReference ?? '' },
    { label: 'Date (UTC)', value: formatUtcDateTime(view.signer.signedAt) },
    { label: 'Subject', value: describeSubject(view.subject), span: 2 },
    { label: 'Work performed', value: view.workPerformed, span: 2 },
    { label: 'Except as otherwise specified', value: view.exceptions ?? 'nothing', span: 2 },
  ]);
  sectionTitle(doc, 'Release statement');
  paragraph(doc, RELEASE_WORDING[view.regime].crsStatement, { font: FONTS.bold, size: 10 });
  moveDown(doc, 4);
  signatureBlock(doc, { title: 'Certifying staff', fields: signatureFields('Name', view.signer) });

  sectionTitle(doc, 'Amendments and cancellation');
  const cancelled = view.history.find((entry) => entry.kind === 'cancelled');
  if (cancelled !== undefined) paragraph(doc, `THIS CERTIFICATE WAS CANCELLED on ${formatUtcDateTime(cancelled.at)}: ${cancelled.reason}`, { font: FONTS.bold, size: 10 });
  if (view.history.length === 0) paragraph(doc, 'None recorded.', { size: 8 });
  else
    table(doc, {
      columns: [{ header: 'Date (UTC)', weight: 2 }, { header: 'Event', weight: 1.2 }, { header: 'By', weight: 1.6 }, { header: 'Reason', weight: 3 }, { header: 'Details', weight: 2.2 }],
      rows: view.history.map((entry) => [formatUtcDateTime(entry.at), historyLabel(entry), entry.by, entry.reason, entry.details ?? '']),
    });
  return renderToBuffer(doc);
}

function historyLabel(entry: CrsHistoryEntryView): string {
  switch (entry.kind) {
    case 'amended':
      return 'Amendment';
    case 'cancelled':
      return 'Cancellation';
    default: {
      const unreachable: never = entry.kind;
      return unreachable;
    }
  }
}
