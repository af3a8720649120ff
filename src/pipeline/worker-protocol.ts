import { Piscina, transferableSymbol, valueSymbol } from 'piscina';
import type { SubmittedImage, VerificationOutcome } from '../verification/types.js';
import type { ResolvedPipelineOptions } from './pipeline-options.js';
import type { PipelineFault } from './pipeline-fault.js';
import type { PipelineInput } from './stage.js';

/**
 * The messages between the pipeline pool (calling thread) and its workers. Structured clone turns a Buffer into a
 * plain Uint8Array, and cloning a view copies its whole backing ArrayBuffer (a Buffer sliced from a large row or
 * the 8 KB pool drags all of it along). So bytes are copied once into buffers of their exact size, those are
 * transferred, and the receiving side wraps them as Buffers again without copying.
 */

/** `workerData` of every pipeline thread. */
export type WorkerOptions = ResolvedPipelineOptions;

/** Who answered: lets the pool report which threads ran jobs and how often each built its engines. */
export interface WorkerIdentity {
  threadId: number;
  /** Times this thread built its engines; 1 when models load once per worker as they must. */
  engineLoads: number;
}

/** A pipeline input as it travels: bytes arrive as Uint8Array, not Buffer. */
export type WorkerTask = Omit<PipelineInput, 'images'> & {
  images: Array<Omit<SubmittedImage, 'bytes'> & { bytes: Uint8Array }>;
};

/** An outcome as it travels: the portrait arrives as Uint8Array, not Buffer. */
export type WorkerOutcome = Omit<VerificationOutcome, 'portrait'> & { portrait: Uint8Array | null };

export type WorkerReply =
  | ({ ok: true; outcome: WorkerOutcome } & WorkerIdentity)
  | ({ ok: false; fault: { message: string; retryable: boolean; stack: string } } & WorkerIdentity);

type Movable = ReturnType<typeof Piscina.move>;

/** An exact-size copy whose ArrayBuffer nobody else holds, safe to transfer. */
function ownedCopy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** Wraps received bytes as a Buffer without copying them again. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Calling thread → worker: the caller's image Buffers stay untouched; copies travel. */
export function taskForWorker(input: PipelineInput): { task: WorkerTask; transferList: ArrayBuffer[] } {
  const images = input.images.map((image) => ({ ...image, bytes: ownedCopy(image.bytes) }));
  return {
    task: { ...input, images },
    transferList: images.map((image) => image.bytes.buffer as ArrayBuffer),
  };
}

/** In the worker: the received task with its images as Buffers again. */
export function inputFromCaller(task: WorkerTask): PipelineInput {
  return { ...task, images: task.images.map((image) => ({ ...image, bytes: asBuffer(image.bytes) })) };
}

/** Worker → calling thread: the portrait, the one Buffer of an outcome, is transferred. */
export function outcomeReply(outcome: VerificationOutcome, identity: WorkerIdentity): Movable {
  const portrait = outcome.portrait === null ? null : ownedCopy(outcome.portrait);
  const reply: WorkerReply = { ok: true, outcome: { ...outcome, portrait }, ...identity };
  return Piscina.move({
    [transferableSymbol]: portrait === null ? [] : [portrait.buffer],
    [valueSymbol]: reply,
  });
}

/**
 * A fault crosses the boundary as plain data: structured clone would drop the `retryable` mark of an Error.
 */
export function faultReply(fault: PipelineFault, identity: WorkerIdentity): WorkerReply {
  return {
    ok: false,
    fault: { message: fault.message, retryable: fault.retryable, stack: fault.stack ?? '' },
    ...identity,
  };
}

/** In the calling thread: the outcome with its portrait as a Buffer again. */
export function outcomeFromWorker(outcome: WorkerOutcome): VerificationOutcome {
  return { ...outcome, portrait: outcome.portrait === null ? null : asBuffer(outcome.portrait) };
}
