"""信息处理费 (OGI Regulation Art 42; 国办函〔2020〕109号): pure functions, amounts in integer 分.

Free by default. A fee is charged only when volume or frequency clearly exceeds a reasonable range,
by ONE of two progressive (超额累进) methods per application, never both:

- per item (按件计收), counted per applicant, cumulatively within a calendar month:
  items 1-10 free; 11-30 at 100 元 each; from 31 the rate rises by 100 元 per further band of 10
  (31-40 at 200 元, 41-50 at 300 元, ...);
- per page (按量计收), per application: pages 1-30 free; 31-100 at 10 元; 101-200 at 20 元;
  201 and more at 40 元 per page.

Examples: 150 pages -> 1,700 元; the 11th to 15th items of a month -> 500 元; items 29-32 -> 600 元.
"""

from __future__ import annotations

from kiosk.errors import ValidationError

FREE, PER_ITEM, PER_PAGE = "free", "item", "page"
METHODS = {FREE: "免费", PER_ITEM: "按件计收", PER_PAGE: "按量计收"}
YUAN = 100  # fen

_PAGE_BANDS = ((30, 0), (100, 10 * YUAN), (200, 20 * YUAN), (None, 40 * YUAN))  # (last page of band, price)


def item_price(n: int) -> int:
    """The price in 分 of the n-th item (1-based) an applicant asks for in one calendar month."""
    if n < 1:
        raise ValueError("items are numbered from 1")
    if n <= 10:
        return 0
    if n <= 30:
        return 100 * YUAN
    return (200 + 100 * ((n - 31) // 10)) * YUAN


def fee_per_item(items: int, earlier_items_this_month: int = 0) -> int:
    """Fee in 分 for `items` items, after the applicant already asked for `earlier_items_this_month`."""
    if items < 0 or earlier_items_this_month < 0:
        raise ValidationError("件数不能为负数", "units")
    first = earlier_items_this_month + 1
    return sum(item_price(n) for n in range(first, first + items))


def fee_per_page(pages: int) -> int:
    """Fee in 分 for one application of `pages` pages."""
    if pages < 0:
        raise ValidationError("页数不能为负数", "units")
    total, previous_limit = 0, 0
    for limit, price in _PAGE_BANDS:
        top = pages if limit is None else min(pages, limit)
        if top > previous_limit:
            total += (top - previous_limit) * price
        if limit is None or pages <= limit:
            break
        previous_limit = limit
    return total


MAX_UNITS = 100_000


def compute_fee(method: str, units: int, earlier_items_this_month: int = 0) -> int:
    """One method per application: free, item (units = items in this request) or page (units = pages)."""
    for value, what in ((units, "件数或页数"), (earlier_items_this_month, "本月此前的件数")):
        if not isinstance(value, int) or isinstance(value, bool) or value > MAX_UNITS:
            raise ValidationError(f"{what}应为不超过 {MAX_UNITS} 的整数", "units")
    if method == FREE:
        return 0
    if method == PER_ITEM:
        return fee_per_item(units, earlier_items_this_month)
    if method == PER_PAGE:
        return fee_per_page(units)
    raise ValidationError(f"收费方式应为 {'、'.join(f'{k}（{v}）' for k, v in METHODS.items())}", "method")
