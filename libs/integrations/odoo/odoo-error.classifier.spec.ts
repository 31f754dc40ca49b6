import { classifyOdooResponse } from './odoo-error.classifier';

describe('classifyOdooResponse', () => {
  it.each([
    [401, 'authentication'],
    [403, 'forbidden'],
    [404, 'configuration'],
    [422, 'validation'],
    [429, 'transient'],
    [502, 'transient'],
    [400, 'unexpected'],
  ])('maps %i to %s', (status, kind) => {
    expect(classifyOdooResponse('res.partner/create', status, '{}').kind).toBe(kind);
  });

  it('keeps name and message, drops debug, and survives a non-JSON body', () => {
    const body = JSON.stringify({ name: 'odoo.exceptions.UserError', message: 'No.', arguments: ['No.'], context: {}, debug: 'Traceback secret' });
    const error = classifyOdooResponse('res.partner/write', 422, body);
    expect(error.message).toBe('Odoo res.partner/write failed (validation, 422 odoo.exceptions.UserError): No.');
    expect(JSON.stringify(error.details)).not.toContain('Traceback');
    expect(classifyOdooResponse('version', 502, '<html>Bad Gateway</html>').message).toBe('Odoo version failed (transient, 502): HTTP 502');
  });
});
