import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, type ManifestInputs } from '../../scripts/check-manifest';
import { drawIcon } from '../../scripts/draw-icons';
import { encodePng, pngSize } from '../../scripts/png';
import { registerCommands } from '../../src/commands';
import { createFakeExcel, createFakeOffice } from '../support/fake-excel';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV = 'https://localhost:3000/';

/** The functions the commands code really registers, found by running it against the fake Office. */
function registeredFunctions(): string[] {
  const office = createFakeOffice();
  registerCommands(office.office, { run: createFakeExcel({ sheets: [] }).run, isSetSupported: () => true }, `${DEV}message.html`);
  return [...office.actions.keys()];
}

/** Serves manifest URLs from the repo, as the dev server does (assets/ is copied as is). */
const fromRepo = (overrides: Record<string, Uint8Array> = {}): ManifestInputs['readUrl'] => (url) => {
  if (overrides[url]) return overrides[url];
  if (!url.startsWith(DEV)) return null;
  const file = join(ROOT, url.slice(DEV.length));
  return existsSync(file) ? readFileSync(file) : null;
};

const inputs = (overrides?: Record<string, Uint8Array>): ManifestInputs => ({ registeredFunctions: registeredFunctions(), readUrl: fromRepo(overrides) });

describe('manifest.xml, checked offline', () => {
  it('passes every check', () => {
    expect(checkManifest(MANIFEST, inputs())).toEqual([]);
  });

  it('declares the Workbook host, ReadWriteDocument and ExcelApi 1.9', () => {
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });

  it('fails when a button calls a function the commands code does not register', () => {
    const wrong = MANIFEST.replace('<FunctionName>rateThisQuarter</FunctionName>', '<FunctionName>rateQuarter</FunctionName>');
    expect(checkManifest(wrong, inputs())).toEqual(['ExecuteFunction rateQuarter is not registered with Office.actions.associate']);
  });

  it('fails when an icon has the wrong pixel size', () => {
    const bad = { [`${DEV}assets/icon-32.png`]: encodePng(drawIcon(16)) };
    expect(checkManifest(MANIFEST, inputs(bad))).toEqual(
      expect.arrayContaining(['IconUrl: https://localhost:3000/assets/icon-32.png is 16x16, not 32x32', 'icon Icon.32x32 (size 32): https://localhost:3000/assets/icon-32.png is 16x16, not 32x32']),
    );
  });

  it('fails when an icon file is missing', () => {
    const missing = MANIFEST.replace(/assets\/icon-80\.png/, 'assets/icon-81.png');
    expect(checkManifest(missing, inputs())).toEqual(expect.arrayContaining(['icon Icon.80x80 (size 80): https://localhost:3000/assets/icon-81.png does not exist']));
  });

  it('fails on an http URL', () => {
    const http = MANIFEST.replace('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>');
    expect(checkManifest(http, inputs())).toEqual(['http://localhost:3000/taskpane.html (in <SourceLocation>) must be https']);
  });

  it('fails when elements are out of the schema’s order', () => {
    const moved = MANIFEST.replace('  <Permissions>ReadWriteDocument</Permissions>\n', '').replace('  <Hosts>\n    <Host Name="Workbook"/>', '  <Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name="Workbook"/>');
    expect(checkManifest(moved, inputs())).toEqual(['<Hosts> must come before <Permissions> in <OfficeApp>', '<Requirements> must come before <Permissions> in <OfficeApp>', '<DefaultSettings> must come before <Permissions> in <OfficeApp>']);
    const button = MANIFEST.replace(/(<Control xsi:type="Button" id="Scorecard.Rate">\n)(\s*<Label resid="Rate.Label"\/>\n)(\s*<Supertip>[\s\S]*?<\/Supertip>\n)/, '$1$3$2');
    expect(checkManifest(button, inputs())).toEqual(['<Label> must come before <Supertip> in <Control>']);
  });

  it('fails on a resource id that does not exist', () => {
    const dangling = MANIFEST.replace('<Label resid="Clear.Label"/>', '<Label resid="Clear.Lable"/>');
    expect(checkManifest(dangling, inputs())).toEqual(['<Label resid="Clear.Lable"> names no resource']);
  });

  it('ships icons drawn by the project script, at the sizes it declares', () => {
    for (const size of [16, 32, 64, 80]) {
      const bytes = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect(pngSize(bytes)).toEqual({ width: size, height: size });
      expect(bytes.equals(encodePng(drawIcon(size)))).toBe(true);
    }
  });
});
