import { LocationCodeField } from '../quantity.validators';

export class OpenCountSessionRequest {
  @LocationCodeField()
  locationCode: string;
}
