/**
 * Worker-thread entry: parses articles for the loader's pool (parse-pool.ts). Bundled with
 * its dependencies into one file at build time, because Node 20 cannot load TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle, type ParseOptions } from '../content/article.ts';
import type { ParseRequest, ParseResponse } from './parse-pool.ts';

const options = workerData as ParseOptions;

parentPort!.on('message', ({ id, file, bytes, clean }: ParseRequest) => {
  let response: ParseResponse;
  try {
    response = { id, result: parseArticle(file, bytes, options, clean) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    response = { id, crash: { message, stack } };
  }
  parentPort!.postMessage(response);
});
