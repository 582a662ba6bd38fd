/**
 * Bilingual labels of attribute keys and of their enumerated values. They are data (served by the
 * API with the types, used as import/export column headers and accepted as cell values), not UI
 * chrome, so they live with the schemas rather than in the client locale files.
 */
export const ATTRIBUTE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  beds: { zh: '床位数', en: 'Beds' },
  residents: { zh: '在院人数', en: 'Residents' },
  occupied_beds: { zh: '在用床位数', en: 'Occupied beds' },
  upgrade_status: { zh: '提档升级状态', en: 'Upgrade status' },
  upgrade_year: { zh: '提档升级年份', en: 'Upgrade year' },
  operation_mode: { zh: '运营方式', en: 'Operation mode' },
  operator: { zh: '运营方', en: 'Operator' },
  care_levels: { zh: '照护等级', en: 'Care levels' },
  last_inspection_result: { zh: '最近检查结果', en: 'Last inspection result' },
  last_inspection_date: { zh: '最近检查日期', en: 'Last inspection date' },
  area_m2: { zh: '建筑面积（平方米）', en: 'Floor area (m²)' },
  plots: { zh: '墓穴数', en: 'Plots' },
  used_plots: { zh: '已用墓穴数', en: 'Used plots' },
  cremators: { zh: '火化炉数', en: 'Cremators' },
  halls: { zh: '告别厅数', en: 'Farewell halls' },
  clan_surname: { zh: '姓氏', en: 'Clan surname' },
  built_year: { zh: '始建年份', en: 'Year built' },
  status_history: { zh: '状态变更', en: 'Status history' },
  level: { zh: '级别', en: 'Level' },
  storage_area_m2: { zh: '库房面积（平方米）', en: 'Storage area (m²)' },
  capacity_persons: { zh: '可容纳人数', en: 'Capacity (persons)' },
  shelter_level: { zh: '避难场所类型', en: 'Shelter level' },
}

/** Labels of enumerated attribute values (one namespace; no value means two things). */
export const VALUE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  public: { zh: '公办公营', en: 'Public' },
  public_private: { zh: '公建民营', en: 'Publicly built, privately run' },
  private: { zh: '民办', en: 'Private' },
  not_needed: { zh: '无需升级', en: 'Not needed' },
  awaiting: { zh: '待提档升级', en: 'Awaiting upgrade' },
  in_progress: { zh: '升级中', en: 'Upgrade in progress' },
  completed: { zh: '已完成升级', en: 'Upgraded' },
  self_care: { zh: '自理', en: 'Self-care' },
  semi_disabled: { zh: '半失能', en: 'Semi-disabled' },
  disabled: { zh: '失能', en: 'Disabled' },
  dementia: { zh: '失智', en: 'Dementia' },
  pass: { zh: '合格', en: 'Pass' },
  rectify: { zh: '限期整改', en: 'Rectify' },
  fail: { zh: '不合格', en: 'Fail' },
  emergency: { zh: '紧急避难场所', en: 'Emergency' },
  fixed: { zh: '固定避难场所', en: 'Fixed' },
  central: { zh: '中心避难场所', en: 'Central' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇级', en: 'Township' },
  active: { zh: '在用', en: 'Active' },
  converted_cultural_centre: { zh: '改建为农村文化活动中心', en: 'Converted to cultural activity centre' },
  converted_public_service_centre: { zh: '改建为村级公共服务中心', en: 'Converted to village public-service centre' },
  demolished: { zh: '已拆除', en: 'Demolished' },
}
