import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { main } from '../../../src/lib/import/cli.ts';
import { frontmatterSchema } from '../../../src/lib/content/schema.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const GOOD = ['disqus-en.html', 'drupal-es.html', 'dump-en.md', 'dump-es.txt', 'news-jsonld.html', 'wordpress-en.html'];

let dir: string;
let inputs: string;

beforeEach(async () => {
  dir = tempDir('news-import-');
  inputs = join(dir, 'saved');
  await mkdir(inputs);
  for (const name of GOOD) await cp(join(fixtures, name), join(inputs, name));
});

function stream(isTTY = false) {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  s.on('data', (chunk) => (text += String(chunk)));
  return { stream: s, text: () => text };
}

async function run(argv: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const stdout = stream();
  const stderr = stream(options.tty);
  const code = await main(argv, { cwd: dir, env: options.env ?? {}, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const contentDir = () => join(dir, 'content');
const written = async () => (await readdir(contentDir())).sort();
const snapshot = async (): Promise<Record<string, string>> =>
  Object.fromEntries(await Promise.all((await written()).map(async (f) => [f, await readFile(join(contentDir(), f), 'utf8')] as const)));

describe('news-import', () => {
  it('imports a folder into content/, one valid article file per source', async () => {
    const { code, stdout } = await run([inputs]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Imported 6, skipped 0, failed 0\./m);
    expect(await written()).toEqual([
      'dump-en.md', // dumps keep the slug the build gives them: their file name
      'dump-es.md',
      'forty-rain-gauges-and-a-spreadsheet.md', // saved pages are named by their headline
      'island-ferry-returns-after-a-winter-without-a-crossing.md',
      'la-biblioteca-de-valdeserra-presta-semillas-ademas-de-libros.md',
      'volunteers-bring-the-harwick-tide-mill-back-to-work.md',
    ]);
    for (const [name, text] of Object.entries(await snapshot())) {
      const parsed = parseFrontmatter(text);
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(frontmatterSchema.safeParse(parsed.block.data).success, name).toBe(true);
    }
  });

  it('gives the same bytes on a re-import and reports it as unchanged', async () => {
    await run([inputs]);
    const first = await snapshot();
    const again = await run([inputs]);
    expect(again.code).toBe(0);
    expect(await snapshot()).toEqual(first);
    expect(again.stdout).toMatch(/^Imported 0, skipped 6, failed 0\./m);
    expect(again.stdout).toContain('already imported, file unchanged');
  });

  it('never overwrites an existing file without --force', async () => {
    await run([join(inputs, 'dump-es.txt')]);
    const target = join(contentDir(), 'dump-es.md');
    const original = await readFile(target, 'utf8');
    await writeFile(target, original.replace('piano nuevo', 'piano de cola'));

    const skipped = await run([join(inputs, 'dump-es.txt')]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/skipped\s+saved\/dump-es\.txt → content\/dump-es\.md: exists and differs.*--force/);
    expect(await readFile(target, 'utf8')).toContain('piano de cola');

    const forced = await run(['--force', join(inputs, 'dump-es.txt')]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('overwrote the existing file');
    expect(await readFile(target, 'utf8')).toBe(original);
  });

  it('writes nothing on --dry-run and prints what it would write', async () => {
    const { code, stdout } = await run(['--dry-run', join(inputs, 'news-jsonld.html')]);
    expect(code).toBe(0);
    await expect(readdir(contentDir())).rejects.toThrow(/ENOENT/);
    expect(stdout).toContain('--- content/island-ferry-returns-after-a-winter-without-a-crossing.md (from saved/news-jsonld.html) ---');
    expect(stdout).toContain('title: Island ferry returns after a winter without a crossing\ndate: 2024-06-03\n');
    expect(stdout).toMatch(/^Would import 1, skipped 0, failed 0 \(dry run: nothing written\)\./m);
  });

  it('carries on past a bad file, names it with the reason and exits with 1', async () => {
    await cp(join(fixtures, 'broken.html'), join(inputs, 'broken.html'));
    await writeFile(join(inputs, 'empty.txt'), '\n');
    const { code, stdout } = await run([inputs, join(dir, 'missing.html')]);
    expect(code).toBe(1);
    expect(await written()).toHaveLength(6);
    expect(stdout).toMatch(/^Imported 6, skipped 0, failed 3\./m);
    expect(stdout).toMatch(/failed\s+saved\/broken\.html: no article found in the page/);
    expect(stdout).toMatch(/failed\s+saved\/empty\.txt: the file is empty/);
    expect(stdout).toMatch(/failed\s+missing\.html: no such file or folder/);
  });

  it('reports slug collisions within a run and with a different existing article', async () => {
    await mkdir(join(inputs, 'copy'));
    await cp(join(fixtures, 'wordpress-en.html'), join(inputs, 'copy', 'mill.html'));
    const inRun = await run([inputs]);
    expect(inRun.code).toBe(1);
    expect(inRun.stdout).toMatch(/failed\s+saved\/wordpress-en\.html → content\/volunteers-bring-the-harwick-tide-mill-back-to-work\.md: slug collision: saved\/copy\/mill\.html also gives the slug/);

    await writeFile(join(contentDir(), 'dump-en.md'), '---\ntitle: Another story entirely\n---\n\nText.\n');
    const existing = await run([join(inputs, 'dump-en.md')]);
    expect(existing.code).toBe(1);
    expect(existing.stdout).toMatch(/slug collision: the file already holds "Another story entirely"/);
    expect(await readFile(join(contentDir(), 'dump-en.md'), 'utf8')).toContain('Another story entirely');
  });

  it('writes into --out, relative to where the command was typed', async () => {
    const { code } = await run(['--out', 'imported', 'saved/dump-en.md'], { env: { INIT_CWD: dir } });
    expect(code).toBe(0);
    expect(await readdir(join(dir, 'imported'))).toEqual(['dump-en.md']);
  });

  it('refuses an already-converted Markdown article and an unknown file type', async () => {
    await writeFile(join(dir, 'done.md'), '---\ntitle: Done\n---\n\nText.\n');
    await writeFile(join(dir, 'notes.pdf'), '%PDF');
    const { code, stdout } = await run([join(dir, 'done.md'), join(dir, 'notes.pdf')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/done\.md: already a Markdown article with frontmatter/);
    expect(stdout).toMatch(/notes\.pdf: unsupported file type "\.pdf"/);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const quiet = await run(['--dry-run', inputs]);
    expect(quiet.stderr).toBe('');
    const tty = await run(['--dry-run', inputs], { tty: true });
    expect(tty.stderr).toContain('Importing');
    expect(tty.stdout).toMatch(/^Would import 6/m);
  });

  it('answers usage errors with status 2 and --help with the usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--nope', inputs])).code).toBe(2);
    expect((await run(['--lang', 'not a tag', inputs])).code).toBe(2);
    const badZone = await run(['--tz', 'Mars/Olympus', inputs]);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/--tz expects an IANA time zone/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: news-import/);
  });

  it('gives a page that states no zone the date in the --tz zone', async () => {
    const page = '<html><head><title>Pool stays open</title><meta property="article:published_time" content="1651624556"></head><body><article><p>The council agreed on Tuesday to keep the swimming pool open through the winter, with the clubs sharing the heating bill.</p></article></body></html>';
    await writeFile(join(dir, 'pool.html'), page);
    const utc = await run(['--dry-run', join(dir, 'pool.html')]);
    expect(utc.stdout).toContain('date: 2022-05-04\n');
    const pacific = await run(['--dry-run', '--tz', 'America/Los_Angeles', join(dir, 'pool.html')]);
    expect(pacific.stdout).toContain('date: 2022-05-03\n');
  });

  it('cleans dumps imported together with their folder\'s template and cleaning.txt, as a build would', async () => {
    const site = join(dir, 'gazette');
    await mkdir(site);
    const stories = ['The ferry adds a late sailing on Fridays', 'The library lends seeds this spring', 'The bakery on Mill Street reopens', 'The choir records its first album'];
    for (const [i, title] of stories.entries()) {
      const prose = `${title}, the town said on day ${'abcd'[i]} of the month, after a long winter of plans, meetings and a public vote in the hall.`;
      await writeFile(join(site, `story-${i}.txt`), `${title}\nPublished: 2024-05-0${i + 1}\n\nHome | Politics | Sport | Weather\n\n${prose}\n\nKeep reading the Valley Gazette\n\nThis line stays on one page only\n`);
    }
    await writeFile(join(site, 'cleaning.txt'), 'remove: This line stays on one page only\n');
    const { code } = await run([site]);
    expect(code).toBe(0);
    const files = await snapshot();
    expect(Object.keys(files)).toHaveLength(4);
    for (const [i, title] of stories.entries()) {
      const text = files[`story-${i}.md`]!;
      expect(text).toContain(`${title}, the town said`);
      // CMS-labelled dumps, where only rules remove: the menu and the footer recur in every dump
      // of the folder (template); the last line is the overrides file's.
      expect(text).not.toMatch(/Home \| Politics|Keep reading the Valley Gazette|This line stays/);
    }
  });

  it('runs from the bin launcher on plain Node', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/news-import.mjs'), '--dry-run', join(fixtures, 'dump-es.txt')], { cwd: dir });
    expect(stdout).toContain('title: El coro de la residencia graba su primer disco');
    expect(stdout).toMatch(/Would import 1, skipped 0, failed 0/);
  });
});
