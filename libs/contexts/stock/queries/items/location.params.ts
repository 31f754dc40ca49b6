import { LocationCodeField } from '../../commands/quantity.validators';

export class LocationParams {
  @LocationCodeField()
  locationCode: string;
}
