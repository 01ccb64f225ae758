import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../infra/config/app-config';
import { Clock, SystemClock } from '../infra/clock/clock';
import { dataSourceOptions } from '../infra/database/data-source-options';
import { MailModule } from '../infra/mail/mail.module';
import { StorageModule } from '../infra/storage/storage.module';
import { MediaModule } from '../infra/media/media.module';
import { JobsModule } from '../infra/jobs/jobs.module';
import { CacheModule } from '../infra/cache/cache.module';
import { ObservabilityModule } from '../infra/observability/observability.module';
import { DATABASE_URL } from '../infra/jobs/job-queue';
import { AdminModule } from './admin/admin.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AwardsModule } from './awards/awards.module';
import { EntriesModule } from './entries/entries.module';
import { HealthModule } from './health/health.module';
import { MembersModule } from './members/members.module';
import { ScreeningModule } from './screening/screening.module';
import { JuryModule } from './jury/jury.module';
import { SeedModule } from '../seed/seed.module';
import { ResultsModule } from './results/results.module';
import { DocumentsModule } from './documents/documents.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { ForwardingModule } from './forwarding/forwarding.module';
import { DashboardModule } from './dashboard/dashboard.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
}

@Global()
@Module({})
class CoreModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
      ],
      exports: [AppConfig, Clock, DATABASE_URL],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.config.DB_POOL_SIZE)),
        MailModule,
        StorageModule,
        MediaModule,
        JobsModule,
        CacheModule,
        ObservabilityModule,
        AuthModule,
        AuditModule,
        AwardsModule,
        MembersModule,
        EntriesModule,
        ScreeningModule,
        JuryModule,
        SeedModule,
        ResultsModule,
        DocumentsModule,
        AgenciesModule,
        ComplaintsModule,
        ForwardingModule,
        DashboardModule,
        AdminModule,
        HealthModule,
      ],
    };
  }
}
