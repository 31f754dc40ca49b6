import { Inject, Injectable } from '@nestjs/common';
import { loadStream, type PipelineDependencies } from '@repaero/event-sourcing';
import { ACTIVE_READ_MODELS, PIPELINE_DEPENDENCIES } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { assignable, canSignOff, type SignOffDecision } from '../domain/technician/authorised-person';
import { canCertify } from '../domain/technician/certifying-staff';
import { technicianStreamId } from '../domain/technician/technician-stream';
import { technicianDecider, type TechnicianState } from '../domain/technician/technician.decider';
import { technicianOfUser } from '../queries/technicians/technician-directory';
import type { CertifyAnswer, CertifyQuestion, SignOffAnswer, SignOffQuestion, StaffQualifications, TechnicianIdentity } from './staff-qualifications';

function signOffAnswer(decision: SignOffDecision): SignOffAnswer {
  if (!decision.authorised) return { authorised: false, rule: decision.rule, detail: decision.reason };
  return { authorised: true, ...(decision.licenceRef ? { licenceRef: decision.licenceRef } : {}), authorisationRef: decision.authorisationRef };
}

/** Qualifications judged on the technician's stream folded now, as the stock receipt reads its part: a licence recorded a moment ago counts. */
@Injectable()
export class StaffQualificationsAdapter implements StaffQualifications {
  constructor(
    @Inject(PIPELINE_DEPENDENCIES) private readonly pipeline: PipelineDependencies,
    @Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels,
  ) {}

  technicianOfUser(username: string): Promise<TechnicianIdentity | undefined> {
    return technicianOfUser(this.readModels, username);
  }

  async canCertify(technicianId: string, question: CertifyQuestion): Promise<CertifyAnswer> {
    const state = await this.stateOf(technicianId);
    const decision = canCertify(state, { on: question.on, category: question.categories, aircraftType: question.aircraftType, component: question.component });
    if (!decision.ok) return { ok: false, rule: decision.rule, detail: decision.reason };
    return { ok: true, licenceRef: decision.licenceRef, authorisationRef: decision.authorisationRef, name: state.status === 'unregistered' ? '' : state.name };
  }

  async canSignOff(technicianId: string, question: SignOffQuestion): Promise<SignOffAnswer> {
    return signOffAnswer(canSignOff(await this.stateOf(technicianId), question));
  }

  async assignable(technicianId: string, question: SignOffQuestion): Promise<SignOffAnswer> {
    return signOffAnswer(assignable(await this.stateOf(technicianId), question));
  }

  /** Folded from each stream, as `canCertify` names the signer: a job card has a handful of assignees, and a technician registered a moment ago has a name already. */
  async namesOf(technicianIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const states = await Promise.all([...new Set(technicianIds)].map(async (technicianId) => [technicianId, await this.stateOf(technicianId)] as const));
    return new Map(states.flatMap(([technicianId, state]) => (state.status === 'unregistered' ? [] : [[technicianId, state.name] as const])));
  }

  private async stateOf(technicianId: string): Promise<TechnicianState> {
    return (await loadStream(this.pipeline, technicianDecider, technicianStreamId(technicianId))).state;
  }
}
