import { Module } from '@nestjs/common';

import { PrivacyGuardService } from './privacy-guard.service';

/** The pupil-data guard, for every feature that saves text a member wrote. */
@Module({
  providers: [PrivacyGuardService],
  exports: [PrivacyGuardService],
})
export class PrivacyModule {}
