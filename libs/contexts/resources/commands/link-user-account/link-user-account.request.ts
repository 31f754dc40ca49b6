import { TextField } from '../fields/resources-fields';

export class LinkUserAccountRequest {
  @TextField('camille.martin', 64, 'The platform username this person signs in with')
  username: string;
}
