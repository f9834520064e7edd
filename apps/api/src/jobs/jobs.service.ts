import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { parseExpression } from 'cron-parser';
import PgBoss from 'pg-boss';

import { APP_CONFIG, AppConfig } from '../config/config';
import { DatabaseUrlService } from '../database/database.providers';

const IN_PROCESS_TICK_MS = 30_000;

type Handler = (data: Record<string, unknown>) => Promise<void>;

interface JobDefinition {
  name: string;
  handler: Handler;
  /** Cron in Europe/Amsterdam time; pg-boss runs it once per tick across all replicas. */
  cron?: string;
}

/**
 * Background jobs in PostgreSQL (pg-boss): they survive restarts and are shared by all api
 * replicas. Features register their jobs in onModuleInit; the queue starts after bootstrap.
 * With JOBS_ENABLED=false (tests) nothing runs in the background; `run` still works inline.
 */
@Injectable()
export class JobsService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  /** Jobs dispatched without a queue, running in this process. */
  private readonly detached = new Set<Promise<void>>();
  private boss?: PgBoss;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly urls: DatabaseUrlService,
  ) {}

  register(job: JobDefinition) {
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap() {
    if (!this.config.JOBS_ENABLED) return;
    if (this.config.embedded) return this.startInProcess();
    const boss = new PgBoss({
      connectionString: await this.urls.resolve(),
      schema: 'pgboss',
      max: 3,
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    for (const job of this.jobs.values()) {
      await boss.createQueue(job.name);
      await boss.work(job.name, async (batch) => {
        for (const item of batch) await job.handler((item.data ?? {}) as Record<string, unknown>);
      });
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Amsterdam' });
    }
    this.boss = boss;
    this.logger.log(`Background jobs running: ${[...this.jobs.keys()].join(', ')}`);
  }

  beforeApplicationShutdown() {
    return this.idle();
  }

  async onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Embedded PostgreSQL serves one process with one connection, so pg-boss (its own pool) does
   * not run there: cron jobs run from a timer in this process instead, at their cron times
   * (Europe/Amsterdam). All of them are idempotent "what is due now" scans, so a tick missed while
   * the process was down is made up by the next one.
   */
  private startInProcess() {
    const next = new Map<string, number>();
    const schedule = (job: JobDefinition) =>
      next.set(
        job.name,
        parseExpression(job.cron as string, { tz: 'Europe/Amsterdam' })
          .next()
          .getTime(),
      );
    const scheduled = [...this.jobs.values()].filter((job) => job.cron);
    scheduled.forEach(schedule);
    const tick = async () => {
      for (const job of scheduled) {
        if (Date.now() < (next.get(job.name) ?? Infinity)) continue;
        schedule(job);
        try {
          await job.handler({});
        } catch (error) {
          this.logger.error(`${job.name}: ${(error as Error).message}`);
        }
      }
    };
    this.timer = setInterval(() => void tick(), IN_PROCESS_TICK_MS);
    this.timer.unref();
    this.logger.log(
      `Scheduled jobs run in-process (embedded database): ${scheduled.map((j) => `${j.name} "${j.cron}"`).join(', ')}`,
    );
  }

  /** Queues a job; without a running queue (tests, CLI) it runs inline. */
  async enqueue(name: string, data: Record<string, unknown> = {}, singletonKey?: string) {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`Unknown job ${name}`);
    if (this.boss) {
      await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
      return;
    }
    await job.handler(data);
  }

  /** Runs a job now, in this process (tests and the CLI). */
  async run(name: string, data: Record<string, unknown> = {}) {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`Unknown job ${name}`);
    await job.handler(data);
  }

  /**
   * Queues a job and returns without waiting for it to run: to pg-boss when the queue runs, else
   * it runs in this process after the caller has returned (errors are logged). For work whose
   * duration must not show in the caller's answer, such as password-reset mails.
   */
  async dispatch(name: string, data: Record<string, unknown> = {}): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`Unknown job ${name}`);
    if (this.boss) {
      await this.boss.send(name, data);
      return;
    }
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => job.handler(data))
      .catch((error: unknown) => this.logger.error(`${name}: ${(error as Error).message}`))
      .finally(() => this.detached.delete(run));
    this.detached.add(run);
  }

  /** Waits until the jobs dispatched in this process have finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.detached.size) await Promise.all([...this.detached]);
  }
}
