import { isOverdue, type DirectiveFacts } from './airworthiness-directive';

const none = { aircraftTypes: [], registrations: [], serialNumbers: [], partNumbers: [] };
const byType: DirectiveFacts = { applicability: { ...none, aircraftTypes: ['C172'] }, terms: { dueOn: '2026-03-01', dueOnFor: [] }, compliance: [] };
const xa = { registration: 'F-GKXA', aircraftType: 'C172', serialNumber: '17275123' };

describe('airworthiness directive overdue on an aircraft (DOMAIN rule 12)', () => {
  it('is overdue once its due date is reached and no compliance is recorded', () => {
    expect(isOverdue(byType, xa, '2026-02-28')).toBe(false);
    expect(isOverdue(byType, xa, '2026-03-01')).toBe(true);
    expect(isOverdue(byType, xa, '2026-03-02')).toBe(true);
  });

  it('is not overdue on an aircraft it does not apply to', () => {
    expect(isOverdue(byType, { registration: 'F-HBXY', aircraftType: 'PA28' }, '2026-03-02')).toBe(false);
  });

  it('applies by registration or aircraft serial as well as by type, matched as people type them', () => {
    const byRegistration = { ...byType, applicability: { ...none, registrations: ['FGKXA'] } };
    const bySerial = { ...byType, applicability: { ...none, serialNumbers: ['172-75123'] } };
    expect(isOverdue(byRegistration, { ...xa, aircraftType: 'C182' }, '2026-03-02')).toBe(true);
    expect(isOverdue(bySerial, { ...xa, aircraftType: 'C182' }, '2026-03-02')).toBe(true);
    expect(isOverdue(bySerial, { registration: 'F-GKXA', aircraftType: 'c172 ' }, '2026-03-02')).toBe(false);
    expect(isOverdue(byType, { registration: 'f-gkxb', aircraftType: 'c172 ' }, '2026-03-02')).toBe(true);
  });

  it('is no longer overdue from the day compliance is recorded for that registration', () => {
    const complied = { ...byType, compliance: [{ registration: 'F-GKXA', workOrderRef: 'WO-42', compliedOn: '2026-03-05' }] };
    expect(isOverdue(complied, xa, '2026-03-04')).toBe(true);
    expect(isOverdue(complied, xa, '2026-03-05')).toBe(false);
    expect(isOverdue(complied, { ...xa, registration: 'F-GKXB' }, '2026-03-05')).toBe(true);
  });

  it('takes the most specific due date: registration, then aircraft type, then the AD', () => {
    const table = {
      ...byType,
      applicability: { ...none, aircraftTypes: ['C172', 'C182'] },
      terms: { dueOn: '2026-03-01', dueOnFor: [{ aircraftType: 'C182', dueOn: '2026-06-01' }, { registration: 'F-GKXA', dueOn: '2026-09-01' }] },
    };
    expect(isOverdue(table, xa, '2026-08-31')).toBe(false);
    expect(isOverdue(table, { registration: 'F-GKXB', aircraftType: 'C172' }, '2026-03-01')).toBe(true);
    expect(isOverdue(table, { registration: 'F-GKXC', aircraftType: 'C182' }, '2026-05-31')).toBe(false);
    expect(isOverdue(table, { registration: 'F-GKXC', aircraftType: 'C182' }, '2026-06-01')).toBe(true);
  });
});
