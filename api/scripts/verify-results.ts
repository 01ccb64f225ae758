/**
 * `npm run verify-results -- <URL of a verification package>`, e.g.
 * `https://giaibaochi.example.vn/api/v1/public/awards/<id>/verification` (or a file path): recomputes
 * every round's ranking from the judges' criterion scores and the package's hash, and says "khớp"
 * (matches) or names the first difference. Exit code 0 when it matches, 1 when not, 2 on a failure
 * to read the package. Needs nothing of this installation: anyone can run it on a copy of the code.
 */
import './register-paths';
import { readFile } from 'node:fs/promises';
import type { VerificationPackage } from '@press-award/contracts';
import { verifyPackage } from '@press-award/domain';
import { sha256Hex } from '../src/app/results/verification-package';

async function load(source: string): Promise<VerificationPackage> {
  if (!/^https?:\/\//.test(source)) return JSON.parse(await readFile(source, 'utf8'));
  const response = await fetch(source, { headers: { accept: 'application/json' } });
  if (response.status === 403)
    // An award may restrict its package to its steering committee, organizers and auditors.
    throw new Error(
      `${source}: gói dữ liệu kiểm chứng không công khai (VERIFICATION_PACKAGE_RESTRICTED); người được giao kiểm tra tải gói tại /api/v1/awards/<id>/verification rồi chạy lại với tệp đó`,
    );
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return (await response.json()) as VerificationPackage;
}

async function main(): Promise<number> {
  const source = process.argv[2];
  if (!source) {
    process.stderr.write(
      'usage: npm run verify-results -- <URL or file of a verification package>\n',
    );
    return 2;
  }
  let pkg: VerificationPackage;
  try {
    pkg = await load(source);
  } catch (error) {
    process.stderr.write(
      `Không đọc được gói kiểm chứng (could not read the package): ${(error as Error).message}\n`,
    );
    return 2;
  }
  const sheets = pkg.rounds.reduce((sum, round) => sum + round.sheets.length, 0);
  const outcome = verifyPackage(pkg, sha256Hex);
  if (outcome.matches) {
    process.stdout.write(
      `khớp — ${pkg.rounds.length} vòng, ${sheets} phiếu chấm, mã băm ${pkg.snapshotHash} (matches)\n`,
    );
    return 0;
  }
  const where = [
    outcome.round && `vòng "${outcome.round}"`,
    outcome.entryCode && `tác phẩm ${outcome.entryCode}`,
  ]
    .filter(Boolean)
    .join(', ');
  process.stdout.write(
    `KHÔNG khớp${where ? ` (${where})` : ''}: ${outcome.difference} (does not match)\n`,
  );
  return 1;
}

void main().then((code) => process.exit(code));
