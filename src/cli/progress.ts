/**
 * Build progress on the terminal: one cli-progress bar per stage (counts and an estimate) when
 * the output is a terminal, plain stage lines when it is not (CI logs, pipes).
 */
import cliProgress from "cli-progress";

/** The part of a writable stream progress output needs. */
export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressReporter {
  /** `done` of `total` items of `stage` are finished. */
  update(stage: string, done: number, total: number): void;
  /** Prints a log line without breaking the bars. */
  log(line: string): void;
  /** Finishes the display (call once, also after a failure). */
  stop(): void;
}

/** Bar layout: stage name, bar, counts, percentage and estimated time left. */
const BAR_FORMAT = "{stage} {bar} {value}/{total} {percentage}% | còn lại ~{eta_formatted}";
/** Width of the stage-name column, so the bars line up. */
const STAGE_WIDTH = 7;
/**
 * Longest time between redraws. cli-progress redraws on a timer, which never fires while a stage
 * keeps the event loop busy (Eleventy rendering), so updates also redraw when this much has passed.
 */
const REDRAW_MS = 200;

/** Interactive progress: a bar per stage, created when the stage first reports. */
function barProgress(stream: ProgressStream, now: () => number): ProgressReporter {
  let drawnAt = now();
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: BAR_FORMAT,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 50,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    update(stage, done, total) {
      const bar = bars.get(stage);
      if (bar) {
        bar.setTotal(total);
        bar.update(done);
      } else {
        bars.set(stage, multi.create(total, done, { stage: stage.padEnd(STAGE_WIDTH) }));
      }
      if (now() - drawnAt >= REDRAW_MS) {
        drawnAt = now();
        multi.update();
      }
    },
    log(line) {
      multi.log(`${line}\n`);
    },
    stop() {
      multi.stop();
    },
  };
}

/** Non-interactive progress: one line when a stage starts and one when it finishes. */
function lineProgress(stream: ProgressStream, now: () => number): ProgressReporter {
  const started = new Map<string, number>();
  const finished = new Set<string>();
  return {
    update(stage, done, total) {
      if (!started.has(stage)) {
        started.set(stage, now());
        stream.write(`${stage}: started (${total} to do)\n`);
      }
      if (done >= total && !finished.has(stage)) {
        finished.add(stage);
        const seconds = (now() - started.get(stage)!) / 1000;
        stream.write(`${stage}: ${done}/${total} done in ${seconds.toFixed(1)} s\n`);
      }
    },
    log(line) {
      stream.write(`${line}\n`);
    },
    stop() {},
  };
}

/** Bars on a terminal, plain lines otherwise (or when `interactive` says so). */
export function createProgress(
  stream: ProgressStream,
  interactive: boolean = stream.isTTY === true && !process.env.CI,
  now: () => number = Date.now,
): ProgressReporter {
  return interactive ? barProgress(stream, now) : lineProgress(stream, now);
}
