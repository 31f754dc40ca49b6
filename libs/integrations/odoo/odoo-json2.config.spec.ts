import { checkOdooJson2Config } from './odoo-json2.config';

describe('checkOdooJson2Config', () => {
  it('accepts a URL and a key', () => {
    expect(() => checkOdooJson2Config({ url: 'https://erp.example', apiKey: 'k' })).not.toThrow();
  });

  it('names every problem at once without echoing the key', () => {
    const attempt = () => checkOdooJson2Config({ url: 'not a url', apiKey: ' ', database: '', timeoutMs: -1 });
    expect(attempt).toThrow(
      'Invalid Odoo configuration: url is not a URL; apiKey is required; database must not be empty when given; timeoutMs must be a positive integer',
    );
  });
});
