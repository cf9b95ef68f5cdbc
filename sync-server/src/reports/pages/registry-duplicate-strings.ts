// The duplicates page's words (Vietnamese first, English with ?lang=en): one citizen recorded as
// two platform persons, and what merging them does.
import type { Lang } from './strings';

const vi = {
  duplicates: 'Trùng người',
  intro:
    'Mỗi nhóm là một người trong CSDL dân cư được ghi thành nhiều người trên hệ thống (tiêm ở hai điểm, hoặc một lần có và một lần không có số định danh).',
  groupsCount: (n: number) => `${n} nhóm.`,
  registryPerson: 'Người trong CSDL dân cư',
  recordedAs: 'Được ghi là',
  checkins: 'Lượt tiếp đón',
  merge: 'Gộp',
  mergeOf: (name: string) => `Gộp các bản ghi của ${name}`,
  confirmTitle: 'Xác nhận gộp',
  willDo: (n: number) => [
    `Giá trị của CSDL dân cư được ghi vào mọi lượt tiếp đón của ${n} người này (bằng bản ghi sửa, máy tính bảng sẽ nhận được).`,
    'Lịch sử tiêm của họ được gộp làm một; số mũi được tính lại.',
    'Mũi tiêm trùng nhau (cùng mũi thứ, hoặc hai mũi trong một ngày) không bị xoá: chúng hiện ở mục “Một người bị ghi trùng mũi tiêm” của báo cáo chất lượng dữ liệu.',
  ],
  confirm: 'Xác nhận gộp',
  cancel: 'Quay lại danh sách trùng người',
  changed: 'Nhóm này đã thay đổi từ lúc bạn mở trang. Hãy xem lại trước khi gộp.',
  gone: 'Không còn nhóm trùng nào cho người này.',
  mergedTitle: 'Đã gộp',
  merged: (n: number) => `Đã sửa ${n} lượt tiếp đón theo CSDL dân cư.`,
  nothingMerged: 'Không có gì để sửa: các bản ghi đã theo CSDL dân cư.',
  seeDuplicateDoses: 'Xem “Một người bị ghi trùng mũi tiêm” trong báo cáo chất lượng dữ liệu',
  noGroups: 'Không có người nào bị ghi trùng.',
};

export type DuplicateStrings = typeof vi;

const en: DuplicateStrings = {
  duplicates: 'Duplicates',
  intro:
    'Each group is one person of the population registry recorded as several platform persons (vaccinated at two sites, or once with and once without an ID number).',
  groupsCount: (n: number) => (n === 1 ? '1 group.' : `${n} groups.`),
  registryPerson: 'Registry person',
  recordedAs: 'Recorded as',
  checkins: 'Check-ins',
  merge: 'Merge',
  mergeOf: (name: string) => `Merge the records of ${name}`,
  confirmTitle: 'Confirm the merge',
  willDo: (n: number) => [
    `The registry's values are written to every check-in of these ${n} persons (as correction records the tablets receive).`,
    'Their dose histories are joined into one; dose numbers are derived again.',
    'Doses that collide (the same dose number, or two on one day) are not deleted: they appear under “Duplicate dose for one citizen” in the data-quality report.',
  ],
  confirm: 'Confirm the merge',
  cancel: 'Back to the duplicates',
  changed: 'This group changed since you opened the page. Look at it again before merging.',
  gone: 'There is no duplicate group for this person any more.',
  mergedTitle: 'Merged',
  merged: (n: number) => `${n} check-ins corrected to the registry's values.`,
  nothingMerged: "Nothing to correct: the records already hold the registry's values.",
  seeDuplicateDoses: 'See “Duplicate dose for one citizen” in the data-quality report',
  noGroups: 'Nobody is recorded twice.',
};

export const DUPLICATE_STRINGS: Record<Lang, DuplicateStrings> = { vi, en };
