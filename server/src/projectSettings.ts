/**
 * The settings each document is analysed with: the editor's `asterisk.*` settings of its workspace
 * folder (they are resource-scoped), over the `.asterisk-conf.json` of its config directory, over the
 * one of its workspace folder — the file the CLI reads in CI. A setting the user set in the editor
 * wins; one left at its default gives way to the file. Objects are kept per (folder, config directory)
 * until something changes, so the validation cache (keyed by the settings object) stays warm.
 */
import type { RuleSetting } from './service/rules';
import { DEFAULT_SETTINGS, type ServiceSettings } from './service/settings';

export interface ProjectConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly asteriskVersion?: number;
}

export type ProjectConfigResult = { readonly config: ProjectConfig } | { readonly problem: string };

/** The editor's settings of one scope, with the keys the user set (the client says which; see languageClient.ts). */
export interface EditorSettings {
  readonly settings: ServiceSettings;
  /**
   * `lint.<id>`, `asteriskVersion` as set explicitly by the user. Undefined when the client does not say:
   * then a rule counts as set when the client sent it, the version when it is not the default.
   */
  readonly explicitKeys?: ReadonlySet<string>;
}

export interface ProjectSettingsOptions {
  readonly readProjectConfig?: (folderUri: string) => ProjectConfigResult | undefined;
  /** Folders whose files may be read (restricted mode); undefined: any. */
  readonly allowedRoots?: readonly string[];
  readonly reportProblem: (message: string) => void;
}

function isInside(uri: string, folder: string): boolean {
  return uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

export class ProjectSettings {
  private workspaceFolders: readonly string[] = [];
  private editorDefault: EditorSettings = { settings: DEFAULT_SETTINGS, explicitKeys: new Set() };
  private editorByFolder = new Map<string, EditorSettings>();
  private readonly configs = new Map<string, ProjectConfig | undefined>();
  private readonly merged = new Map<string, ServiceSettings>();

  constructor(private readonly options: ProjectSettingsOptions) {}

  setWorkspaceFolders(folders: readonly string[]): void {
    this.workspaceFolders = [...folders].sort((a, b) => b.length - a.length);
    this.changed();
  }

  get folders(): readonly string[] {
    return this.workspaceFolders;
  }

  setEditorSettings(unscoped: EditorSettings, byFolder: ReadonlyMap<string, EditorSettings>): void {
    this.editorDefault = unscoped;
    this.editorByFolder = new Map(byFolder);
    this.changed();
  }

  /** A `.asterisk-conf.json` changed (or anything else that should be read again). */
  changed(): void {
    this.configs.clear();
    this.merged.clear();
  }

  /** The workspace folder holding `uri` (the innermost), if any. */
  workspaceFolderOf(uri: string): string | undefined {
    return this.workspaceFolders.find((folder) => isInside(uri, folder));
  }

  settingsFor(uri: string, configDirectory: string): ServiceSettings {
    const folder = this.workspaceFolderOf(uri);
    const key = `${folder ?? ''}|${configDirectory}`;
    const cached = this.merged.get(key);
    if (cached) return cached;
    const editor = (folder && this.editorByFolder.get(folder)) || this.editorDefault;
    // The workspace folder's file first, the config directory's over it (it is the more specific).
    const layers = [...new Set([folder, configDirectory].filter((uri): uri is string => uri !== undefined))].map((uri) => this.configOf(uri));
    const settings = mergeSettings(editor, layers.filter((config): config is ProjectConfig => config !== undefined));
    this.merged.set(key, settings);
    return settings;
  }

  private configOf(folderUri: string): ProjectConfig | undefined {
    if (this.configs.has(folderUri)) return this.configs.get(folderUri);
    let config: ProjectConfig | undefined;
    const allowed = !this.options.allowedRoots || this.options.allowedRoots.some((root) => isInside(folderUri, root));
    const result = allowed ? this.options.readProjectConfig?.(folderUri) : undefined;
    if (result && 'problem' in result) this.options.reportProblem(`.asterisk-conf.json ignored: ${result.problem}`);
    else config = result?.config;
    this.configs.set(folderUri, config);
    return config;
  }
}

/** Editor settings over the project files (later files win over earlier ones); explicit editor keys win over all. */
export function mergeSettings(editor: EditorSettings, configs: readonly ProjectConfig[]): ServiceSettings {
  if (!configs.length) return editor.settings;
  const explicit = (key: string): boolean => {
    if (editor.explicitKeys) return editor.explicitKeys.has(key);
    if (key === 'asteriskVersion') return editor.settings.asteriskVersion !== DEFAULT_SETTINGS.asteriskVersion;
    return editor.settings.lint[key.slice('lint.'.length)] !== undefined;
  };
  const lint: Record<string, RuleSetting | undefined> = { ...editor.settings.lint };
  let asteriskVersion = editor.settings.asteriskVersion;
  for (const config of configs) {
    for (const [id, severity] of Object.entries(config.rules)) if (!explicit(`lint.${id}`)) lint[id] = severity;
    if (config.asteriskVersion !== undefined && !explicit('asteriskVersion')) asteriskVersion = config.asteriskVersion;
  }
  return { ...editor.settings, lint, asteriskVersion };
}
