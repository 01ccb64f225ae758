import { resolve } from 'node:path';
import { constants as zlib } from 'node:zlib';
import { Logger, ValidationPipe, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import express from 'express';
import { AppModule, type AppModuleOptions } from './app/app.module';
import { PublicCache } from './infra/cache/public-cache';
import { publicCacheDoor } from './infra/cache/public-cache.http';
import type { AppConfig } from './infra/config/app-config';
import { installFrontDoor } from './infra/http/front-door';
import { AppLogger } from './infra/observability/app-logger';
import { httpObserver } from './infra/observability/http-observer';
import { Metrics } from './infra/observability/metrics';
import { requestContext } from './infra/observability/request-context';
import { AppExceptionFilter } from './infra/http/app-exception.filter';
import { appSecurityHeaders, securityHeaders } from './infra/http/security-headers';
import { validationException } from './infra/http/validation';
import { loadWebBuild, webAppDoor, webAppHandler } from './infra/http/web-assets';

export const API_PREFIX = 'api/v1';
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the configured Nest application; used by `main.ts` and by the integration tests. */
export async function createApp(
  options: AppModuleOptions & { logger?: false },
): Promise<INestApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    logger:
      options.logger === false
        ? false
        : new AppLogger(
            LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1),
            config.logFormat,
          ),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // First, so every answer carries an id and is timed, even a refused body.
  app.use(requestContext());
  const accessLog =
    options.logger !== false && config.logFormat === 'json' ? new Logger('Http') : null;
  app.use(httpObserver(app.get(Metrics), accessLog));
  // Next, so every answer carries them, even a refused body.
  app.use(securityHeaders({ hstsMaxAgeSeconds: config.hstsMaxAgeSeconds }));
  // API answers (JSON, CSV) compressed on the fly at a cheap brotli level; the web build is
  // precompressed at build time (tools/precompress.mjs) and files that are already compressed
  // (PDF, media, images) are left alone by `compression`'s type filter.
  app.use(
    compression({
      threshold: 1024,
      brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
      filter: (request, response) =>
        request.path.startsWith('/api/') && compression.filter(request, response),
    }),
  );
  app.use(express.json({ limit: config.JSON_BODY_MAX_BYTES }));
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX, { exclude: [] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The target stays server-side: `validationException` reads it for whole-object checks.
      validationError: { target: true, value: false },
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new AppExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Press award API')
      .setDescription(
        'Submission and blind judging for Vietnamese press awards on Party building. Errors: { statusCode, code, message, details? }.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('pa_session')
      .build(),
  );
  // Request bodies are described from the same class-validator rules the API enforces.
  // Our own constraints (libs/contracts/src/dto/validators.ts) are named after their error codes and
  // say what the wire value is; without these the property would point at a schema named "Object".
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      INVALID_DATE: { type: 'string', format: 'date' },
      INVALID_DATETIME: { type: 'string', format: 'date-time' },
    },
  });
  document.components = {
    ...document.components,
    schemas: { ...(document.components?.schemas ?? {}), ...(schemas as Record<string, object>) },
  };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveWebAppAndFrontDoor(app, config, accessLog);
  return app;
}

/**
 * The built Angular app at `/` (deep links answered by its page) and the hottest reads: the front
 * door answers cached public JSON and the app's small files before Express; Express streams the
 * large files. Without a build the API is served alone.
 */
function serveWebAppAndFrontDoor(
  app: NestExpressApplication,
  config: AppConfig,
  accessLog: Logger | null,
): void {
  const build = loadWebBuild(resolve(config.WEB_DIST));
  if (build) app.use(webAppHandler(build));
  else
    new Logger('Web').warn(
      `No web build at ${resolve(config.WEB_DIST)}; serving the API only (run "npx nx build web").`,
    );
  installFrontDoor(
    app.getHttpServer(),
    [publicCacheDoor(app.get(PublicCache)), ...(build ? [webAppDoor(build)] : [])],
    {
      securityHeaders: appSecurityHeaders(config.hstsMaxAgeSeconds),
      metrics: app.get(Metrics),
      accessLog,
    },
  );
}
