import { Injectable } from '@nestjs/common';

/** The time every rule of this domain reads; tests replace `now` to control it. */
@Injectable()
export class EvaluationClock {
  now(): Date {
    return new Date();
  }
}
