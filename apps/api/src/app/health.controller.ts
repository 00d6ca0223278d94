import { Controller, Get } from '@nestjs/common';
import { Public } from '@alianza/authz';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public() // load balancers and compose health checks call this
  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: 'ok' };
  }
}
