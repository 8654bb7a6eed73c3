import { Presets, SingleBar } from 'cli-progress';

/** Progress of one stage of a task, on stderr when it is a terminal; silent otherwise. */
export interface Progress {
  stage(name: string, total: number): void;
  tick(done?: number): void;
  stop(): void;
}

export function progressBar(task: string): Progress {
  if (!process.stderr.isTTY) return { stage: () => undefined, tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${task} {stage} [{bar}] {value}/{total}`, hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  let running = false;
  let value = 0;
  return {
    stage(name, total) {
      if (running) bar.stop();
      running = true;
      value = 0;
      bar.start(total, 0, { stage: name });
    },
    tick(done) {
      value = done ?? value + 1;
      bar.update(value);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

/**
 * A task's result: a sentence for a person at a terminal, one JSON line for a script (stdout
 * not a terminal), so `fascia export … > report.json` or a CI job reads it without parsing prose.
 */
export function summary(result: object, sentence: string): void {
  console.log(process.stdout.isTTY ? sentence : JSON.stringify(result));
}
