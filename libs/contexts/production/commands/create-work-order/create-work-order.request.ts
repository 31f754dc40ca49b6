import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { OptionalIdField, OptionalTextField, TextField } from '../work-order-sender/work-order-fields';

export class PersonRequest {
  @ApiProperty({ format: 'uuid', description: 'The technician record (resources)' })
  @IsUUID()
  technicianId: string;

  @TextField('Camille Martin', 120)
  name: string;
}

/** An aircraft (registration, type, serial) or a component (part and serial number). */
export class SubjectRequest {
  @ApiProperty({ enum: ['aircraft', 'component'] })
  @IsIn(['aircraft', 'component'], { message: 'kind must be aircraft or component' })
  kind: 'aircraft' | 'component';

  @ApiPropertyOptional({ example: 'F-GKXA', description: 'Aircraft only' })
  @ValidateIf((subject: SubjectRequest) => subject.kind === 'aircraft')
  @IsString()
  @IsNotEmpty({ message: 'registration is required for an aircraft' })
  @MaxLength(20)
  registration?: string;

  @ApiPropertyOptional({ example: 'DR400', description: 'Aircraft only' })
  @ValidateIf((subject: SubjectRequest) => subject.kind === 'aircraft')
  @IsString()
  @IsNotEmpty({ message: 'aircraftType is required for an aircraft' })
  @MaxLength(40)
  aircraftType?: string;

  @ApiPropertyOptional({ example: '4202435-01', description: 'Component only' })
  @ValidateIf((subject: SubjectRequest) => subject.kind === 'component')
  @IsString()
  @IsNotEmpty({ message: 'partNumber is required for a component' })
  @MaxLength(40)
  partNumber?: string;

  @TextField('1789', 40)
  serialNumber: string;

  @OptionalTextField('Starter generator', 200, 'Component only')
  description?: string;
}

export class CreateWorkOrderRequest {
  @OptionalIdField('The work order id')
  workOrderId?: string;

  @TextField('PO-AEROCLUB-2026-17', 60, "The customer's reference (order, contract)")
  customerRef: string;

  @ApiProperty({ type: SubjectRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => SubjectRequest)
  subject: SubjectRequest;

  @TextField('100 h inspection and starter replacement', 2000)
  requestedWork: string;

  @ApiProperty({ format: 'uuid', description: 'The team lead in charge (a technician record)' })
  @IsUUID()
  teamLeadId: string;

  @ApiProperty({ type: PersonRequest, description: 'The project lead the customer side sees' })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonRequest)
  projectLead: PersonRequest;
}
