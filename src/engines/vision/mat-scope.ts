/** Anything OpenCV.js allocates on its WebAssembly heap: it must be freed by hand with `delete()`. */
interface Deletable {
  delete(): void;
  isDeleted?: () => boolean;
}

/**
 * Collects OpenCV.js objects made during one operation and frees them together, so an early return or an
 * exception cannot leak WebAssembly memory across the thousands of jobs a worker runs.
 */
export class MatScope {
  private readonly owned: Deletable[] = [];

  track<T extends Deletable>(object: T): T {
    this.owned.push(object);
    return object;
  }

  release(): void {
    for (const object of this.owned.splice(0).reverse()) {
      if (object.isDeleted?.() !== true) object.delete();
    }
  }
}

/** Runs `work` with a fresh scope and always releases it. */
export function withScope<T>(work: (scope: MatScope) => T): T {
  const scope = new MatScope();
  try {
    return work(scope);
  } finally {
    scope.release();
  }
}
