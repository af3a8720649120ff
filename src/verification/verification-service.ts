import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../store/db.js';
import type { StoredVerification, VerificationStore } from '../store/stores.js';
import { READ_ONCE_HORIZON_SECONDS } from '../store/verification-store.js';
import { backSideRequired } from './back-side-rules.js';
import type { CardType, Side, SubmittedImage } from './types.js';
import { FinalResultCache } from './final-result-cache.js';
import { VerificationError } from './verification-error.js';

/** One side's input as the client gave it (decisions.md D8: URL wins over Base64). */
export interface ImageSource {
  base64?: string;
  url?: string;
}

export interface ApplyCommand {
  app: string;
  nationality: string;
  cardType: CardType;
  front: ImageSource;
  back: ImageSource;
}

export interface VerificationServiceDeps {
  db: Db;
  verifications: VerificationStore;
  /** Turns a side's input into a checked image, or null when the side has no input; throws ImageInputError. */
  acceptImage: (side: Side, source: ImageSource) => Promise<SubmittedImage | null>;
  /** Adds the verification's job inside the caller's transaction. */
  enqueue: (tx: Queryable, verificationId: string) => Promise<void>;
  /** Lifetime of a verification, seconds (D15); 0 = until read, bounded by the store's read-once horizon. */
  retentionSeconds: number;
  /** Final results kept in memory for repeated polls (0: none); never used in read-once mode. */
  finalResultCacheEntries: number;
  now?: () => Date;
}

/** The use-cases behind the two wire actions: start a verification, read its result. */
export class VerificationService {
  private readonly now: () => Date;
  private readonly finals: FinalResultCache;

  constructor(private readonly deps: VerificationServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.finals = new FinalResultCache(deps.retentionSeconds === 0 ? 0 : deps.finalResultCacheEntries);
  }

  /**
   * Validates and stores synchronously, then queues the work (decisions.md D8). Images, record and job are
   * written in one transaction: bad input or a failure leaves nothing behind.
   */
  async apply(cmd: ApplyCommand): Promise<{ token: string }> {
    const [front, back] = await Promise.all([
      this.deps.acceptImage('front', cmd.front),
      this.deps.acceptImage('back', cmd.back),
    ]);
    if (front === null) throw new Error('front image presence is checked by the caller');
    if (back === null && backSideRequired(cmd.nationality, cmd.cardType)) {
      throw new VerificationError(
        'back-side-required',
        `a ${cmd.nationality} ${cmd.cardType} needs its back side: send ImageBase64Back or ImageUrlBack`,
      );
    }
    const token = randomUUID();
    // In read-once mode (D15) a result that is never read still goes after the default horizon.
    const lifetime = this.deps.retentionSeconds > 0 ? this.deps.retentionSeconds : READ_ONCE_HORIZON_SECONDS;
    const expiresAt = new Date(this.now().getTime() + lifetime * 1000);
    await this.deps.db.transaction(async (tx) => {
      await this.deps.verifications.insert(tx, {
        id: token,
        app: cmd.app,
        requestedNationality: cmd.nationality,
        requestedCardType: cmd.cardType,
        images: back === null ? [front] : [front, back],
        expiresAt,
      });
      await this.deps.enqueue(tx, token);
    });
    return { token };
  }

  /** The verification as the calling application sees it (D15, D17); in read-once mode a final read is recorded. */
  async result(token: string, app: string): Promise<StoredVerification> {
    const cached = this.finals.get(token, app, this.now());
    if (cached !== null) return cached;
    const found = await this.deps.verifications.findForApp(token, app);
    if (found === null) {
      throw new VerificationError('not-found', 'no such verification for this application');
    }
    if (found.state !== 'processing' && this.deps.retentionSeconds === 0) {
      await this.deps.verifications.markRead(token);
    }
    this.finals.remember(found);
    return found;
  }
}
