import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { ConfigError, loadConfig, localUrl } from './config/config';
import { configureHttp, findWebDist } from './http';

async function bootstrap() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    logger: ['error', 'warn', 'log', 'debug', 'verbose'].slice(
      0,
      ['error', 'warn', 'log', 'debug', 'verbose'].indexOf(config.LOG_LEVEL) + 1,
    ) as ('error' | 'warn' | 'log')[],
  });
  app.enableShutdownHooks();
  const closeSessions = configureHttp(app, config);
  app.getHttpServer().on('close', closeSessions);
  await app.listen(config.PORT, config.HOST);
  const logger = new Logger('Deelwijs');
  const served = localUrl(config.HOST, config.PORT);
  logger.log(
    served === config.PUBLIC_URL
      ? `Deelwijs runs at ${served}`
      : `Deelwijs serves ${served}, public address ${config.PUBLIC_URL}`,
  );
  logger.log(
    config.embedded ? `Embedded PostgreSQL in ${config.DATA_DIR}` : 'PostgreSQL via DATABASE_URL',
  );
  if (!findWebDist(config)) logger.warn('No built web app found: only the api is served.');
}

void bootstrap();
