import { Inject, Injectable } from '@nestjs/common';
import { ACTIVE_READ_MODELS } from '@repaero/platform';
import type { ActiveReadModels } from '@repaero/projections';
import { availableTechnicians } from '../queries/technicians/available-technicians';
import type { AvailableTechnician, CandidatesQuestion, TechnicianDirectory } from './technician-directory';

@Injectable()
export class TechnicianDirectoryAdapter implements TechnicianDirectory {
  constructor(@Inject(ACTIVE_READ_MODELS) private readonly readModels: ActiveReadModels) {}

  availableFor(question: CandidatesQuestion): Promise<readonly AvailableTechnician[]> {
    return availableTechnicians(this.readModels, question);
  }
}
