#!/usr/bin/env node
/**
 * `npm run bench:deadline`: the last minutes before a national edition's deadline. BENCH_REPORTERS
 * (200) reporters, signed up beforehand, arrive over BENCH_WINDOW seconds (60) and each signs in,
 * creates an entry, uploads and submits, as the web client does:
 *   - BENCH_VIDEOS (10) TV reporters start together and send a BENCH_VIDEO_MIB (256) MiB MP4 each,
 *     resumably (tus, 8 MiB PATCHes like the web client), all at once;
 *   - the others send a print page (a PDF of a scanned page) or a photo series (three JPEGs), by
 *     multipart; some of them arrive so late that the deadline passes while they work;
 *   - BENCH_PROBES (40) reporters get a draft ready early and press "submit" around the deadline,
 *     from 2 s before to 2 s after it, while the others are still at work.
 * The deadline is the award's, a whole second, judged by the server's clock.
 *
 * It checks that nothing is lost — every 2xx submit has its receipt in the database with the exact
 * bytes the reporter sent (re-hashed on disk), every refusal has its error code and left no receipt,
 * and nothing was submitted that the reporter was not told about — and prints:
 *   - aggregate upload throughput (bytes over the time any upload was in flight) against the same
 *     bytes hashed and written by a shell pipeline (`tee copy < file | sha256sum`, 10 at a time);
 *   - latency of sign-in, create, upload and submit (p50, p99);
 *   - how the deadline was judged: the latest accepted and the earliest refused "submit" relative
 *     to the deadline, by the time the reporter pressed it.
 * Figures: docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  mkdirSync,
  openAsBlob,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import { PDFDocument } from 'pdf-lib';
import { Agent, FormData, fetch, request } from 'undici';
import { startBenchApi, waitFor } from './bench-kit.mjs';

const port = 4560;
const reporters = Number(process.env.BENCH_REPORTERS ?? 200);
const videos = Number(process.env.BENCH_VIDEOS ?? 10);
const videoBytes = Number(process.env.BENCH_VIDEO_MIB ?? 256) * 1024 * 1024;
const windowSeconds = Number(process.env.BENCH_WINDOW ?? 60);
const probes = Number(process.env.BENCH_PROBES ?? 40);
const TUS_CHUNK = Number(process.env.BENCH_TUS_CHUNK_MIB ?? 8) * 1024 * 1024;
const PASSWORD = 'Hạn-chót-10/11';
const MiB = 1024 * 1024;

const api = startBenchApi({
  name: 'deadline',
  port,
  nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  env: {
    SEED_DEMO: 'false',
    // 200 reporters sign in from one address within a minute: not an attack here.
    LOGIN_ADDRESS_MAX_FAILURES: '10000',
    LOGIN_BASE_DELAY_MS: '0',
  },
});
const files = join(api.dataDir, 'sources');
const agent = new Agent({ connections: 512, pipelining: 1, keepAliveTimeout: 30_000 });
const base = api.base;

// ---------------------------------------------------------------------------------------------
// Files: real content the API accepts, each one distinct (an award refuses the same bytes twice).

function ffmpeg(args) {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
}

/** A JPEG with a comment segment of random bytes after its start marker: the same picture, other bytes. */
function distinctJpeg(jpeg) {
  const comment = randomBytes(16);
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, comment.length + 2]), comment]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** An MP4 of one second, padded to `size` with a `free` box of random bytes (a valid ISO file). */
function makeVideo(path, tiny, size) {
  const padding = size - tiny.length - 8;
  const fd = openSync(path, 'w');
  writeSync(fd, tiny);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(padding + 8, 0);
  header.write('free', 4);
  writeSync(fd, header);
  for (let written = 0; written < padding; written += 8 * MiB)
    writeSync(fd, randomBytes(Math.min(8 * MiB, padding - written)));
  closeSync(fd);
}

async function makePdf(jpeg, title) {
  const document = await PDFDocument.create();
  document.setTitle(title);
  const image = await document.embedJpg(jpeg);
  const page = document.addPage([image.width / 4, image.height / 4]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / 4, height: image.height / 4 });
  return Buffer.from(await document.save());
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// The reporters' requests: every answer is either a success, a refusal with its code, or lost.

class Refused extends Error {
  constructor(step, status, code) {
    super(`${step}: ${status} ${code}`);
    Object.assign(this, { step, status, code });
  }
}

class Lost extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`);
    this.step = step;
  }
}

const latencies = { login: [], create: [], upload: [], submit: [] };

async function timed(kind, step, run) {
  const started = performance.now();
  let response;
  try {
    response = await run();
  } catch (error) {
    throw new Lost(step, error.message);
  } finally {
    latencies[kind].push(performance.now() - started);
  }
  if (response.status >= 200 && response.status < 300) return response;
  let code;
  try {
    code = JSON.parse(response.text).code;
  } catch {
    /* not the error shape */
  }
  if (typeof code !== 'string' || response.status >= 500)
    throw new Lost(step, `${response.status} ${response.text.slice(0, 200)}`);
  throw new Refused(step, response.status, code);
}

async function callJson(method, path, token, body) {
  const response = await request(`${base}${path}`, {
    method,
    dispatcher: agent,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.body.text();
  return { status: response.statusCode, text, headers: response.headers };
}

const uploadSpans = [];

async function multipart(token, entryId, file) {
  const started = performance.now();
  const form = new FormData();
  form.append('kind', 'work');
  form.append('file', await openAsBlob(file.path, { type: file.type }), file.name);
  const response = await timed('upload', 'upload', async () => {
    const answer = await fetch(`${base}/entries/${entryId}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
      dispatcher: agent,
    });
    return { status: answer.status, text: await answer.text() };
  });
  uploadSpans.push([started, performance.now(), file.size]);
  return response;
}

async function resumable(token, entryId, file) {
  const started = performance.now();
  const meta = Object.entries({ entryId, kind: 'work', filename: file.name })
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
  const tus = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
  const created = await timed('upload', 'upload', () =>
    callJsonHeaders('POST', `${base}/uploads/tus`, {
      ...tus,
      'upload-length': String(file.size),
      'upload-metadata': meta,
    }),
  );
  const location = new URL(created.headers.location, api.origin).href;
  for (let offset = 0; offset < file.size; offset += TUS_CHUNK) {
    const end = Math.min(file.size, offset + TUS_CHUNK);
    await timed('upload', 'upload', async () => {
      const response = await request(location, {
        method: 'PATCH',
        dispatcher: agent,
        headers: {
          ...tus,
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
          'content-length': String(end - offset),
        },
        body: createReadStream(file.path, { start: offset, end: end - 1 }),
      });
      return { status: response.statusCode, text: await response.body.text() };
    });
  }
  uploadSpans.push([started, performance.now(), file.size, 'tv']);
}

async function callJsonHeaders(method, url, headers) {
  const response = await request(url, { method, dispatcher: agent, headers });
  return {
    status: response.statusCode,
    text: await response.body.text(),
    headers: response.headers,
  };
}

const sleepUntil = (at) => new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));

/**
 * One reporter's evening. `submitAt` (epoch ms), when given, is when they press "submit" once the
 * draft is ready; otherwise they press it as soon as the upload ends.
 */
async function reporterJourney(reporter, award, startAt) {
  const outcome = { email: reporter.email, kind: reporter.kind, files: reporter.files };
  await sleepUntil(startAt);
  try {
    const login = await timed('login', 'login', () =>
      callJson('POST', '/auth/login', null, { email: reporter.email, password: PASSWORD }),
    );
    const token = JSON.parse(login.text).accessToken;
    const category = award.categories.find((candidate) => candidate.mediaType === reporter.kind);
    const created = await timed('create', 'create', () =>
      callJson('POST', `/awards/${award.id}/entries`, token, {
        categoryId: category.id,
        title: `${reporter.title}`,
        genre: reporter.kind === 'photo' ? 'Ảnh' : 'Phóng sự',
        language: 'vi',
        parts: [{ title: 'Kỳ 1', outlet: reporter.outlet, publishedAt: award.publishedAt }],
        authors: [
          {
            fullName: reporter.fullName,
            penName: reporter.penName,
            role: 'author',
            organizationName: reporter.outlet,
            dateOfBirth: '1986-05-19',
          },
        ],
      }),
    );
    outcome.entryId = JSON.parse(created.text).id;
    for (const file of reporter.files)
      if (reporter.kind === 'tv') await resumable(token, outcome.entryId, file);
      else await multipart(token, outcome.entryId, file);
    if (reporter.submitAt) await sleepUntil(reporter.submitAt);
    outcome.pressedAt = Date.now();
    const submitted = await timed('submit', 'submit', () =>
      callJson('POST', `/entries/${outcome.entryId}/submit`, token),
    );
    outcome.answeredAt = Date.now();
    const body = JSON.parse(submitted.text);
    outcome.receiptNumber = body.receiptNumber;
    outcome.submittedAt = Date.parse(body.submittedAt);
    outcome.result = body.receiptNumber ? 'accepted' : 'lost';
  } catch (error) {
    outcome.answeredAt = Date.now();
    outcome.result = error instanceof Refused ? 'refused' : 'lost';
    outcome.step = error.step;
    outcome.code = error.code;
    outcome.detail = error.message;
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------

function union(spans) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0];
  for (const [from, to] of sorted.slice(1)) {
    if (from > end) {
      total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  return (total + end - start) / 1000;
}

function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The same bytes through `tee copy < file | sha256sum`, `parallel` at a time: the machine's limit. */
function shellBaseline(paths, parallel) {
  const copies = join(api.dataDir, 'copies');
  mkdirSync(copies);
  writeFileSync(join(api.dataDir, 'list'), paths.join('\n'));
  execFileSync('sync');
  const started = performance.now();
  execFileSync('bash', [
    '-c',
    `xargs -P ${parallel} -I{} sh -c 'tee "${copies}/$(basename "{}")" < "{}" | sha256sum > /dev/null' < "${join(api.dataDir, 'list')}"`,
  ]);
  const seconds = (performance.now() - started) / 1000;
  execFileSync('rm', ['-rf', copies]);
  execFileSync('sync');
  return seconds;
}

api.child.once('exit', (code, signal) => console.error(`the API exited (${signal ?? code})`));
try {
  await waitFor(`${base}/health`);
  mkdirSync(files);

  // --- Files, made before the evening so the reporters only send them.
  const pictures = [];
  for (let index = 0; index < 12; index++) {
    const path = join(files, `base-${index}.jpg`);
    ffmpeg([
      ...['-f', 'lavfi', '-i', `testsrc2=s=3000x2000,noise=alls=30:allf=t:all_seed=${index + 1}`],
      ...['-frames:v', '1', '-q:v', '3', path],
    ]);
    pictures.push(readFileSync(path));
  }
  const tinyVideo = join(files, 'tiny.mp4');
  ffmpeg([
    ...['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25', '-t', '1'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', tinyVideo],
  ]);
  const tiny = readFileSync(tinyVideo);

  const provinces = ['Bình Định', 'Nghệ An', 'Đắk Lắk', 'Cần Thơ', 'Quảng Ninh', 'Lào Cai'];
  const people = [];
  for (let index = 0; index < reporters; index++) {
    const kind =
      index < videos ? 'tv' : index % 5 < 2 && index >= videos + probes ? 'photo' : 'print';
    const province = provinces[index % provinces.length];
    const person = {
      email: `phongvien${String(index + 1).padStart(3, '0')}@hanchot.vn`,
      fullName: `Phóng viên ${index + 1} ${province}`,
      penName: `Bút danh ${index + 1}`,
      outlet:
        kind === 'tv'
          ? `Đài PT-TH ${province}`
          : kind === 'photo'
            ? 'Báo Nhân Dân'
            : `Báo ${province}`,
      title: `Tác phẩm số ${index + 1} về công tác xây dựng Đảng ở ${province}`,
      kind,
      files: [],
    };
    if (kind === 'tv') {
      const path = join(files, `video-${index}.mp4`);
      makeVideo(path, tiny, videoBytes);
      person.files.push({ path, name: `phong-su-${index}.mp4`, type: 'video/mp4' });
    } else if (kind === 'photo') {
      for (let photo = 0; photo < 3; photo++) {
        const path = join(files, `photo-${index}-${photo}.jpg`);
        writeFileSync(path, distinctJpeg(pictures[(index + photo) % pictures.length]));
        person.files.push({ path, name: `anh-${photo + 1}.jpg`, type: 'image/jpeg' });
      }
    } else {
      const path = join(files, `page-${index}.pdf`);
      writeFileSync(
        path,
        await makePdf(distinctJpeg(pictures[index % pictures.length]), `Trang ${index}`),
      );
      person.files.push({ path, name: `trang-bao-${index}.pdf`, type: 'application/pdf' });
    }
    for (const file of person.files) file.size = statSync(file.path).size;
    for (const file of person.files) file.sha256 = sha256(file.path);
    people.push(person);
  }
  const allFiles = people.flatMap((person) => person.files);
  const totalBytes = allFiles.reduce((sum, file) => sum + file.size, 0);

  // --- The machine's limit for the same bytes, 10 at a time (as many as the videos in flight).
  const shellSeconds = shellBaseline(
    allFiles.map((file) => file.path),
    10,
  );

  // --- Accounts (registered long before the evening), the organizer's award.
  const db = new pg.Client({ connectionString: api.databaseUrl() });
  db.on('error', () => undefined);
  await db.connect();
  const passwordHash = await hash(PASSWORD, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, is_admin)
     SELECT x.email, $2, x.email, x.email = 'bantochuc@hanchot.vn' FROM unnest($1::text[]) AS x(email)`,
    [[...people.map((person) => person.email), 'bantochuc@hanchot.vn'], passwordHash],
  );
  const organizer = JSON.parse(
    (
      await callJson('POST', '/auth/login', null, {
        email: 'bantochuc@hanchot.vn',
        password: PASSWORD,
      })
    ).text,
  ).accessToken;
  const start = Date.now() + 3_000;
  const deadline = Math.ceil((start + windowSeconds * 1000) / 1000) * 1000;
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const createdAward = await callJson('POST', '/awards', organizer, {
    name: 'Giải Búa liềm vàng lần thứ VI (thử tải hạn chót)',
    edition: 6,
    year: 2026,
    level: 'national',
    rules: {
      publicationFrom: day(-300),
      publicationTo: day(-1),
      submissionDeadline: new Date(deadline).toISOString(),
      maxEntriesPerAuthor: 3,
      maxCoAuthors: 5,
      maxSeriesParts: 5,
      languages: ['vi'],
      files: {
        print: { maxBytes: 50 * MiB, types: ['application/pdf', 'image/jpeg'] },
        photo: { maxBytes: 50 * MiB, types: ['image/jpeg'] },
        tv: { maxBytes: 4096 * MiB, types: ['video/mp4'] },
      },
    },
    categories: [
      { code: 'BI', name: 'Báo in', mediaType: 'print' },
      { code: 'AN', name: 'Ảnh báo chí', mediaType: 'photo' },
      { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
    ],
  });
  if (createdAward.status !== 201) throw new Error(`award: ${createdAward.text}`);
  const award = { ...JSON.parse(createdAward.text), publishedAt: day(-20) };
  const opened = await callJson('POST', `/awards/${award.id}/status`, organizer, {
    status: 'open',
  });
  if (opened.status >= 300) throw new Error(`open: ${opened.text}`);

  // --- The evening. Videos first; probes get ready early and submit around the deadline; the
  // others arrive over the window and a few seconds past it.
  const plan = people.map((person, index) => {
    if (person.kind === 'tv') return { person, startAt: start + (index % 3) * 500 };
    const probe = index - videos;
    if (probe < probes) {
      person.submitAt = deadline - 2_000 + Math.round((probe * 4_000) / Math.max(1, probes - 1));
      return { person, startAt: start + (probe / probes) * (windowSeconds * 500) };
    }
    const slot = (index * 7919) % reporters;
    return { person, startAt: start + (slot / reporters) * (windowSeconds + 5) * 1000 };
  });
  const apiCpuBefore = cpuSeconds(api.child.pid);
  const clientCpuBefore = process.cpuUsage();
  const outcomes = await Promise.all(
    plan.map(({ person, startAt }) => reporterJourney(person, award, startAt)),
  );
  const apiCpu = cpuSeconds(api.child.pid) - apiCpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);

  // --- Nothing lost: what the reporters were told against what the database and the disk hold.
  const problems = [];
  const stored = new Map(
    (
      await db.query(
        `SELECT e.id, e.status, e.receipt_number, e.submitted_at,
                coalesce(array_agg(f.sha256 || ' ' || f.storage_key) FILTER (WHERE f.id IS NOT NULL), '{}') AS files
           FROM entries e LEFT JOIN entry_files f ON f.entry_id = e.id
          WHERE e.award_id = $1 GROUP BY e.id`,
        [award.id],
      )
    ).rows.map((row) => [row.id, row]),
  );
  for (const outcome of outcomes) {
    const row = outcome.entryId ? stored.get(outcome.entryId) : undefined;
    if (outcome.result === 'lost') problems.push(`lost: ${outcome.email} ${outcome.detail}`);
    else if (outcome.result === 'accepted') {
      if (!row || row.status !== 'submitted' || row.receipt_number !== outcome.receiptNumber)
        problems.push(`receipt ${outcome.receiptNumber} of ${outcome.email} not in the database`);
      else if (row.submitted_at.getTime() > deadline)
        problems.push(
          `${outcome.email} accepted at ${row.submitted_at.toISOString()}, after the deadline`,
        );
      else {
        const want = outcome.files.map((file) => file.sha256).sort();
        const have = row.files.map((line) => line.split(' ')[0]).sort();
        if (want.join() !== have.join()) problems.push(`${outcome.email}: stored files differ`);
        for (const line of row.files) {
          const [digest, key] = line.split(' ');
          if (sha256(join(api.dataDir, 'uploads', key)) !== digest)
            problems.push(`${outcome.email}: ${key} on disk does not match its sha256`);
        }
      }
    } else if (row && row.receipt_number)
      problems.push(
        `${outcome.email} was refused (${outcome.code}) but has receipt ${row.receipt_number}`,
      );
  }
  const told = new Set(outcomes.filter((o) => o.result === 'accepted').map((o) => o.entryId));
  for (const row of stored.values())
    if (row.status === 'submitted' && !told.has(row.id))
      problems.push(`entry ${row.id} submitted without the reporter being told`);

  // --- The deadline, judged by when each probe pressed "submit".
  const probeOutcomes = outcomes.filter((o) => people.find((p) => p.email === o.email).submitAt);
  const accepted = probeOutcomes.filter((o) => o.result === 'accepted');
  const refused = probeOutcomes.filter((o) => o.result === 'refused' && o.step === 'submit');
  const latestAccepted = Math.max(...accepted.map((o) => o.pressedAt - deadline));
  const earliestRefused = Math.min(...refused.map((o) => o.pressedAt - deadline));
  for (const outcome of refused)
    if (outcome.code !== 'SUBMISSION_DEADLINE_PASSED' || outcome.answeredAt <= deadline)
      problems.push(
        `${outcome.email} refused with ${outcome.code} at ${outcome.answeredAt - deadline} ms`,
      );
  for (const outcome of accepted)
    if (outcome.submittedAt < outcome.pressedAt - 5 || outcome.submittedAt > outcome.answeredAt + 5)
      problems.push(`${outcome.email}: receipt time is not when the request arrived`);

  // --- Figures.
  const uploadSeconds = union(uploadSpans);
  const uploadedBytes = uploadSpans.reduce((sum, span) => sum + span[2], 0);
  const videoSpans = uploadSpans.filter((span) => span[3] === 'tv');
  const videoSeconds = union(videoSpans);
  const videoBytesSent = videoSpans.reduce((sum, span) => sum + span[2], 0);
  const byResult = (result) => outcomes.filter((o) => o.result === result).length;
  const refusals = new Map();
  for (const outcome of outcomes.filter((o) => o.result === 'refused'))
    refusals.set(
      `${outcome.step} ${outcome.code}`,
      (refusals.get(`${outcome.step} ${outcome.code}`) ?? 0) + 1,
    );
  const row = (name, values) =>
    `${name.padEnd(8)} ${String(values.length).padStart(6)} ${percentile(values, 0.5).toFixed(0).padStart(7)} ${percentile(values, 0.99).toFixed(0).padStart(7)} ${Math.max(
      ...values,
    )
      .toFixed(0)
      .padStart(7)}`;
  console.log(`
${reporters} reporters over ${windowSeconds} s (${videos} videos of ${videoBytes / MiB} MiB by tus, ${probes} probes around the deadline)
files: ${allFiles.length}, ${(totalBytes / MiB).toFixed(0)} MiB

shell: tee copy | sha256sum, 10 at a time   ${(totalBytes / MiB / shellSeconds).toFixed(0).padStart(5)} MiB/s  (${shellSeconds.toFixed(1)} s)
API uploads, while any was in flight        ${(uploadedBytes / MiB / uploadSeconds).toFixed(0).padStart(5)} MiB/s  (${(uploadedBytes / MiB).toFixed(0)} MiB in ${uploadSeconds.toFixed(1)} s)  ratio ${(uploadedBytes / uploadSeconds / (totalBytes / shellSeconds)).toFixed(2)}
API videos, while any was in flight         ${(videoBytesSent / MiB / videoSeconds).toFixed(0).padStart(5)} MiB/s  (${(videoBytesSent / MiB).toFixed(0)} MiB in ${videoSeconds.toFixed(1)} s)  ratio ${(videoBytesSent / videoSeconds / (totalBytes / shellSeconds)).toFixed(2)}

step     count  p50 ms  p99 ms  max ms
${row('login', latencies.login)}
${row('create', latencies.create)}
${row('upload', latencies.upload)}
${row('submit', latencies.submit)}

outcomes: ${byResult('accepted')} accepted with a receipt, ${byResult('refused')} refused with an error, ${byResult('lost')} lost
refusals: ${[...refusals].map(([key, count]) => `${key} ×${count}`).join(', ') || 'none'}
deadline: latest accepted "submit" pressed ${latestAccepted} ms, earliest refused pressed ${earliestRefused} ms after it
CPU: API ${apiCpu.toFixed(1)} s, load generator ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s
${problems.length === 0 ? 'nothing lost: every receipt in the database with the bytes sent, every refusal without one' : `PROBLEMS (${problems.length}):\n  ${problems.slice(0, 30).join('\n  ')}`}
`);
  await db.end();
  if (problems.length > 0) process.exitCode = 1;
} finally {
  await agent.close();
  await api.stop();
}
