import { TextField } from '../fields/resources-fields';

export class RegisterTechnicianRequest {
  @TextField('E042', 20, 'Employee number, unique in the company')
  employeeNumber: string;

  @TextField('Camille Martin', 120)
  name: string;
}
