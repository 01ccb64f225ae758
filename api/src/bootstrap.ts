import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger, ValidationPipe, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule, type AppModuleOptions } from './app/app.module';
import { AppExceptionFilter } from './infra/http/app-exception.filter';
import { securityHeaders } from './infra/http/security-headers';
import { validationException } from './infra/http/validation';

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
        : LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // First, so every answer carries them, even a refused body.
  app.use(securityHeaders({ hstsMaxAgeSeconds: config.hstsMaxAgeSeconds }));
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

  serveWebApp(app, resolve(config.WEB_DIST));
  return app;
}

/** The built Angular app at `/`, with deep links (`/awards/…`) answered by its index.html. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(
      `No web build at ${webDist}; serving the API only (run "npx nx build web").`,
    );
    return;
  }
  const assets = express.static(webDist, { index: false, maxAge: '1h' });
  // API requests never touch the disk: the static handler would stat a file for every one of them.
  app.use((request: Request, response: Response, next: NextFunction) =>
    request.path.startsWith('/api/') ? next() : assets(request, response, next),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api/')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
