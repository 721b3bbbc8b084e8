import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Flag, RunReport, Severity } from '../../engine';
import { findingLocation, findingTarget, fitness, groupFindings } from '../model';

const ICONS: Record<Severity, JSX.Element> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, width: '100%', height: 'auto' },
  where: { fontWeight: tokens.fontWeightSemibold },
});

/** Validate's findings, fit-to-circulate first, grouped by severity; each finding selects its cell. */
export function FindingsPanel(props: { report: RunReport; onSelect(flag: Flag): void }) {
  const styles = useStyles();
  const fit = fitness(props.report);
  const groups = groupFindings(props.report.flags);
  return (
    <div className={styles.root} data-testid="findings">
      <MessageBar intent={fit.fit ? 'success' : 'error'} layout="multiline" data-testid="fitness">
        <MessageBarBody>
          <MessageBarTitle>{fit.title}</MessageBarTitle> {fit.detail}
        </MessageBarBody>
      </MessageBar>
      {groups.map((g) => (
        <div key={g.severity} data-severity={g.severity}>
          <Subtitle2 as="h3">
            {g.title} ({g.flags.length})
          </Subtitle2>
          <ul className={styles.list}>
            {g.flags.map((f, i) => {
              const where = findingLocation(f);
              return (
                <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    icon={ICONS[f.severity]}
                    disabled={!findingTarget(f)}
                    onClick={() => props.onSelect(f)}
                    data-testid="finding"
                    data-cell={f.cell}
                    data-sheet={f.sheet}
                    data-code={f.code}
                  >
                    <span>
                      <span className={styles.where}>
                        {where}
                        {f.ref ? ` (${f.ref})` : ''}:
                      </span>{' '}
                      {f.message}
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {groups.length === 0 && <Text>No findings.</Text>}
    </div>
  );
}
