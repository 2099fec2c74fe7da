"""Spreadsheet layouts shared by `gongkai import` and the county publisher's source folder.

Headers are matched by name (after trimming spaces and full-width brackets), so county staff
may reorder columns or add their own. Each entry: field -> accepted header names.
"""

# 惠民惠农补贴发放名单 (one row per payout)
ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "village": ("村(社区)", "村（社区）", "村", "社区", "村社区"),
    "group_name": ("村民小组", "组", "小组", "居民小组"),
    "recipient_name": ("姓名", "户主姓名", "领取人"),
    # A full ID number is accepted on import but only its last four characters are kept.
    "id_number": ("身份证号", "身份证号码", "身份证号后四位", "证件号码"),
    "subsidy_item": ("补贴项目", "项目", "补贴名称"),
    "year": ("年度", "年份"),
    "period": ("补贴期号", "期号", "发放期次"),
    "amount_yuan": ("金额(元)", "金额（元）", "发放金额", "金额"),
    "paid_on": ("发放日期", "发放时间"),
}

# 基层政务公开标准目录 (one row per 二级事项), shared/DOMAIN.md §3.3
CATALOGUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "seq": ("序号",),
    "domain": ("领域", "公开领域"),
    "level1": ("一级事项",),
    "level2": ("二级事项",),
    "content": ("公开内容", "公开内容(要素)", "公开内容（要素）"),
    "basis": ("公开依据",),
    "time_limit": ("公开时限",),
    "subject": ("公开主体",),
    "channels": ("公开渠道和载体", "公开渠道", "公开载体"),
    "audience": ("公开对象",),
    "method": ("公开方式",),
    "level": ("公开层级",),
}
