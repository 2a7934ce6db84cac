import { AG_GRID_LOCALE_CN, AG_GRID_LOCALE_EN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type { Language } from '../../../shared/domain/settings';

ModuleRegistry.registerModules([AllCommunityModule]);

/** One calm theme for every grid in the console. */
export const gridTheme = themeQuartz.withParams({
  browserColorScheme: 'light',
  fontFamily: ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'system-ui', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  accentColor: '#1f7a5c',
  foregroundColor: '#1d2b26',
  headerBackgroundColor: '#f2f6f4',
  borderColor: '#d8e1dd',
  rowHoverColor: '#eef6f2',
  selectedRowBackgroundColor: '#e2f0ea',
  spacing: 6,
  wrapperBorderRadius: 6,
});

const LOCALES: Record<Language, Record<string, string>> = {
  'zh-CN': AG_GRID_LOCALE_CN,
  en: AG_GRID_LOCALE_EN,
};

/** AG Grid's own strings (filter menus, paging) in the UI language, plus the grid's empty message. */
export function gridLocaleText(language: string, noRows: string): Record<string, string> {
  const base = LOCALES[language === 'en' ? 'en' : 'zh-CN'];
  return { ...base, noRowsToShow: noRows };
}

/** Matches a cell's ISO date or timestamp against the date filter's local calendar day. */
export function compareLocalDay(filterDate: Date, cellValue: unknown): number {
  if (typeof cellValue !== 'string') return -1;
  const cell = new Date(cellValue.length === 10 ? `${cellValue}T00:00:00` : cellValue);
  const day = new Date(cell.getFullYear(), cell.getMonth(), cell.getDate()).getTime();
  return day < filterDate.getTime() ? -1 : day > filterDate.getTime() ? 1 : 0;
}
