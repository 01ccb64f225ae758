import { Global, Module } from '@nestjs/common';
import { MediaProbe } from './media-probe';

@Global()
@Module({ providers: [MediaProbe], exports: [MediaProbe] })
export class MediaModule {}
