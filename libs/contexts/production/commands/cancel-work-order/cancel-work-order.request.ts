import { TextField } from '../work-order-sender/work-order-fields';

export class CancelWorkOrderRequest {
  @TextField('Customer withdrew the aircraft', 500)
  reason: string;
}
