import type { CertificateOfReleaseView } from './certificate-of-release.view';
import type { OrganisationView, SignatureView } from './common.view';
import type { FormOneView } from './form-one.view';
import type { JobCardTaskView, JobCardView } from './job-card.view';

/** Sample view models for specs (and for whoever maps the work-order state: this is what a full card looks like). */
export const sampleOrganisation: OrganisationView = {
  name: "Rep'Aero",
  approvalReference: 'FR.145.0123',
  address: ['Aérodrome de Lognes, Hangar 4', '77185 Lognes, France'],
};

export const performer: SignatureView = { name: 'Jean Dupont', licenceRef: 'FR.66.0042 B1.2', authorisationRef: 'RA-AUTH-017', signedAt: '2026-11-27T15:12:00Z', deviceId: 'ipad-07' };
export const inspector: SignatureView = { name: 'Hélène Martin', licenceRef: 'FR.66.0077 B1.2', authorisationRef: 'RA-AUTH-021', signedAt: '2026-11-27T16:40:00Z', deviceId: 'ipad-03' };

export function sampleTask(overrides: Partial<JobCardTaskView> = {}): JobCardTaskView {
  return {
    number: '1',
    title: 'Replace starter generator',
    maintenanceData: { reference: 'AMM 24-31-00', revision: '12' },
    critical: false,
    requiredCategory: 'B1.2',
    assignedTechnicians: ['Jean Dupont'],
    parts: [{ partNumber: '4202435-01', description: 'Starter generator', serialNumber: '674A36458', certificateRef: 'F1-0CVA5-2026-3345', quantity: 1, unit: 'EA' }],
    tools: [{ toolId: 'TQ-0042', description: 'Torque wrench 5-60 Nm', calibrationDue: '2027-03-31' }],
    measurements: [{ name: 'Brush length', value: 11.2, unit: 'mm', lowerLimit: 12, upperLimit: 19, outOfLimits: true }],
    defects: [{ description: 'Chafed harness near firewall', status: 'deferred', deferralRef: 'CUST-AGR-2026-17' }],
    labourMinutes: 150,
    ...overrides,
  };
}

export const sampleJobCard: JobCardView = {
  organisation: sampleOrganisation,
  workOrderNumber: 'WO-2026-0042',
  customerReference: 'PO-778',
  customerName: 'Société Aéro-Club de Lognes',
  subject: { kind: 'aircraft', registration: 'F-GKXS', type: 'Robin DR400-120', serialNumber: '2354' },
  requestedWork: 'Démarreur à remplacer; contrôle du faisceau',
  teamLead: 'Camille Durand',
  status: 'in-progress',
  printedAt: '2026-11-28T09:30:00Z',
  tasks: [
    sampleTask(),
    sampleTask({
      number: '2',
      title: 'Engine control cables: reconnect and check',
      maintenanceData: { reference: 'AMM 76-10-00', revision: '8' },
      critical: true,
      assignedTechnicians: ['Jean Dupont', 'Hélène Martin'],
      parts: [{ partNumber: 'MS24665-132', batchNumber: 'B-7', certificateRef: 'COC-2291', quantity: 4, unit: 'EA' }],
      tools: [],
      measurements: [],
      defects: [],
      labourMinutes: 45,
    }),
  ],
};

export const sampleCertificate: CertificateOfReleaseView = {
  regime: 'part-145',
  organisation: sampleOrganisation,
  certificateNumber: 'CRS-2026-0042',
  workOrderNumber: 'WO-2026-0042',
  customerReference: 'PO-778',
  subject: { kind: 'aircraft', registration: 'F-GKXS', type: 'Robin DR400-120', serialNumber: '2354' },
  workPerformed: 'Démarreur remplacé, faisceau contrôlé: réparé',
  exceptions: 'Chafed harness near firewall deferred, customer agreement CUST-AGR-2026-17',
  signer: { name: 'Hélène Martin', licenceRef: 'FR.66.0077 B1.2', authorisationRef: 'RA-AUTH-021', signedAt: '2026-11-28T10:05:00Z', deviceId: 'ipad-03' },
  history: [],
  printedAt: '2026-11-28T10:06:00Z',
};

export const sampleFormOne: FormOneView = {
  regime: 'part-145',
  competentAuthority: 'DGAC',
  country: 'FRANCE',
  trackingNumber: 'RA-F1-2026-000123',
  organisation: sampleOrganisation,
  workOrderNumber: 'WO-2026-0051',
  items: [{ item: 1, description: 'Starter generator', partNumber: '4202435-01', quantity: 1, serialNumber: '674A36458', status: 'REPAIRED' }],
  remarks: 'Réparé selon CMM 24-31-05 rév. 6; brushes replaced, bench tested.',
  signer: { name: 'Hélène Martin', licenceRef: 'FR.66.0077 B1.2', authorisationRef: 'RA-AUTH-021', signedAt: '2026-11-28T10:05:00Z', deviceId: 'ipad-03' },
  printedAt: '2026-11-28T10:06:00Z',
};
