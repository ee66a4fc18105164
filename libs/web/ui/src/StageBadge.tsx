import { Badge } from '@mantine/core';
import { PATHWAY_STAGE_LABELS, PathwayStage } from '@tremplin/domain';

const COLORS: Record<PathwayStage, string> = {
  [PathwayStage.RECRUITMENT]: 'grape',
  [PathwayStage.TRAINING]: 'blue',
  [PathwayStage.SECURING]: 'teal',
  [PathwayStage.EXITED]: 'gray',
};

/** The pathway stage of a person, with the sector's words. */
export function StageBadge({ stage }: { stage: string }) {
  const known = stage in PATHWAY_STAGE_LABELS ? (stage as PathwayStage) : null;
  return (
    <Badge variant="outline" color={known ? `${COLORS[known]}.9` : 'gray.9'} radius="sm" tt="none" fw={600}>
      {known ? PATHWAY_STAGE_LABELS[known] : stage}
    </Badge>
  );
}
