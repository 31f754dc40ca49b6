import type { DataSource, ObjectLiteral, Repository } from 'typeorm';
import { PROJECTION_STATE, exclusive, slotTable, type ProjectionStateRow, type ReadModel, type Slot } from '@repaero/read-store';
import type { Projection } from './projection';

/**
 * The query side's door to read models: always the ACTIVE slot, read from the state table at each
 * call, so a switch made by a rebuild in another process is seen at once. The old slot is left
 * intact until the next rebuild, so a query that resolved it just before a switch still reads a
 * consistent (if slightly older) table.
 */
export class ActiveReadModels {
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    projections: readonly Projection[],
  ) {
    for (const projection of projections) {
      for (const model of projection.readModels) {
        const owner = this.owners.get(model.name);
        if (owner && owner !== projection.name) {
          throw new Error(`read model ${model.name} is written by both ${owner} and ${projection.name}`);
        }
        this.owners.set(model.name, projection.name);
      }
    }
  }

  private async activeSlot(model: ReadModel): Promise<Slot> {
    const projection = this.owners.get(model.name);
    if (!projection) throw new Error(`no registered projection writes read model ${model.name}`);
    const row = await this.dataSource.getRepository<ProjectionStateRow>(PROJECTION_STATE).findOne({
      select: { activeSlot: true },
      where: { projection },
    });
    return row?.activeSlot === 'b' ? 'b' : 'a';
  }

  /** False until the projection writing the model first started: its tables do not exist yet (a CLI on a fresh data directory). */
  async isBuilt(model: ReadModel): Promise<boolean> {
    const projection = this.owners.get(model.name);
    if (!projection) throw new Error(`no registered projection writes read model ${model.name}`);
    return exclusive(this.dataSource, async () => (await this.dataSource.getRepository<ProjectionStateRow>(PROJECTION_STATE).countBy({ projection })) > 0);
  }

  async slotOf(model: ReadModel): Promise<Slot> {
    return exclusive(this.dataSource, () => this.activeSlot(model));
  }

  async repository<Row extends ObjectLiteral>(model: ReadModel<Row>): Promise<Repository<Row>> {
    return this.dataSource.getRepository<Row>(slotTable(model, await this.slotOf(model)));
  }

  /** Resolves the slot and runs the query as one unit (on SQLite, never inside a runner's open transaction). */
  async read<Row extends ObjectLiteral, T>(model: ReadModel<Row>, query: (repository: Repository<Row>) => Promise<T>): Promise<T> {
    return exclusive(this.dataSource, async () =>
      query(this.dataSource.getRepository<Row>(slotTable(model, await this.activeSlot(model)))),
    );
  }
}
