import { Controller, Get, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFound } from '@repaero/event-sourcing';
import { Roles } from '@repaero/platform';
import type { RepaeroSystem } from './open-system';
import { SYSTEM } from './system.token';

@ApiTags('admin')
@Controller('api/v1/admin/projections')
@Roles('admin')
export class AdminProjectionsController {
  constructor(@Inject(SYSTEM) private readonly system: RepaeroSystem) {}

  /** Position, lag, parked events, lease and rebuild progress of every projection. */
  @Get()
  async status() {
    return { projections: await this.system.engine.status() };
  }

  @Get('parked')
  async parked(@Query('projection') projection?: string) {
    return { parked: await this.system.engine.parkedEvents(projection) };
  }

  @Post(':name/parked/:position/retry')
  async retry(@Param('name') name: string, @Param('position', ParseIntPipe) position: number) {
    if (!this.system.engine.projections.some((projection) => projection.name === name)) throw new NotFound('projection', name);
    return this.system.engine.retryParked(name, position);
  }
}
