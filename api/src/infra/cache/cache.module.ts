import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PublicCacheInterceptor } from './public-cache.http';
import { PublicCache } from './public-cache';

@Global()
@Module({
  providers: [PublicCache, { provide: APP_INTERCEPTOR, useClass: PublicCacheInterceptor }],
  exports: [PublicCache],
})
export class CacheModule {}
