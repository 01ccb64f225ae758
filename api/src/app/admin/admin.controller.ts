import { Controller, Get, Header, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OutboxMessageResponse, Page } from '@press-award/contracts';
import { PageQueryDto } from '@press-award/contracts/dto';
import { DataSource } from 'typeorm';
import { MailMessage } from '../../infra/mail/mail-message.entity';
import { Metrics } from '../../infra/observability/metrics';
import { Authorize } from '../auth/decorators/access.decorators';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: Metrics,
  ) {}

  @Authorize('metrics:read')
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "Prometheus metrics of the instance that answers: request latency by route, upload bytes, job queue depth, judges' copies by status",
  })
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }

  @Authorize('outbox:read')
  @Get('outbox')
  @ApiOperation({
    summary:
      'Every email the system wrote, newest first (the only copy when SMTP is not configured)',
  })
  async outbox(@Query() query: PageQueryDto): Promise<Page<OutboxMessageResponse>> {
    const [messages, total] = await this.db.getRepository(MailMessage).findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: messages.map((message) => ({
        id: message.id,
        to: message.to,
        subject: message.subject,
        text: message.text,
        status: message.status,
        error: message.error,
        createdAt: message.createdAt.toISOString(),
        sentAt: message.sentAt?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
