import { TAXONOMY } from '@deelwijs/taxonomy';
import { IsIn } from 'class-validator';

export const JOB_ROLE_SLUGS = TAXONOMY.roles.map((role) => role.slug);

/** A job-role slug from the taxonomy (leerkracht, intern-begeleider, …). */
export const IsJobRole = () => IsIn(JOB_ROLE_SLUGS);
