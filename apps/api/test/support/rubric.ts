/**
 * The `setRubric` input the grading tests share: two required criteria (three and two levels) and
 * an optional one, each level described by `descriptor`.
 */
export function sampleRubricInput(moduleId: string, descriptor: (label: string) => string = () => '') {
  const level = (label: string, points: number) => ({ label, points, descriptor: descriptor(label) });
  return {
    moduleId,
    criteria: [
      { title: 'Analyse des Konflikts', required: true, levels: [level('nicht erfüllt', 0), level('erfüllt', 2), level('übertroffen', 3)] },
      { title: 'Bezug zur Kommune', required: true, levels: [level('nicht erfüllt', 0), level('erfüllt', 2)] },
      { title: 'Form', required: false, levels: [level('ausbaufähig', 0), level('gut', 1)] },
    ],
  };
}
