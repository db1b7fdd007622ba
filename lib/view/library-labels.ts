// Names of the library's categories in the interface language.
import type { PlaceLevel, ReportKind } from '../library/place';
import type { LibrarySummary } from '../library/entry';
import { t, type StringKey } from './strings';

const LEVEL: Record<PlaceLevel, StringKey> = {
  province: 'levelProvince',
  city: 'levelCity',
  district: 'levelDistrict',
  county: 'levelCounty',
  town: 'levelTown',
  subdistrict: 'levelSubdistrict',
  department: 'levelDepartment',
  unknown: 'levelUnknown',
};
const KIND: Record<ReportKind, StringKey> = {
  'rule-of-law': 'reportKindRuleOfLaw',
  'government-work': 'reportKindGovernmentWork',
  disclosure: 'reportKindDisclosure',
  other: 'reportKindOther',
};
const ON_TIME: Record<LibrarySummary['onTime'], StringKey> = { 'on-time': 'onTimeOnTime', late: 'onTimeLate', unknown: 'onTimeUnknown' };

export const levelName = (level: PlaceLevel) => t(LEVEL[level]);
export const kindName = (kind: ReportKind) => t(KIND[kind]);
export const onTimeName = (status: LibrarySummary['onTime']) => t(ON_TIME[status]);
