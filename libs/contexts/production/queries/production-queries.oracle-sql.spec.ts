import { oracleMergeOf } from '@repaero/projections/testing';
import { oracleDdlFor, oracleSqlFor, type ReadModel } from '@repaero/read-store';
import type { FindManyOptions, ObjectLiteral } from 'typeorm';
import type { WorkOrderEvent } from '../domain/work-order/events';
import { partIssueAttemptReadModel } from './part-issue-attempts/part-issue-attempt.read-model';
import { partIssueAttemptsProjection } from './part-issue-attempts/part-issue-attempts.projection';
import { productionFinders } from './production-finders';
import { envelopesOf } from './testing/envelopes.fixture';
import { componentHistory, given, TOOL_ID, workOrderId } from './testing/work-order-history.fixture';
import { traceabilityProjection } from './traceability/traceability.projection';
import {
  defectReadModel,
  labourReadModel,
  measurementReadModel,
  partIssueReadModel,
  signatureReadModel,
  toolUseReadModel,
  type SignatureRow,
} from './traceability/traceability.read-models';
import { taskAssignmentReadModel, taskReadModel } from './work-orders/task.read-model';
import { workOrderReadModel } from './work-orders/work-order.read-model';
import { workOrdersProjection } from './work-orders/work-orders.projection';

const MODELS = [workOrderReadModel, taskReadModel, taskAssignmentReadModel, partIssueReadModel, toolUseReadModel, measurementReadModel, signatureReadModel, defectReadModel, labourReadModel, partIssueAttemptReadModel];
const begun: WorkOrderEvent = { type: 'production.PartIssueBegun', data: { workOrderId, taskId: 't1', attemptId: 'a1', itemId: 'i-1', quantity: 2, requestId: 'r-1', by: 'u-tech', begunAt: '2026-03-02T09:00:00.000Z' } };
const EVENTS = envelopesOf(given([...componentHistory, begun]));

/** What TypeORM sends to Oracle for each production read model write and query, checked without an Oracle server. */
describe('Oracle SQL of the production read models', () => {
  it.each([
    ...[workOrderReadModel, taskReadModel, taskAssignmentReadModel].map((model) => [workOrdersProjection.name, model.name, workOrdersProjection, model] as const),
    ...[partIssueReadModel, toolUseReadModel, measurementReadModel, signatureReadModel, defectReadModel, labourReadModel].map((model) => [traceabilityProjection.name, model.name, traceabilityProjection, model] as const),
    [partIssueAttemptsProjection.name, partIssueAttemptReadModel.name, partIssueAttemptsProjection, partIssueAttemptReadModel] as const,
  ])('%s upserts its %s rows with MERGE', async (_projectionName, _modelName, projection, model) => {
    const sql = await oracleMergeOf(projection, model, EVENTS);
    expect(sql).toMatch(/^MERGE INTO/);
    expect(sql).toMatchSnapshot();
  });

  const queries: ReadonlyArray<readonly [string, ReadModel<ObjectLiteral>, FindManyOptions<ObjectLiteral>, unknown[]]> = [
    ['the board by status and team lead, paged, without the state', workOrderReadModel, productionFinders.board({ status: 'in_progress', teamLead: 'tech-lead', limit: 20, offset: 40 }), ['in_progress', 'tech-lead']],
    ['the work orders not released nor cancelled', workOrderReadModel, productionFinders.unreleased({ teamLead: 'tech-lead' }), ['draft', 'open', 'in_progress', 'awaiting_parts', 'ready_for_release', 'tech-lead']],
    ['the work orders a component serial was the subject of', workOrderReadModel, productionFinders.componentsWithSerial('SN77'), ['SN77']],
    ['the tasks of some work orders', taskReadModel, productionFinders.tasksOf([workOrderId]), [workOrderId]],
    ['the signatures of a work order', signatureReadModel, productionFinders.ofWorkOrder<SignatureRow>(workOrderId, { signedAt: 'ASC', kind: 'ASC', signatureId: 'ASC' }), [workOrderId]],
    ['the assignments of a technician over a period', taskAssignmentReadModel, productionFinders.assignments({ technicianId: 'tech-alice', from: '2026-03-01', to: '2026-03-31', limit: 100, offset: 0 }), ['tech-alice', '2026-03-01', '2026-03-31']],
    ['the labour of a technician over a period', labourReadModel, productionFinders.labour({ technicianId: 'tech-alice', from: '2026-03-01', to: '2026-03-31' }), ['tech-alice', '2026-03-01', '2026-03-31']],
    ['the parts issued with a serial', partIssueReadModel, productionFinders.partsWithSerial('BRG0042A'), ['BRG0042A']],
    ['the uses of a tool since a day', toolUseReadModel, productionFinders.toolUses({ toolId: TOOL_ID, since: '2026-01-15' }), [TOOL_ID, '2026-01-15']],
  ];

  it.each(queries)('%s', async (_title, model, options, parameters) => {
    const generated = await oracleSqlFor([model], (qb) => qb.repository(model).createQueryBuilder().setFindOptions(options));
    expect(generated.sql).toMatchSnapshot();
    expect(generated.parameters).toEqual(parameters);
  });

  it('creates the production read models with Oracle types and names within 30 characters', async () => {
    const ddl = await oracleDdlFor(MODELS);
    for (const name of ddl.flatMap((statement) => [...statement.matchAll(/"([^"]+)"/g)].map((match) => match[1]))) expect(name?.length).toBeLessThanOrEqual(30);
    expect(ddl).toMatchSnapshot();
  });
});
