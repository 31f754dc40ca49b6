import { Global, Module } from '@nestjs/common';
import { StaffQualificationsAdapter } from './staff-qualifications.adapter';
import { STAFF_QUALIFICATIONS } from './staff-qualifications';
import { ToolCalibrationsAdapter } from './tool-calibrations.adapter';
import { TOOL_CALIBRATIONS } from './tool-calibrations';

/** Global while the resources context is on (imported by ResourcesModule); absent when it is off. */
@Global()
@Module({
  providers: [
    { provide: STAFF_QUALIFICATIONS, useClass: StaffQualificationsAdapter },
    { provide: TOOL_CALIBRATIONS, useClass: ToolCalibrationsAdapter },
  ],
  exports: [STAFF_QUALIFICATIONS, TOOL_CALIBRATIONS],
})
export class ResourcesContractsModule {}
