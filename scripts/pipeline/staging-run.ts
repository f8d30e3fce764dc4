import { rm } from "node:fs/promises";
import { assertNoLinks, createStaging, publish } from "./publish.ts";

/**
 * One build's staging folder from its making to its publishing, and the clean-up that runs
 * however the build ends: finished, failed, or stopped by Ctrl+C (then from the signal handler,
 * while the build itself may still be writing).
 */
export class StagingRun {
  private staging: string | undefined;
  /** What writes into the staging folder: let finish before the folder goes, or it is made again. */
  private readonly writing: Promise<unknown>[] = [];
  /**
   * A stop while the folders are being swapped waits for the swap: it takes milliseconds, and
   * half of it would leave no published site.
   */
  private publishing: Promise<boolean> | undefined;

  constructor(
    private readonly target: string,
    /**
     * Stops what writes into the folder, first: the HTML stage's thread and the browser, which
     * would otherwise go on writing into the folder about to go.
     */
    private readonly stopWriters: () => Promise<void>,
  ) {}

  async createStaging(): Promise<string> {
    this.staging = await createStaging(this.target);
    return this.staging;
  }

  /** Tracks work that writes into the staging folder; a failure is left to whoever awaits it. */
  writes<Result>(work: Promise<Result>): Promise<Result> {
    work.catch(() => undefined);
    this.writing.push(work);
    return work;
  }

  /** Replaces the target with the staging folder, which must hold no link. */
  async publish(): Promise<void> {
    const staging = this.staging;
    if (!staging) throw new Error("nothing staged to publish");
    await assertNoLinks(staging);
    this.publishing = publish(staging, this.target).then(() => true);
    this.publishing.catch(() => undefined);
    await this.publishing;
    this.staging = undefined;
  }

  /**
   * Removes what was not published. Eleventy may still be copying into the folder after its
   * first failure (a full disk): retry while files appear, and never let the clean-up hide the
   * error that stopped the build. What is left is removed by the next build (recoverOutput).
   */
  readonly cleanUp = async (): Promise<void> => {
    await this.stopWriters();
    await Promise.allSettled(this.writing);
    const published = await this.publishing?.catch(() => false);
    if (this.staging && !published) {
      await rm(this.staging, {
        recursive: true,
        force: true,
        maxRetries: 10,
        retryDelay: 50,
      }).catch(() => undefined);
    }
  };
}
