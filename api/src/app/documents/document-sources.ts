import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COLLECTIVE_PRIZE_TIER_LABELS } from '@press-award/contracts';
import type { CreateDocumentDto } from '@press-award/contracts/dto';
import {
  aggregateResults,
  canonicalJson,
  disagreementDistance,
  rubricMaxTotal,
  splitPrize,
  vietnamCalendarDate,
  vietnamDateParts,
} from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import { Award } from '../awards/entities/award.entity';
import { CouncilsService } from '../jury/councils.service';
import { Round } from '../jury/entities/round.entity';
import { CollectivePrize } from '../results/entities/collective-prize.entity';
import { PrizeApprovalsService } from '../results/prize-approvals.service';
import { judgePseudonyms, sha256Hex } from '../results/verification-package';
import { batchListInput } from '../agencies/batch-list-pdf';
import {
  batchListModel,
  councilDecisionModel,
  DOCUMENT_TITLES,
  paymentListModel,
  prizeDecisionModel,
  prizeProposalModel,
  roundMinutesModel,
  type DocumentAward,
  type MinutesEntry,
  type PaymentRow,
  type PrizeListInput,
  type SteeringApproval,
} from './document-models';
import type { PartyDocumentModel } from './party-document';

/** What a document is built from: its text, and the hash of the data the text came from. */
export interface DocumentSource {
  title: string;
  snapshotHash: string | null;
  /** The date it carries when the committee does not choose one (minutes: the day the round closed). */
  defaultIssuedOn: string | null;
  model: (reference: string, issuedOn: string) => PartyDocumentModel;
}

/**
 * Where each numbered document's text comes from: the records it is built from (a round's council,
 * the sheets frozen when the round closed, the prize list, an agency's batch), read and shaped into
 * the model the numbering service renders, with the hash of that data.
 */
@Injectable()
export class DocumentSources {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly councils: CouncilsService,
    private readonly approvals: PrizeApprovalsService,
  ) {}

  async build(
    award: Award,
    documentAward: DocumentAward,
    input: CreateDocumentDto,
  ): Promise<DocumentSource> {
    const header = (reference: string, issuedOn: string) => ({ reference, issuedOn });
    switch (input.type) {
      case 'council_decision': {
        const round = await this.roundOf(award.id, input.roundId);
        const council = await this.councils.councilView(round.id);
        if (!council) throw new AppException('DOCUMENT_NOT_READY');
        return {
          title: `${DOCUMENT_TITLES.council_decision}: ${council.name}`,
          snapshotHash: sha256Hex(canonicalJson(council)),
          defaultIssuedOn: null,
          model: (reference, issuedOn) =>
            councilDecisionModel(documentAward, header(reference, issuedOn), council),
        };
      }
      case 'round_minutes':
        return this.minutes(award, documentAward, input.roundId);
      case 'prize_proposal':
      case 'prize_decision': {
        const prizes = await this.prizeList(award);
        const approval =
          input.type === 'prize_decision' ? await this.steeringApproval(award.id) : null;
        return {
          title: DOCUMENT_TITLES[input.type],
          snapshotHash: award.resultsSnapshotHash ?? sha256Hex(canonicalJson(prizes)),
          defaultIssuedOn: null,
          model: (reference, issuedOn) =>
            input.type === 'prize_proposal'
              ? prizeProposalModel(documentAward, header(reference, issuedOn), prizes)
              : prizeDecisionModel(documentAward, header(reference, issuedOn), prizes, approval),
        };
      }
      case 'payment_list': {
        const rows = await this.paymentRows(award, documentAward);
        return {
          title: DOCUMENT_TITLES.payment_list,
          snapshotHash: award.resultsSnapshotHash ?? sha256Hex(canonicalJson(rows)),
          defaultIssuedOn: null,
          model: (reference, issuedOn) =>
            paymentListModel(documentAward, header(reference, issuedOn), rows),
        };
      }
      case 'batch_list': {
        if (!input.batchId) throw new AppException('DOCUMENT_NOT_READY');
        const owner: { award_id: string }[] = await this.db.query(
          'SELECT award_id FROM batches WHERE id = $1',
          [input.batchId],
        );
        if (owner[0]?.award_id !== award.id) throw new AppException('BATCH_NOT_FOUND');
        const batch = await batchListInput(this.db, input.batchId);
        const data = {
          organizationName: batch.organizationName,
          letterNumber: batch.batch.letterNumber,
          letterIssuedOn: batch.batch.letterIssuedOn,
          entries: batch.entries,
        };
        return {
          title: `${DOCUMENT_TITLES.batch_list}: ${batch.organizationName}`,
          snapshotHash: sha256Hex(canonicalJson(data)),
          defaultIssuedOn: null,
          model: (reference, issuedOn) =>
            batchListModel(documentAward, header(reference, issuedOn), data),
        };
      }
    }
  }

  private async roundOf(awardId: string, roundId: string | undefined): Promise<Round> {
    if (!roundId) throw new AppException('DOCUMENT_NOT_READY');
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId, awardId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    return round;
  }

  /**
   * The minutes of a closed round, from the sheets frozen when it closed (the snapshot in the audit
   * chain, carried with its hash): each sheet's total under the judge's pseudonym, the aggregate the
   * results show (the mean), the flags and what was decided about them, and the council's proposal.
   */
  private async minutes(
    award: Award,
    documentAward: DocumentAward,
    roundId: string | undefined,
  ): Promise<DocumentSource> {
    const round = await this.roundOf(award.id, roundId);
    if (round.status !== 'closed') throw new AppException('DOCUMENT_NOT_READY');
    const [closed]: {
      after: {
        snapshotHash: string;
        snapshot: { judgeId: string; entryId: string; total: string | null; status: string }[];
      };
      at: Date;
    }[] = await this.db.query(
      `SELECT after, at FROM audit_log
        WHERE award_id = $1 AND action = 'round.closed' AND target_id = $2
        ORDER BY seq DESC LIMIT 1`,
      [award.id, round.id],
    );
    if (!closed?.after?.snapshot) throw new AppException('DOCUMENT_NOT_READY');
    const sheets = closed.after.snapshot.filter(
      (sheet) => sheet.status === 'submitted' && sheet.total !== null,
    );
    const entries: {
      entry_id: string;
      category_id: string;
      code: string | null;
      category: string;
    }[] = await this.db.query(
      `SELECT re.entry_id, e.category_id, e.code, c.name AS category
           FROM round_entries re JOIN entries e ON e.id = re.entry_id JOIN categories c ON c.id = e.category_id
          WHERE re.round_id = $1 ORDER BY e.code`,
      [round.id],
    );
    const maxTotal = rubricMaxTotal(round.rubric);
    const result = aggregateResults({
      entries: entries.map((entry) => ({ entryId: entry.entry_id, categoryId: entry.category_id })),
      sheets: sheets.map((sheet) => ({
        entryId: sheet.entryId,
        judgeId: sheet.judgeId,
        total: Number(sheet.total),
      })),
      method: 'mean',
      maxTotal,
      expectedSheets: round.judgesPerEntry,
      disagreementPoints: disagreementDistance(round.rubric, round.disagreementPoints),
    });
    const pseudonyms = await judgePseudonyms(this.db.manager, award.id, [
      ...new Set(sheets.map((sheet) => sheet.judgeId)),
    ]);
    const info = new Map(entries.map((entry) => [entry.entry_id, entry]));
    // The round after this one, if any: its entries are the council's finalists.
    const later: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM rounds WHERE award_id = $1 AND "order" > $2 ORDER BY "order" LIMIT 1`,
      [award.id, round.order],
    );
    const advanced = new Set<string>(
      later[0]
        ? (
            await this.db.query(`SELECT entry_id FROM round_entries WHERE round_id = $1`, [
              later[0].id,
            ])
          ).map((row: { entry_id: string }) => row.entry_id)
        : [],
    );
    const decisions: {
      entry_id: string;
      tier_code: string | null;
      note: string | null;
      standing: string;
    }[] = later[0]
      ? []
      : await this.db.query(
          `SELECT entry_id, tier_code, note, standing FROM prize_decisions WHERE award_id = $1`,
          [award.id],
        );
    const decisionOf = new Map(decisions.map((decision) => [decision.entry_id, decision]));
    const tierLabel = (code: string | null) =>
      award.prizeTiers.find((tier) => tier.code === code)?.label ?? code ?? '';
    const resolution = (entryId: string): string | null => {
      if (later[0])
        return advanced.has(entryId)
          ? `Hội đồng thống nhất đưa vào ${later[0].name.toLocaleLowerCase('vi')}.`
          : `Hội đồng thống nhất không đưa vào ${later[0].name.toLocaleLowerCase('vi')}.`;
      const decision = decisionOf.get(entryId);
      if (!decision?.tier_code) return 'Hội đồng thống nhất không đề nghị giải.';
      return `Hội đồng thống nhất đề nghị ${tierLabel(decision.tier_code)}${decision.note ? ` (${decision.note})` : ''}.`;
    };
    const minutesEntries: MinutesEntry[] = result.entries.map((entry) => {
      const own = sheets
        .filter((sheet) => sheet.entryId === entry.entryId)
        .map((sheet) => ({
          judge: pseudonyms.get(sheet.judgeId) ?? 'GK??',
          total: Number(sheet.total),
        }))
        .sort((a, b) => a.judge.localeCompare(b.judge));
      return {
        code: info.get(entry.entryId)?.code ?? '',
        categoryName: info.get(entry.entryId)?.category ?? '',
        sheetTotals: own,
        total: entry.total,
        rank: entry.rank,
        flags: entry.flags,
        resolution: entry.flags.length ? resolution(entry.entryId) : null,
      };
    });
    const codeOf = (id: string) => info.get(id)?.code ?? '';
    const proposal = later[0]
      ? {
          heading: `ĐỀ XUẤT: ĐƯA ${advanced.size} TÁC PHẨM VÀO ${later[0].name.toLocaleUpperCase('vi')}`,
          lines: [
            [...advanced].map(codeOf).filter(Boolean).sort().join(', ') ||
              'Chưa có tác phẩm nào được đưa vào vòng sau.',
          ],
        }
      : {
          heading: 'ĐỀ XUẤT GIẢI',
          lines: award.prizeTiers
            .map((tier) => {
              const codes = decisions
                .filter(
                  (decision) => decision.tier_code === tier.code && decision.standing === 'awarded',
                )
                .map((decision) => codeOf(decision.entry_id))
                .filter(Boolean)
                .sort();
              return codes.length ? `- ${tier.label} (${codes.length}): ${codes.join(', ')}.` : '';
            })
            .filter(Boolean),
        };
    if (!proposal.lines.length) proposal.lines.push('Chưa có đề xuất giải.');
    const council = await this.councils.councilView(round.id);
    return {
      title: `${DOCUMENT_TITLES.round_minutes}: ${round.name}`,
      snapshotHash: closed.after.snapshotHash,
      defaultIssuedOn: vietnamCalendarDate(new Date(closed.at)),
      model: (reference, issuedOn) =>
        roundMinutesModel(
          documentAward,
          { reference, issuedOn },
          {
            roundName: round.name,
            council,
            closedAt: new Date(closed.at).toISOString(),
            snapshotHash: closed.after.snapshotHash,
            judges: pseudonyms.size,
            sheets: sheets.length,
            maxTotal,
            expectedSheets: round.judgesPerEntry,
            entries: minutesEntries,
            proposal,
          },
        ),
    };
  }

  /** The steering committee's approvals of the list as it is now, for the decision's "Căn cứ" line. */
  private async steeringApproval(awardId: string): Promise<SteeringApproval | null> {
    const approvals = await this.approvals.currentApprovals(awardId);
    const latest = approvals[0];
    if (!latest) return null;
    const { day, month, year } = vietnamDateParts(new Date(latest.approvedAt));
    return { members: approvals.length, approvedOn: `${day}/${month}/${year}` };
  }

  /** The awarded works in tier order (then by code) with their authors and money, and the collective prizes. */
  private async prizeList(award: Award): Promise<PrizeListInput> {
    const rows: {
      entry_id: string;
      code: string | null;
      title: string;
      category: string;
      tier_code: string | null;
      topic_prizes: string[];
      outlet: string | null;
    }[] = await this.db.query(
      `SELECT p.entry_id, e.code, e.title, c.name AS category, p.tier_code, p.topic_prizes,
              (SELECT outlet FROM entry_parts ep WHERE ep.entry_id = e.id ORDER BY ep.index LIMIT 1) AS outlet
         FROM prize_decisions p JOIN entries e ON e.id = p.entry_id JOIN categories c ON c.id = e.category_id
        WHERE p.award_id = $1 AND p.standing = 'awarded'
          AND (p.tier_code IS NOT NULL OR jsonb_array_length(p.topic_prizes) > 0)`,
      [award.id],
    );
    if (!rows.length) throw new AppException('DOCUMENT_NOT_READY');
    const authors: {
      entry_id: string;
      full_name: string;
      pen_name: string | null;
      organization_name: string | null;
    }[] = await this.db.query(
      `SELECT entry_id, full_name, pen_name, organization_name FROM entry_authors
          WHERE entry_id = ANY($1::uuid[]) ORDER BY entry_id, index`,
      [rows.map((row) => row.entry_id)],
    );
    const tierOrder = new Map(award.prizeTiers.map((tier, index) => [tier.code, index]));
    const topics = new Map(award.topicPrizes.map((topic) => [topic.code, topic]));
    const prizes = rows
      .map((row) => {
        const tier = award.prizeTiers.find((candidate) => candidate.code === row.tier_code);
        const topicPrizes = row.topic_prizes.map((code) => topics.get(code));
        // A work's money: its tier's and each topic prize's (a topic prize is paid on top).
        const amounts = [tier?.prizeMoney, ...topicPrizes.map((topic) => topic?.prizeMoney)].filter(
          (amount): amount is number => typeof amount === 'number',
        );
        return {
          code: row.code ?? '',
          title: row.title,
          categoryName: row.category,
          authors: authors
            .filter((author) => author.entry_id === row.entry_id)
            .map((author) => ({
              fullName: author.full_name,
              penName: author.pen_name,
              organizationName: author.organization_name,
            })),
          outlet: row.outlet ?? '',
          tierCode: row.tier_code ?? '',
          // A topic prize alone is listed under its own name.
          tierLabel: tier?.label ?? row.tier_code ?? topicPrizes[0]?.label ?? '',
          prizeMoney: amounts.length ? amounts.reduce((sum, amount) => sum + amount, 0) : null,
          topicPrizes: row.topic_prizes.map((code, index) => topicPrizes[index]?.label ?? code),
        };
      })
      .sort(
        (a, b) =>
          (tierOrder.get(a.tierCode) ?? 99) - (tierOrder.get(b.tierCode) ?? 99) ||
          a.code.localeCompare(b.code),
      );
    const collective = await this.db.getRepository(CollectivePrize).find({
      where: { awardId: award.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      prizes,
      collective: collective.map((prize) => ({
        organizationName: prize.organizationName,
        tierLabel: COLLECTIVE_PRIZE_TIER_LABELS[prize.tierCode] ?? prize.tierCode,
        citation: prize.citation,
        prizeMoney: null,
      })),
      tiers: [
        ...award.prizeTiers.map((tier) => ({
          label: tier.label,
          count: prizes.filter((prize) => prize.tierCode === tier.code).length,
          prizeMoney: tier.prizeMoney ?? null,
        })),
        ...award.topicPrizes.map((topic) => ({
          label: topic.label,
          count: rows.filter((row) => row.topic_prizes.includes(topic.code)).length,
          prizeMoney: topic.prizeMoney ?? null,
        })),
      ],
    };
  }

  /** Each author's share of each awarded work's money, split by the award's rule. */
  private async paymentRows(award: Award, documentAward: DocumentAward): Promise<PaymentRow[]> {
    const list = await this.prizeList(award);
    return list.prizes
      .filter((prize) => prize.prizeMoney)
      .flatMap((prize) => {
        const shares = splitPrize(
          prize.prizeMoney ?? 0,
          prize.authors.length,
          documentAward.institution.prizeSplit,
        );
        return prize.authors
          .map((author, index) => ({
            code: prize.code,
            title: prize.title,
            tierLabel: prize.tierLabel,
            workPrize: prize.prizeMoney ?? 0,
            recipient: author.fullName,
            penName: author.penName,
            organizationName: author.organizationName,
            amount: shares[index] ?? 0,
          }))
          .filter((row) => row.amount > 0);
      });
  }
}
