import { TextField } from '../work-order-sender/work-order-fields';

export class MarkAwaitingPartsRequest {
  @TextField('Starter generator 4202435-01 on order, due 2026-06-12', 500, 'What is awaited')
  note: string;
}
