import { OptionalInstantField } from '../work-order-sender/work-order-fields';

export class StartLabourRequest {
  @OptionalInstantField('When the work started')
  startedAt?: string;
}

export class StopLabourRequest {
  @OptionalInstantField('When the work stopped')
  stoppedAt?: string;
}
