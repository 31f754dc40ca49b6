import { validate, version } from 'uuid';
import { deterministicId, stockSourceKey } from './source-key';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

describe('stockSourceKey', () => {
  it('normalises the part number, location and serial', () => {
    expect(stockSourceKey({ partNumber: 'ms29513-012', locationCode: ' a-01  03 ', serialNumber: 'sn1' })).toBe('pn=MS29513012|loc=A-01 03|sn=SN1|lot=');
  });

  it('keeps serial and batch apart, and escapes the separators', () => {
    expect(stockSourceKey({ partNumber: 'X', batch: 'L|1' })).toBe('pn=X|loc=|sn=|lot=L%7C1');
    expect(stockSourceKey({ partNumber: 'X', batch: 'A' })).not.toBe(stockSourceKey({ partNumber: 'X', serialNumber: 'A' }));
  });
});

describe('deterministicId', () => {
  it('is a UUIDv5 that depends on the file hash and the key only', () => {
    const id = deterministicId(SHA_A, 'pn=X|loc=|sn=|lot=');

    expect(validate(id) && version(id)).toBe(5);
    expect(deterministicId(SHA_A, 'pn=X|loc=|sn=|lot=')).toBe(id);
    expect(deterministicId(SHA_B, 'pn=X|loc=|sn=|lot=')).not.toBe(id);
    expect(deterministicId(SHA_A, 'pn=Y|loc=|sn=|lot=')).not.toBe(id);
  });
});
