import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../../../../platform/web';
import type { CaseView } from '../../api/cases';
import { planQuery } from '../../api/plan';
import { AssessmentsSection } from './AssessmentsSection';
import { GoalsSection } from './GoalsSection';
import { InterventionsSection } from './InterventionsSection';

/** Progetto: assessments, goals and interventions; editing only when the plan says `canPlan`. */
export function PlanTab({ c }: { c: CaseView }) {
  const plan = useQuery(planQuery(c.id));
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const canPlan = p.canPlan && c.access.can.plan && c.status !== 'closed';
  return (
    <>
      <AssessmentsSection caseId={c.id} items={p.assessments} canPlan={canPlan} />
      <GoalsSection caseId={c.id} items={p.goals} canPlan={canPlan} />
      <InterventionsSection c={c} items={p.interventions} canPlan={canPlan} />
    </>
  );
}
