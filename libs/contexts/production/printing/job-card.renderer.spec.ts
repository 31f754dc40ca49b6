import { pdfPageTexts, pdfTextLines } from '@repaero/printing/testing/pdf-text';
import { renderJobCard } from './job-card.renderer';
import type { JobCardView } from './job-card.view';
import { inspector, performer, sampleJobCard, sampleTask } from './sample-views.testing';

const signed: JobCardView = {
  ...sampleJobCard,
  tasks: sampleJobCard.tasks.map((task) => ({ ...task, signOff: performer, ...(task.critical ? { inspection: inspector } : {}) })),
};

describe('job card PDF', () => {
  it('prints the work order, its subject and every task detail', async () => {
    const lines = pdfTextLines(await renderJobCard(sampleJobCard));
    expect(lines).toEqual(
      expect.arrayContaining([
        'JOB CARD',
        'WO-2026-0042',
        'PO-778',
        'Société Aéro-Club de Lognes',
        'Aircraft F-GKXS · Robin DR400-120 · S/N 2354',
        'Démarreur à remplacer; contrôle du faisceau',
        'Camille Durand',
        'In progress',
        'Task 2 · Engine control cables: reconnect and check · CRITICAL',
        'AMM 76-10-00',
        'yes: independent inspection required',
        'B1.2',
        'Jean Dupont, Hélène Martin',
        '4202435-01',
        'S/N 674A36458',
        'F1-0CVA5-2026-3345',
        'MS24665-132',
        'Batch B-7',
        'COC-2291',
        '4 EA',
        'TQ-0042',
        '2027-03-31',
        'Brush length',
        '11.2',
        '12 to 19 mm',
        'OUT OF LIMITS',
        'deferred (customer agreement)',
        'CUST-AGR-2026-17',
        'Tools: none recorded',
        '3 h 15',
      ]),
    );
  });

  it('encodes the work order number as a Code 128 image with the number printed under it', async () => {
    const pdf = await renderJobCard(sampleJobCard, { compress: false });
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(pdfTextLines(pdf).filter((line) => line === 'WO-2026-0042').length).toBeGreaterThanOrEqual(3);
  });

  it('prints empty sign-off and inspection boxes before the work is signed', async () => {
    const lines = pdfTextLines(await renderJobCard(sampleJobCard));
    expect(lines).toEqual(expect.arrayContaining(['Task 1 sign-off', 'Task 2 sign-off', 'Task 2 independent inspection', 'Performed by', 'Inspected by', 'Date / time (UTC)']));
    expect(lines).not.toContain('Task 1 independent inspection');
    expect(lines).not.toContain('signed electronically');
    expect(lines.filter((line) => line === 'open')).toHaveLength(2);
  });

  it('prints who signed and inspected, with the licence and authorisation in force, the UTC time and the device', async () => {
    const lines = pdfTextLines(await renderJobCard(signed));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Jean Dupont',
        'FR.66.0042 B1.2',
        'RA-AUTH-017',
        '2026-11-27 15:12 UTC',
        'ipad-07',
        'Hélène Martin',
        'FR.66.0077 B1.2',
        'RA-AUTH-021',
        '2026-11-27 16:40 UTC',
        'ipad-03',
        'inspected',
      ]),
    );
    expect(lines.filter((line) => line === 'signed electronically')).toHaveLength(3);
  });

  it('a card of 40 tasks runs over several pages, repeats the task table header and numbers the pages', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => sampleTask({ number: String(i + 1), title: `Task title ${i + 1}`, critical: i % 5 === 0 }));
    const pages = pdfPageTexts(await renderJobCard({ ...sampleJobCard, tasks }));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((lines, i) => expect(lines).toContain(`Page ${i + 1} of ${pages.length}`));
    const withSummaryHeader = pages.flatMap((lines, i) => (lines.includes('Maintenance data / rev.') ? [i] : []));
    expect(withSummaryHeader).toEqual([0, 1]);
    const summaryRows = pages.slice(0, 2).flatMap((lines) => lines.filter((line) => /^Task title \d+$/.test(line)));
    expect(summaryRows).toEqual(tasks.map((task) => task.title));
    const sections = pages.flat().filter((line) => /^Task \d+ · Task title/.test(line));
    expect(sections).toHaveLength(40);
    expect(pages.flat().filter((line) => /^Task \d+ independent inspection$/.test(line))).toHaveLength(8);
  });

  it('prints a component subject by part and serial number', async () => {
    const lines = pdfTextLines(await renderJobCard({ ...sampleJobCard, subject: { kind: 'component', partNumber: '4202435-01', serialNumber: '674A36458', description: 'Starter generator' } }));
    expect(lines).toContain('Component P/N 4202435-01 · S/N 674A36458 · Starter generator');
  });
});
