import { defineReadModel, slotTable, snakeCase } from '@repaero/read-store';

describe('defineReadModel', () => {
  it('keeps the declaration and names one table per slot', () => {
    const model = defineReadModel<{ partId: string; quantity: number }>({
      name: 'stock_level',
      columns: { partId: { type: 'string', length: 64 }, quantity: { type: 'integer' } },
      primaryKey: ['partId'],
    });
    expect(model.indices).toEqual([]);
    expect([slotTable(model, 'a'), slotTable(model, 'b')]).toEqual(['stock_level_a', 'stock_level_b']);
  });

  it('refuses names that would not fit Oracle once suffixed', () => {
    expect(() =>
      defineReadModel<{ id: string }>({
        name: 'a_read_model_name_far_too_long',
        columns: { id: { type: 'string' } },
        primaryKey: ['id'],
      }),
    ).toThrow(/at most 28 characters/);
  });

  it('refuses a nullable or unkeyable primary key', () => {
    expect(() =>
      defineReadModel<{ id: string; body: unknown }>({
        name: 'notes',
        columns: { id: { type: 'string', nullable: true }, body: { type: 'json' } },
        primaryKey: ['id', 'body'],
      }),
    ).toThrow(/primary key column id.*primary key column body/);
  });
});

describe('snakeCase', () => {
  it.each([
    ['partId', 'part_id'],
    ['lastPosition', 'last_position'],
    ['etaSeconds', 'eta_seconds'],
    ['httpURLValue', 'http_url_value'],
    ['already_snake', 'already_snake'],
  ])('%s → %s', (input, output) => {
    expect(snakeCase(input)).toBe(output);
  });
});
