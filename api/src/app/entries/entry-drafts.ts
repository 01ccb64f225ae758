/** What saving a draft writes besides the entry row: its category check, parts and authors. */
import type { EntryAuthorDto, EntryPartDto } from '@press-award/contracts/dto';
import { normalizePersonName } from '@press-award/domain';
import { In, type EntityManager } from 'typeorm';
import { AppException } from '../../infra/http/app-exception';
import type { Award } from '../awards/entities/award.entity';
import { Category } from '../awards/entities/category.entity';
import { User } from '../users/entities/user.entity';
import { EntryAuthor } from './entities/entry-author.entity';
import { EntryPart } from './entities/entry-part.entity';

export async function categoryOf(
  manager: EntityManager,
  award: Award,
  categoryId: string,
): Promise<Category> {
  const category = await manager
    .getRepository(Category)
    .findOneBy({ id: categoryId, awardId: award.id });
  if (!category)
    throw new AppException('CATEGORY_NOT_IN_AWARD', [
      {
        field: 'categoryId',
        code: 'CATEGORY_NOT_IN_AWARD',
        message: 'The category does not belong to this award.',
      },
    ]);
  return category;
}

export async function replaceParts(
  manager: EntityManager,
  entryId: string,
  parts: EntryPartDto[],
): Promise<void> {
  await manager.getRepository(EntryPart).delete({ entryId });
  await manager.getRepository(EntryPart).insert(
    parts.map((part, index) => ({
      entryId,
      index,
      title: part.title,
      outlet: part.outlet,
      publishedAt: part.publishedAt,
      url: part.url ?? null,
    })),
  );
}

/** Links authors to accounts: the submitter by email, others when their email matches an account. */
export async function replaceAuthors(
  manager: EntityManager,
  entryId: string,
  authors: EntryAuthorDto[],
  submitterId: string,
): Promise<void> {
  const emails = authors.map((author) => author.email).filter((email): email is string => !!email);
  const accounts = emails.length
    ? await manager
        .getRepository(User)
        .find({ where: { email: In(emails) }, select: { id: true, email: true } })
    : [];
  const submitter = await manager
    .getRepository(User)
    .findOneOrFail({ where: { id: submitterId }, select: { id: true, fullName: true } });
  const submitterName = normalizePersonName(submitter.fullName);
  await manager.getRepository(EntryAuthor).delete({ entryId });
  await manager.getRepository(EntryAuthor).insert(
    authors.map((author, index) => ({
      entryId,
      index,
      userId:
        accounts.find((account) => account.email === author.email)?.id ??
        (!author.email && normalizePersonName(author.fullName) === submitterName
          ? submitterId
          : null),
      fullName: author.fullName,
      normalizedName: normalizePersonName(author.fullName),
      penName: author.penName ?? null,
      role: author.role ?? null,
      organizationName: author.organizationName ?? null,
      email: author.email ?? null,
      dateOfBirth: author.dateOfBirth ?? null,
      overseas: author.overseas ?? false,
    })),
  );
}
