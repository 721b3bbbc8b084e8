import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, type ManifestInputs } from '../../scripts/check-manifest';
import { drawIcon, iconFile, ICON_NAMES, ICON_SIZES } from '../../scripts/draw-icons';
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

/** The functions the manifest itself names: for the checks of everything but registration. */
const MANIFEST_FUNCTIONS = [...MANIFEST.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);

const inputs = (overrides?: Record<string, Uint8Array>): ManifestInputs => ({ registeredFunctions: MANIFEST_FUNCTIONS, readUrl: fromRepo(overrides) });

describe('manifest.xml, checked offline', () => {
  it('passes every check', () => {
    expect(checkManifest(MANIFEST, inputs())).toEqual([]);
  });

  it('names only functions the commands code registers', () => {
    expect(checkManifest(MANIFEST, { ...inputs(), registeredFunctions: registeredFunctions() })).toEqual([]);
  });

  it('declares the Workbook host, ReadWriteDocument and ExcelApi 1.9', () => {
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });

  it('fails when a button calls a function the commands code does not register', () => {
    const wrong = MANIFEST.replace('<FunctionName>rateThisQuarter</FunctionName>', '<FunctionName>rateQuarter</FunctionName>');
    expect(checkManifest(wrong, inputs())).toEqual(['ExecuteFunction rateQuarter is not registered with Office.actions.associate']);
    expect(checkManifest(wrong, { ...inputs(), registeredFunctions: registeredFunctions() })).toContain('ExecuteFunction rateQuarter is not registered with Office.actions.associate');
  });

  it('has four buttons, each with its own function or the pane, and its own icon at all eight sizes', () => {
    const buttons = [...MANIFEST.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    const actions = buttons.map(([, id, body]) => `${id} ${/<FunctionName>(\w+)</.exec(body)?.[1] ?? (/ShowTaskpane/.test(body) ? 'pane' : '?')}`);
    expect(actions).toEqual(['Scorecard.Rate rateThisQuarter', 'Scorecard.Validate validateScorecard', 'Scorecard.Clear clearRatings', 'Scorecard.Pane pane']);
    const labels = buttons.map(([, , body]) => /<Label resid="([^"]+)"/.exec(body)![1]);
    const text = (id: string) => new RegExp(`<bt:String id="${id}" DefaultValue="([^"]+)"`).exec(MANIFEST)?.[1];
    expect(labels.map(text)).toEqual(['Rate this quarter', 'Validate', 'Clear ratings', 'Scorecard pane']);
    for (const [, id, body] of buttons) {
      expect(`${id} ${[...body.matchAll(/<bt:Image size="(\d+)"/g)].map((m) => m[1]).join(',')}`).toBe(`${id} ${ICON_SIZES.join(',')}`);
    }
  });

  it('fails when two buttons share an icon', () => {
    const shared = MANIFEST.replace('<bt:Image size="32" resid="Clear.Icon.32"/>', '<bt:Image size="32" resid="Rate.Icon.32"/>');
    expect(checkManifest(shared, inputs())).toEqual(['button Scorecard.Clear shares its 32 px icon with button Scorecard.Rate: each button needs its own']);
    // The same picture under another file name is still shared.
    const copy = { [`${DEV}assets/clear-48.png`]: readFileSync(join(ROOT, 'assets/validate-48.png')) };
    expect(checkManifest(MANIFEST, inputs(copy))).toEqual(['button Scorecard.Clear shares its 48 px icon with button Scorecard.Validate: each button needs its own']);
  });

  it('fails when a button lacks one of the eight sizes', () => {
    const without = MANIFEST.replace('                    <bt:Image size="20" resid="Validate.Icon.20"/>\n', '');
    expect(checkManifest(without, inputs())).toEqual(['button Scorecard.Validate has no icon at 20 px (Office asks for 16, 20, 24, 32, 40, 48, 64, 80)']);
  });

  it('fails when an icon has the wrong pixel size', () => {
    const bad = { [`${DEV}assets/icon-32.png`]: encodePng(drawIcon(16)) };
    expect(checkManifest(MANIFEST, inputs(bad))).toEqual(
      expect.arrayContaining(['IconUrl: https://localhost:3000/assets/icon-32.png is 16x16, not 32x32', 'icon Scorecard.Icon.32 (size 32): https://localhost:3000/assets/icon-32.png is 16x16, not 32x32']),
    );
  });

  it('fails when an icon file is missing', () => {
    const missing = MANIFEST.replace(/assets\/pane-80\.png/, 'assets/pane-81.png');
    expect(checkManifest(missing, inputs())).toEqual(['icon Pane.Icon.80 (size 80): https://localhost:3000/assets/pane-81.png does not exist']);
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
    for (const name of ICON_NAMES) {
      for (const size of ICON_SIZES) {
        const bytes = readFileSync(join(ROOT, 'assets', iconFile(name, size)));
        expect(pngSize(bytes)).toEqual({ width: size, height: size });
        expect(`${name}-${size} ${bytes.equals(encodePng(drawIcon(size, name)))}`).toBe(`${name}-${size} true`);
      }
    }
  });

  it('draws icons that differ from each other and read on light and dark ribbons', () => {
    // WCAG's relative luminance and contrast ratio, against Office's light (white) and dark (#1F1F1F) ribbons.
    const lum = (r: number, g: number, b: number) =>
      [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    for (const size of ICON_SIZES) {
      const icons = ICON_NAMES.map((name) => drawIcon(size, name).data);
      for (let i = 0; i < icons.length; i++) {
        for (let j = i + 1; j < icons.length; j++) {
          let differ = 0;
          for (let p = 0; p < icons[i].length; p += 4) if (Math.abs(icons[i][p + 3] - icons[j][p + 3]) > 128 || Math.abs(icons[i][p] - icons[j][p]) > 64) differ++;
          expect(`${ICON_NAMES[i]}/${ICON_NAMES[j]} at ${size}: ${differ / (size * size) > 0.2}`).toBe(`${ICON_NAMES[i]}/${ICON_NAMES[j]} at ${size}: true`);
        }
      }
      for (const [n, data] of icons.entries()) {
        for (const background of [lum(255, 255, 255), lum(0x1f, 0x1f, 0x1f)]) {
          let legible = 0;
          let drawn = 0;
          for (let p = 0; p < data.length; p += 4) {
            if (data[p + 3] <= 200) continue;
            drawn++;
            if (contrast(lum(data[p], data[p + 1], data[p + 2]), background) >= 3) legible++;
          }
          // At least a fifth of what is drawn stands out from the ribbon by WCAG's 3:1 for graphics.
          expect(`${ICON_NAMES[n]} at ${size}: ${legible / drawn >= 0.2}`).toBe(`${ICON_NAMES[n]} at ${size}: true`);
        }
      }
    }
  });
});
