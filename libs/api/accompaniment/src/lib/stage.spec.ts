import { AccompanimentStage, stageOf } from './accompaniment.entity';

describe('the stage of a development path', () => {
  it('follows the reached milestones: none begun, under half, half or more, all', () => {
    expect(stageOf(6, 0, 0)).toBe(AccompanimentStage.NOT_STARTED);
    expect(stageOf(6, 0, 1)).toBe(AccompanimentStage.STARTED);
    expect(stageOf(6, 2, 0)).toBe(AccompanimentStage.STARTED);
    expect(stageOf(6, 3, 0)).toBe(AccompanimentStage.ADVANCED);
    expect(stageOf(6, 5, 1)).toBe(AccompanimentStage.ADVANCED);
    expect(stageOf(6, 6, 0)).toBe(AccompanimentStage.ANCHORED);
    expect(stageOf(1, 1, 0)).toBe(AccompanimentStage.ANCHORED);
  });
});
