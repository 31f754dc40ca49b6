import { ForbiddenException, Inject, Injectable, Optional } from '@nestjs/common';
import { DependencyUnavailable } from '@repaero/event-sourcing';
import type { AuthenticatedUser } from '@repaero/platform';
import { STAFF_QUALIFICATIONS, type StaffQualifications, type TechnicianIdentity } from '../../../resources/contracts/staff-qualifications';

export const RESOURCES_OFF = 'the resources context is off: technicians, authorisations and tools cannot be checked';

/** The technician record linked to the signed-in user (403 when none, 503 while the resources context is off). */
@Injectable()
export class LinkedTechnician {
  constructor(@Optional() @Inject(STAFF_QUALIFICATIONS) private readonly staff?: StaffQualifications) {}

  async of(user: AuthenticatedUser): Promise<TechnicianIdentity> {
    if (!this.staff) throw new DependencyUnavailable('resources', RESOURCES_OFF);
    const username = user.username ?? user.actor.id;
    const technician = await this.staff.technicianOfUser(username);
    if (!technician) throw new ForbiddenException(`user ${username} is linked to no technician record: quality links it (PUT /api/v1/resources/technicians/{id}/user-account)`);
    return technician;
  }
}
