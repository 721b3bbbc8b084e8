import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import type { RuleIssue, RuleSet } from '../../engine';
import { plainIssue, RULES_FILE_NAME, rulesFromJson, rulesToJson } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  button: { minWidth: 0, maxWidth: '100%' },
  bar: { overflowWrap: 'break-word' },
  hidden: { display: 'none' },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface RulesTransferProps {
  rules: RuleSet;
  disabled: boolean;
  download(fileName: string, text: string, mimeType: string): void;
  /** An imported file that passed the schema: save it into the workbook. */
  onImport(rules: RuleSet, fileName: string): Promise<boolean>;
}

/** Export the rules as the JSON file `scorecard rate --rules` reads, and import one checked with the same schema. */
export function RulesTransfer(props: RulesTransferProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [issues, setIssues] = useState<{ file: string; issues: RuleIssue[] } | null>(null);

  async function picked(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = rulesFromJson(await file.text());
    if (!result.success) {
      setIssues({ file: file.name, issues: result.issues });
      return;
    }
    setIssues(null);
    await props.onImport(result.rules, file.name);
  }

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button className={styles.button} size="small" icon={<ArrowDownloadRegular />} onClick={() => props.download(RULES_FILE_NAME, rulesToJson(props.rules), 'application/json')}>
          Export rules (JSON)
        </Button>
        <Button className={styles.button} size="small" icon={<ArrowUploadRegular />} onClick={() => input.current?.click()} disabled={props.disabled}>
          Import rules (JSON)
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className={styles.hidden}
          onChange={picked}
          aria-label="Rules file to import"
          tabIndex={-1}
          data-testid="rules-file-input"
        />
      </div>
      {issues && (
        <MessageBar intent="error" layout="multiline" data-testid="import-issues" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>{issues.file} was not imported</MessageBarTitle> Fix these and import it again:
            <ul className={styles.issues}>
              {issues.issues.map((i) => {
                const p = plainIssue(i);
                return (
                  <li key={`${i.path}-${i.message}`}>
                    {p.where} {p.what}.
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
