// The per-file results kept between runs: a record per file (keyed by path, collection,
// id and the bytes' digest), a rendered body per file and render settings, and the
// artifact lint's findings. One set of cache files per content folder, so building
// another corpus never evicts this one's; all of it is skipped when the cache is off.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Artifact } from './artifacts/find-artifacts.ts';
import { pipelineVersion } from './cache/pipeline-version.ts';
import { openCache, type ResultCache } from './cache/result-cache.ts';
import type { FileIdentity, FileRecord } from './file-record.ts';
import type { RenderedBody } from './render/render-markdown.ts';
import type { JobResult } from './workers/run-job.ts';

export interface ContentCache {
  /** The record of a file whose bytes have this digest, when one is kept. */
  record(file: FileIdentity, digest: string): FileRecord | undefined;
  /** The rendered body of bytes with this digest under these render settings. */
  rendered(digest: string, renderKey: string): RenderedBody | undefined;
  /** Keeps what a job produced, under the digest of the bytes the job read. */
  store(file: FileIdentity, result: JobResult, renderKey: string): void;
  /** The artifact lint's own cache (it runs after the per-file analysis). */
  artifacts: ResultCache<Artifact[]>;
  /** Writes the records and bodies (the artifact cache is saved by the caller after the checks). */
  save(): void;
}

// The version hashes the pipeline's sources: computed once per lockfile per process.
const versions = new Map<string, string>();

function recordKey(file: FileIdentity, digest: string): string {
  return `${file.file}\0${file.collection}\0${file.id}\0${digest}`;
}

export function openContentCache(root: string, contentDir: string, withBodies: boolean): ContentCache {
  const lockfile = join(root, 'package-lock.json');
  const version = versions.get(lockfile) ?? pipelineVersion(lockfile);
  versions.set(lockfile, version);
  const folder = createHash('sha256').update(join(root, contentDir)).digest('hex').slice(0, 8);
  const records = openCache<FileRecord>(root, `records-${folder}`, version);
  const artifacts = openCache<Artifact[]>(root, `artifacts-${folder}`, version);
  const bodies = withBodies ? openCache<RenderedBody>(root, `rendered-${folder}`, version) : undefined;
  return {
    record: (file, digest) => records.get(recordKey(file, digest)),
    rendered: (digest, renderKey) => bodies?.get(`${digest}\0${renderKey}`),
    store(file, result, renderKey) {
      // An empty digest: the job could not read the file; nothing worth keeping.
      if (!result.digest) return;
      records.set(recordKey(file, result.digest), result.record);
      if (result.rendered) bodies?.set(`${result.digest}\0${renderKey}`, result.rendered);
    },
    artifacts,
    save() {
      records.save();
      bodies?.save();
    },
  };
}
