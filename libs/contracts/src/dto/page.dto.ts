import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PAGE_SIZE_MAX } from '../limits';
import { Field } from './compose';

/** `?page=`: a page number, 1 when absent. */
export const PageNumber = () =>
  Field(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100_000),
  );
/** `?pageSize=`: how many items a page, up to PAGE_SIZE_MAX; each query sets its default. */
export const PageSize = () =>
  Field(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(PAGE_SIZE_MAX),
  );

export class PageQueryDto {
  @PageNumber()
  page = 1;

  @PageSize()
  pageSize = 20;
}
