/**
 * Offline checks of manifest.xml that Office would otherwise only report by refusing to load the
 * add-in: function commands registered in code, icons present at the sizes declared, https URLs,
 * resource ids that resolve, and child elements in the order the schema's sequences require.
 * (`npm run validate` runs Microsoft's full validator, which needs its web service.)
 */
import { ICON_SIZES } from './draw-icons';
import { pngSize } from './png';
import { parseXml, walk, type XmlElement } from './tiny-xml';

export interface ManifestInputs {
  /** Function names the commands code registers with Office.actions.associate. */
  registeredFunctions: Iterable<string>;
  /** The bytes behind a manifest URL (served from this repo), or null when there is no such file. */
  readUrl(url: string): Uint8Array | null;
}

/**
 * Child order per parent, from the XSD sequences (OfficeAppManifestV1_1.xsd for TaskPaneApp,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd). Keyed by the element name,
 * or `Parent/xsi:type` where the type decides.
 */
export const ELEMENT_ORDER: Record<string, string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  OfficeTab: ['Group'],
  CustomTab: ['Group', 'Label'],
  Group: ['Label', 'Icon', 'Control'],
  'Control/Button': ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  'Action/ShowTaskpane': ['TaskpaneId', 'SourceLocation', 'Title'],
  'Action/ExecuteFunction': ['FunctionName'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

const RESOURCE_KINDS: Record<string, string> = { 'bt:Images': 'image', 'bt:Urls': 'url', 'bt:ShortStrings': 'short', 'bt:LongStrings': 'long' };

/** Problems found, in plain words; empty when the manifest passes. */
export function checkManifest(xml: string, inputs: ManifestInputs): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [(e as Error).message];
  }
  if (root.name !== 'OfficeApp' || root.attributes['xsi:type'] !== 'TaskPaneApp') problems.push('the root must be <OfficeApp xsi:type="TaskPaneApp">');

  // Order of children.
  walk(root, (el) => {
    const key = ELEMENT_ORDER[`${el.name}/${el.attributes['xsi:type']}`] ? `${el.name}/${el.attributes['xsi:type']}` : el.name;
    const order = ELEMENT_ORDER[key];
    if (!order) return;
    let last = -1;
    for (const child of el.children) {
      const index = order.indexOf(child.name);
      if (index < 0) problems.push(`<${child.name}> is not a valid child of <${el.name}>`);
      else if (index < last) problems.push(`<${child.name}> must come before <${order[last]}> in <${el.name}>`);
      else last = index;
    }
  });

  // Resources by id.
  const resources = new Map<string, { kind: string; value: string }>();
  walk(root, (el, parent) => {
    if (parent && RESOURCE_KINDS[parent.name] && el.attributes.id) resources.set(el.attributes.id, { kind: RESOURCE_KINDS[parent.name], value: el.attributes.DefaultValue ?? '' });
  });
  walk(root, (el, parent) => {
    const resid = el.attributes.resid;
    if (!resid) return;
    const res = resources.get(resid);
    if (!res) problems.push(`<${el.name} resid="${resid}"> names no resource`);
    else if (el.name === 'bt:Image' && res.kind !== 'image') problems.push(`icon ${resid} is not a bt:Image resource`);
    else if (parent?.name === 'Supertip' && el.name === 'Description' && res.kind !== 'long') problems.push(`supertip description ${resid} must be a bt:LongStrings resource`);
  });

  // URLs are https.
  walk(root, (el) => {
    for (const [name, value] of Object.entries(el.attributes)) {
      if (name === 'DefaultValue' && /^[a-z]+:\/\//i.test(value) && !value.startsWith('https://')) problems.push(`${value} (in <${el.name}>) must be https`);
    }
    if (el.name === 'AppDomain' && !el.text.startsWith('https://')) problems.push(`app domain ${el.text} must be https`);
  });

  // Icons exist at the declared sizes.
  const checkIcon = (url: string, size: number, where: string) => {
    const bytes = inputs.readUrl(url);
    if (!bytes) return problems.push(`${where}: ${url} does not exist`);
    const dims = pngSize(bytes);
    if (!dims) problems.push(`${where}: ${url} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) problems.push(`${where}: ${url} is ${dims.width}x${dims.height}, not ${size}x${size}`);
  };
  const top = (name: string) => root.children.find((c) => c.name === name)?.attributes.DefaultValue;
  const iconUrl = top('IconUrl');
  const highRes = top('HighResolutionIconUrl');
  if (iconUrl) checkIcon(iconUrl, 32, 'IconUrl');
  if (highRes) checkIcon(highRes, 64, 'HighResolutionIconUrl');
  walk(root, (el, parent) => {
    if (el.name !== 'bt:Image' || parent?.name !== 'Icon') return;
    const res = resources.get(el.attributes.resid);
    if (res) checkIcon(res.value, Number(el.attributes.size), `icon ${el.attributes.resid} (size ${el.attributes.size})`);
  });

  // Every group and button has an icon at each size Office asks for, and no two buttons share one
  // (by resource, by URL or by the picture itself), so each button is told apart at a glance.
  const seen = new Map<string, string>();
  walk(root, (el) => {
    const owner = el.name === 'Group' ? `group ${el.attributes.id}` : el.name === 'Control' ? `button ${el.attributes.id}` : '';
    if (!owner) return;
    const images = el.children.find((c) => c.name === 'Icon')?.children.filter((c) => c.name === 'bt:Image') ?? [];
    const sizes = new Set(images.map((i) => Number(i.attributes.size)));
    const missing = ICON_SIZES.filter((z) => !sizes.has(z));
    if (missing.length) problems.push(`${owner} has no icon at ${missing.join(', ')} px (Office asks for ${ICON_SIZES.join(', ')})`);
    if (el.name !== 'Control') return;
    for (const image of images) {
      const url = resources.get(image.attributes.resid)?.value ?? image.attributes.resid;
      const bytes = inputs.readUrl(url);
      const keys = [`resource ${image.attributes.resid}`, `url ${url}`, ...(bytes ? [`png ${Buffer.from(bytes).toString('base64')}`] : [])];
      for (const key of keys) {
        const other = seen.get(key);
        if (other && other !== owner) {
          problems.push(`${owner} shares its ${image.attributes.size} px icon with ${other}: each button needs its own`);
          break;
        }
      }
      for (const key of keys) if (!seen.has(key)) seen.set(key, owner);
    }
  });

  // Function commands are registered.
  const registered = new Set(inputs.registeredFunctions);
  walk(root, (el) => {
    if (el.name === 'FunctionName' && !registered.has(el.text)) problems.push(`ExecuteFunction ${el.text} is not registered with Office.actions.associate`);
  });
  return problems;
}
