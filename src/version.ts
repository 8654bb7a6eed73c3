import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';

const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

export const serviceVersion = manifest.version;
