"""Quick picks for the intake form: groups, years, and description suggestions without personal data."""

from __future__ import annotations

from kiosk.requests import service, suggest
from kiosk.store import import_repo
from tests.requests.conftest import person

ITEM = {"seq": 1, "content": "", "basis": "", "time_limit": "", "subject": "", "channels": "", "audience": "全社会",
        "method": "主动", "level": "乡级"}


def test_groups_and_years_come_from_the_calendar_not_the_example(clock):
    assert suggest.group_chips()[:3] == ["1组", "2组", "3组"] and len(suggest.group_chips()) == suggest.GROUP_CHIPS
    assert suggest.year_chips(clock) == ["2026年", "2025年"]  # today is 2026-11-22
    assert suggest.split_year("2026年度低保") == ("2026年度", "低保")


def test_suggestions_come_from_the_catalogue_and_recent_requests_never_personal_data(township, clock, config, clerk):
    domain = import_repo.insert_domain(township, "社会救助")
    import_repo.upsert_catalogue_item(township, domain, "最低生活保障", "最低生活保障审核公示", ITEM)
    import_repo.upsert_catalogue_item(township, domain, "临时救助", "临时救助实施结果", ITEM)
    for name, id_number, phone, text in (
        ("陈建国", "362430198001011239", "13812345678", "2026年农村低保审核信息"),
        ("刘桂英", "110101199003074514", "13907961234", "刘桂英家的低保审核材料"),  # a name
        ("赵敏", "362430198001011239", "13500001111", "低保名单（联系13500001111）"),  # a phone
        ("孙丽", "362430198001011239", "13600002222", "低保户362430198001011239的材料"),  # an ID number
        ("周强", "362430198001011239", "13700003333", "低保审核结果（本人地址东岭村3组）"),  # an address
    ):
        service.create_request(township, clock, config, clerk, person(
            name=name, id_number=id_number, phone=phone, address="东岭村3组", description=text))
    got = suggest.description_suggestions(township, clock, "2026年低保")
    # A recent description here (its year split off, as the year chip is in front already), then the
    # catalogue item that 低保 stands for (the search synonym table).
    assert got[:2] == ["农村低保审核信息", "最低生活保障审核公示"]
    names_and_numbers = ("陈建国", "刘桂英", "赵敏", "孙丽", "周强", "138", "139", "135", "136", "137", "3624", "1101",
                         "东岭村")
    for text in ("低保", "审核", "材料", "名单", "结果", "救助"):
        for phrase in suggest.description_suggestions(township, clock, text):
            assert not any(p in phrase for p in names_and_numbers), phrase
    assert suggest.description_suggestions(township, clock, "救助") == ["临时救助实施结果"]
    assert suggest.description_suggestions(township, clock, "2026年") == []  # nothing typed after the year yet
