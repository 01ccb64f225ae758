import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AwardResponse,
  AwardSummary,
  CategoryResponse,
  Page,
  PublicAwardResponse,
} from '@press-award/contracts';
import {
  ChangeAwardStatusDto,
  CreateAwardDto,
  CreateCategoryDto,
  PageQueryDto,
  UpdateAwardDto,
  UpdateCategoryDto,
} from '@press-award/contracts/dto';
import { Authorize, CurrentUser, Public } from '../auth/decorators/access.decorators';
import type { AuthUser } from '../auth/auth.types';
import { ResultsService } from '../results/results.service';
import { AwardsService } from './awards.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('awards')
@Controller()
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly results: ResultsService,
  ) {}

  @Authorize('award:create')
  @Post('awards')
  @ApiOperation({ summary: 'Create an award edition (draft); the creator becomes its organizer' })
  @ApiCreatedResponse({ description: 'The award' })
  create(@Body() body: CreateAwardDto, @CurrentUser() user: AuthUser): Promise<AwardResponse> {
    return this.awards.create(body, user.id);
  }

  @Authorize('award:list-managed')
  @Get('awards')
  @ApiOperation({ summary: 'Awards the caller is a member of (all awards for the admin)' })
  list(@Query() query: PageQueryDto, @CurrentUser() user: AuthUser): Promise<Page<AwardSummary>> {
    return this.awards.listManaged(user.id, user.isAdmin, query.page, query.pageSize);
  }

  @Authorize('award:read')
  @Get('awards/:awardId')
  @ApiNotFoundResponse({ description: 'NOT_FOUND (also for a draft the caller may not see)' })
  get(@Param('awardId', uuid) awardId: string): Promise<AwardResponse> {
    return this.awards.get(awardId);
  }

  @Authorize('award:update')
  @Patch('awards/:awardId')
  @ApiOperation({
    summary:
      'Edit an award: fields, rules (merged, then validated whole), prize tiers, topic prizes',
  })
  update(
    @Param('awardId', uuid) awardId: string,
    @Body() body: UpdateAwardDto,
  ): Promise<AwardResponse> {
    return this.awards.update(awardId, body);
  }

  @Authorize('award:status')
  @Post('awards/:awardId/status')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the award along draft → open → closed → judging → decided → published',
  })
  @ApiConflictResponse({ description: 'AWARD_STATUS_TRANSITION_INVALID / AWARD_NOT_READY_TO_OPEN' })
  async changeStatus(
    @Param('awardId', uuid) awardId: string,
    @Body() body: ChangeAwardStatusDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AwardResponse> {
    // Publication has one path whichever endpoint asks for it: freeze, notify, make public.
    if (body.status === 'published') {
      await this.results.publish(awardId, user.id);
      return this.awards.get(awardId);
    }
    return this.awards.changeStatus(awardId, body, user.id);
  }

  @Authorize('category:write')
  @Post('awards/:awardId/categories')
  @ApiConflictResponse({ description: 'CATEGORY_CODE_TAKEN / CATEGORY_MEDIA_TYPE_NOT_ALLOWED' })
  addCategory(
    @Param('awardId', uuid) awardId: string,
    @Body() body: CreateCategoryDto,
  ): Promise<CategoryResponse> {
    return this.awards.addCategory(awardId, body);
  }

  @Authorize('category:write')
  @Patch('awards/:awardId/categories/:categoryId')
  updateCategory(
    @Param('awardId', uuid) awardId: string,
    @Param('categoryId', uuid) categoryId: string,
    @Body() body: UpdateCategoryDto,
  ): Promise<CategoryResponse> {
    return this.awards.updateCategory(awardId, categoryId, body);
  }

  @Authorize('category:write')
  @Delete('awards/:awardId/categories/:categoryId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a category (draft awards only)' })
  async removeCategory(
    @Param('awardId', uuid) awardId: string,
    @Param('categoryId', uuid) categoryId: string,
  ): Promise<void> {
    await this.awards.removeCategory(awardId, categoryId);
  }

  @Public()
  @Get('public/awards')
  @ApiOperation({ summary: 'Every award past draft, with its status and public rules' })
  listPublic(@Query() query: PageQueryDto): Promise<Page<PublicAwardResponse>> {
    return this.awards.listPublic(query.page, query.pageSize);
  }

  @Public()
  @Get('public/awards/:awardId')
  @ApiNotFoundResponse({ description: 'AWARD_NOT_FOUND (drafts are never public)' })
  getPublic(@Param('awardId', uuid) awardId: string): Promise<PublicAwardResponse> {
    return this.awards.getPublic(awardId);
  }
}
