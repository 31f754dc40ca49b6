import { TextField } from '../work-order-sender/work-order-fields';

export class CancelCrsRequest {
  @TextField('Released against the wrong AMM revision; work to be re-inspected', 500)
  reason: string;
}
