/** The worker of tree-walk.ts walkTreeInWorker: walks one folder and posts its listing. */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveBasis, walkTree, type BasisSource } from './tree-walk.ts';

const { dir, basis } = workerData as { dir: string; basis: BasisSource };
parentPort!.postMessage(walkTree(dir, resolveBasis(basis)));
