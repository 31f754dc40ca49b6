import {
  createA4Document,
  drawBarcode,
  drawText,
  FONTS,
  formatMinutes,
  formatUtcDateTime,
  keyValueGrid,
  moveDown,
  paragraph,
  POINTS_PER_MM,
  renderToBuffer,
  sectionTitle,
  signatureBlock,
  table,
  type PrintDocument,
  type PrintOptions,
} from '@repaero/printing';
import type { DefectStatusView, JobCardTaskView, JobCardView, MeasurementView, WorkOrderStatusView } from './job-card.view';
import { signatureFields } from './signature.fields';
import { describeSubject } from './subject.format';

const BARCODE = { widthMm: 62, heightMm: 13 } as const;

/** The card can be printed before any work: unsigned tasks get empty boxes to sign by hand. */
export async function renderJobCard(view: JobCardView, options: PrintOptions = {}): Promise<Buffer> {
  const doc = createA4Document({
    title: `${view.organisation.name} · Job card`,
    headerRight: view.workOrderNumber,
    footerLeft: `${view.organisation.name} · ${view.organisation.approvalReference} · printed ${formatUtcDateTime(view.printedAt)}`,
    author: view.organisation.name,
    createdAt: new Date(view.printedAt),
    compress: options.compress,
  });
  const top = doc.pdf.y;
  const barcodeWidth = BARCODE.widthMm * POINTS_PER_MM;
  const barcodeHeight = await drawBarcode(doc, { symbology: 'code128', text: view.workOrderNumber, ...BARCODE, at: { x: doc.right - barcodeWidth, y: top } });
  drawText(doc, 'JOB CARD', doc.left, top, doc.width - barcodeWidth, { font: FONTS.bold, size: 18 });
  drawText(doc, `Work order ${view.workOrderNumber}`, doc.left, top + 24, doc.width - barcodeWidth, { font: FONTS.bold, size: 11 });
  moveDown(doc, barcodeHeight + 8);

  const labour = view.tasks.reduce((sum, task) => sum + task.labourMinutes, 0);
  keyValueGrid(
    doc,
    [
      { label: 'Work order', value: view.workOrderNumber },
      { label: 'Status', value: statusLabel(view.status) },
      { label: 'Customer reference', value: view.customerReference },
      { label: 'Customer', value: view.customerName },
      { label: 'Subject', value: describeSubject(view.subject), span: 2 },
      { label: 'Requested work', value: view.requestedWork, span: 2 },
      { label: 'Team lead', value: view.teamLead },
      { label: 'Labour total', value: formatMinutes(labour) },
    ],
    2,
  );

  sectionTitle(doc, `Tasks (${view.tasks.length})`);
  table(doc, {
    columns: [
      { header: 'No.', weight: 0.5 },
      { header: 'Task', weight: 2.6 },
      { header: 'Maintenance data / rev.', weight: 2 },
      { header: 'Critical', weight: 1.1 },
      { header: 'Cat.', weight: 0.6 },
      { header: 'Technicians', weight: 1.9 },
      { header: 'Labour', weight: 0.8, align: 'right' },
      { header: 'Progress', weight: 1.2 },
    ],
    rows: view.tasks.map((task) => [
      task.number,
      task.title,
      `${task.maintenanceData.reference} rev. ${task.maintenanceData.revision}`,
      task.critical ? 'CRITICAL' : 'no',
      task.requiredCategory,
      task.assignedTechnicians.join(', '),
      formatMinutes(task.labourMinutes),
      taskProgress(task),
    ]),
  });

  for (const task of view.tasks) taskSection(doc, task);
  return renderToBuffer(doc);
}

function taskSection(doc: PrintDocument, task: JobCardTaskView): void {
  sectionTitle(doc, `Task ${task.number} · ${task.title}${task.critical ? ' · CRITICAL' : ''}`, 90);
  keyValueGrid(
    doc,
    [
      { label: 'Maintenance data', value: task.maintenanceData.reference },
      { label: 'Revision', value: task.maintenanceData.revision },
      { label: 'Critical task', value: task.critical ? 'yes: independent inspection required' : 'no' },
      { label: 'Required category', value: task.requiredCategory },
      { label: 'Assigned technicians', value: task.assignedTechnicians.join(', ') || 'none yet' },
      { label: 'Labour', value: formatMinutes(task.labourMinutes) },
    ],
    3,
  );
  listOrNone(doc, 'Parts issued', task.parts.length, () =>
    table(doc, {
      columns: [{ header: 'P/N', weight: 2 }, { header: 'Description', weight: 2.5 }, { header: 'S/N or batch', weight: 2 }, { header: 'Certificate', weight: 2 }, { header: 'Qty', weight: 1, align: 'right' }],
      rows: task.parts.map((part) => [
        part.partNumber,
        part.description ?? '',
        part.serialNumber !== undefined ? `S/N ${part.serialNumber}` : part.batchNumber !== undefined ? `Batch ${part.batchNumber}` : '',
        part.certificateRef,
        `${part.quantity} ${part.unit}`,
      ]),
    }),
  );
  listOrNone(doc, 'Tools', task.tools.length, () =>
    table(doc, {
      columns: [{ header: 'Tool', weight: 1.5 }, { header: 'Description', weight: 3 }, { header: 'Calibration due', weight: 1.5 }],
      rows: task.tools.map((tool) => [tool.toolId, tool.description ?? '', tool.calibrationDue]),
    }),
  );
  listOrNone(doc, 'Measurements', task.measurements.length, () =>
    table(doc, {
      columns: [{ header: 'Measurement', weight: 3 }, { header: 'Value', weight: 1.2, align: 'right' }, { header: 'Unit', weight: 0.8 }, { header: 'Limits', weight: 1.8 }, { header: 'Result', weight: 1.4 }],
      rows: task.measurements.map((m) => [m.name, String(m.value), m.unit, limitsOf(m), m.outOfLimits ? 'OUT OF LIMITS' : 'within limits']),
    }),
  );
  listOrNone(doc, 'Defects', task.defects.length, () =>
    table(doc, {
      columns: [{ header: 'Defect', weight: 4 }, { header: 'Status', weight: 1.8 }, { header: 'Deferral ref.', weight: 1.6 }],
      rows: task.defects.map((defect) => [defect.description, defectStatusLabel(defect.status), defect.deferralRef ?? '']),
    }),
  );
  signatureBlock(doc, { title: `Task ${task.number} sign-off`, fields: signatureFields('Performed by', task.signOff) });
  if (task.critical) signatureBlock(doc, { title: `Task ${task.number} independent inspection`, fields: signatureFields('Inspected by', task.inspection) });
}

function listOrNone(doc: PrintDocument, title: string, count: number, draw: () => void): void {
  if (count === 0) {
    paragraph(doc, `${title}: none recorded`, { size: 8, color: '#444444' });
    return;
  }
  paragraph(doc, title, { font: FONTS.bold, size: 8 });
  draw();
}

function limitsOf(m: MeasurementView): string {
  if (m.lowerLimit !== undefined && m.upperLimit !== undefined) return `${m.lowerLimit} to ${m.upperLimit} ${m.unit}`;
  if (m.lowerLimit !== undefined) return `min ${m.lowerLimit} ${m.unit}`;
  if (m.upperLimit !== undefined) return `max ${m.upperLimit} ${m.unit}`;
  return '';
}

function taskProgress(task: JobCardTaskView): string {
  if (task.signOff === undefined) return 'open';
  if (task.critical && task.inspection === undefined) return 'to inspect';
  return task.critical ? 'inspected' : 'signed';
}

function statusLabel(status: WorkOrderStatusView): string {
  switch (status) {
    case 'draft':
      return 'Draft';
    case 'open':
      return 'Open';
    case 'in-progress':
      return 'In progress';
    case 'awaiting-parts':
      return 'Awaiting parts';
    case 'ready-for-release':
      return 'Ready for release';
    case 'released':
      return 'Released';
    case 'cancelled':
      return 'Cancelled';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

function defectStatusLabel(status: DefectStatusView): string {
  switch (status) {
    case 'raised':
      return 'raised';
    case 'rectified':
      return 'rectified';
    case 'deferred':
      return 'deferred (customer agreement)';
    case 'not-completed-within-limits':
      return 'not completed, within limits';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
