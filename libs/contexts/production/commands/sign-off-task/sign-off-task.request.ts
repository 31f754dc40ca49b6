import { OptionalInstantField } from '../work-order-sender/work-order-fields';

export class SignOffTaskRequest {
  @OptionalInstantField('When the work was done: its Europe/Paris day is the one the authorisation, tools and data revision are judged on')
  performedAt?: string;
}
