import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../common/auth.decorators';

@Public()
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 while the process runs. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** 200 when the database answers. */
  @Get('ready')
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ready' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    }
  }
}
