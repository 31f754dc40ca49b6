import { Module } from '@nestjs/common';
import { AggregateCommandSender } from '@repaero/platform';
import { AssignTeamController } from './commands/assign-team/assign-team.controller';
import { IssueAuthorisationController } from './commands/issue-authorisation/issue-authorisation.controller';
import { LinkUserAccountController } from './commands/link-user-account/link-user-account.controller';
import { RecordAbsenceController } from './commands/record-absence/record-absence.controller';
import { RecordCalibrationController } from './commands/record-calibration/record-calibration.controller';
import { RecordExperienceController } from './commands/record-experience/record-experience.controller';
import { RecordLeavingController } from './commands/record-leaving/record-leaving.controller';
import { RecordLicenceController } from './commands/record-licence/record-licence.controller';
import { RecordOutOfToleranceController } from './commands/record-out-of-tolerance/record-out-of-tolerance.controller';
import { RecordTrainingController } from './commands/record-training/record-training.controller';
import { RegisterTechnicianController } from './commands/register-technician/register-technician.controller';
import { RegisterToolController } from './commands/register-tool/register-tool.controller';
import { ReturnToolToServiceController } from './commands/return-tool-to-service/return-tool-to-service.controller';
import { RevokeAuthorisationController } from './commands/revoke-authorisation/revoke-authorisation.controller';
import { SetWorkingCalendarController } from './commands/set-working-calendar/set-working-calendar.controller';
import { WithdrawToolController } from './commands/withdraw-tool/withdraw-tool.controller';
import { ResourcesContractsModule } from './contracts/resources-contracts.module';
import { ExpiriesQueryController } from './queries/expiries/expiries.query.controller';
import { TechniciansQueryController } from './queries/technicians/technicians.query.controller';
import { ToolsQueryController } from './queries/tools/tools.query.controller';

@Module({
  imports: [ResourcesContractsModule],
  controllers: [
    // queries first: their static routes (`technicians/available`) must win over `technicians/:technicianId/…`
    TechniciansQueryController,
    ToolsQueryController,
    ExpiriesQueryController,
    RegisterTechnicianController,
    RecordLicenceController,
    IssueAuthorisationController,
    RevokeAuthorisationController,
    RecordExperienceController,
    RecordTrainingController,
    RecordAbsenceController,
    RecordLeavingController,
    LinkUserAccountController,
    AssignTeamController,
    SetWorkingCalendarController,
    RegisterToolController,
    RecordCalibrationController,
    RecordOutOfToleranceController,
    WithdrawToolController,
    ReturnToolToServiceController,
  ],
  providers: [AggregateCommandSender],
})
export class ResourcesModule {}
