import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { isDatabaseUnavailable } from '../../infra/database/database-unavailable';
import { Public } from '../auth/decorators/access.decorators';

/**
 * Liveness says the process answers (restart it if not); readiness says it can serve (send it
 * traffic if so). While the database is away an instance is alive but not ready: the proxy and the
 * orchestrator keep it running and route around it.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The API and its database answer (same as ready)' })
  @ApiServiceUnavailableResponse({
    description: 'SERVICE_UNAVAILABLE: the database is unreachable',
  })
  health(): Promise<{ status: 'ok'; database: 'ok' }> {
    return this.ready();
  }

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers; touches nothing else' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers' })
  @ApiServiceUnavailableResponse({
    description: 'SERVICE_UNAVAILABLE: the database is unreachable',
  })
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch (error) {
      if (isDatabaseUnavailable(error))
        throw new AppException('SERVICE_UNAVAILABLE', undefined, { 'Retry-After': '5' });
      throw error;
    }
    return { status: 'ok', database: 'ok' };
  }
}
