// `npm run cli -- <command>`: create-user, import-members (see README).
import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';

import { DomainError } from '../common/errors';
import { ConfigError, loadConfig } from '../config/config';
import { CliModule } from './cli.module';
import {
  createUser,
  CreateUserOptions,
  formatProfileReport,
  formatReport,
  importMembers,
  importProfiles,
} from './commands';

async function withApp<T>(
  run: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
) {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

const program = new Command()
  .name('deelwijs')
  .description('Deelwijs command line: accounts and bulk imports')
  .showHelpAfterError();

program
  .command('create-user')
  .description('create an active account with a password')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--password <password>')
  .option('--role <role>', 'platform role: admin | coordinator | moderator | member', 'member')
  .option('--job-role <slug>', 'job role from the taxonomy', 'leerkracht')
  .option('--school <school>', '"School name, Town" (created when new)')
  .action(async (options: CreateUserOptions) => {
    const member = await withApp((app) => createUser(app, options));
    console.log(`Account aangemaakt: ${member.email} (${member.platformRole}, id ${member.id})`);
  });

program
  .command('import-members')
  .description('invite members from a CSV: email,name,school,job_role[,platform_role]')
  .argument('<file>', 'CSV file with a header row')
  .action(async (file: string) => {
    const report = await withApp((app) => importMembers(app, file));
    console.log(formatReport(report));
  });

program
  .command('import-profiles')
  .description('import members with expertise profiles from JSON Lines (idempotent on e-mail)')
  .argument('<file>', 'one profile per line, in the format of shared/eval/profiles.jsonl')
  .option('--password <password>', 'activate the accounts with this password (demo and test)')
  .action(async (file: string, options: { password?: string }) => {
    const report = await withApp((app) => importProfiles(app, file, options.password));
    console.log(formatProfileReport(report));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DomainError) {
    console.error(`Fout: ${error.message}`);
  } else {
    new Logger('cli').error(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
});
