// Priority groups carried by registrations: a condensed form of the 18 groups of Government
// Resolution 21/NQ-CP (2021) on COVID-19 vaccination, short enough to print on a slip.

export interface PriorityGroup {
  code: string;
  name: string;
  nameVi: string;
}

export const PRIORITY_GROUPS: readonly PriorityGroup[] = [
  { code: '1', name: 'Health workers', nameVi: 'Người làm việc trong cơ sở y tế' },
  {
    code: '2',
    name: 'Frontline epidemic response',
    nameVi: 'Lực lượng tuyến đầu phòng, chống dịch',
  },
  { code: '3', name: 'Essential services', nameVi: 'Người cung cấp dịch vụ thiết yếu' },
  { code: '4', name: 'Teachers and public servants', nameVi: 'Giáo viên, cán bộ, công chức' },
  { code: '5', name: 'Aged 65 and over', nameVi: 'Người từ 65 tuổi trở lên' },
  { code: '6', name: 'Chronic conditions', nameVi: 'Người mắc bệnh mạn tính' },
  { code: '7', name: 'Residents of outbreak areas', nameVi: 'Người sinh sống tại vùng có dịch' },
  {
    code: '8',
    name: 'Workers in factories and markets',
    nameVi: 'Công nhân, người lao động tự do',
  },
  { code: '9', name: 'General population', nameVi: 'Người dân khác' },
];

export function priorityGroupByCode(code: string): PriorityGroup | undefined {
  return PRIORITY_GROUPS.find((g) => g.code === code);
}
