import { Global, Module } from '@nestjs/common';
import { StaffQualificationsAdapter } from './staff-qualifications.adapter';
import { STAFF_QUALIFICATIONS } from './staff-qualifications';
import { TechnicianDirectoryAdapter } from './technician-directory.adapter';
import { TECHNICIAN_DIRECTORY } from './technician-directory';
import { ToolCalibrationsAdapter } from './tool-calibrations.adapter';
import { TOOL_CALIBRATIONS } from './tool-calibrations';

/** Global while the resources context is on (imported by ResourcesModule); absent when it is off. */
@Global()
@Module({
  providers: [
    { provide: STAFF_QUALIFICATIONS, useClass: StaffQualificationsAdapter },
    { provide: TOOL_CALIBRATIONS, useClass: ToolCalibrationsAdapter },
    { provide: TECHNICIAN_DIRECTORY, useClass: TechnicianDirectoryAdapter },
  ],
  exports: [STAFF_QUALIFICATIONS, TOOL_CALIBRATIONS, TECHNICIAN_DIRECTORY],
})
export class ResourcesContractsModule {}
