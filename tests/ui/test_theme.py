"""Theme: every text/background pair meets WCAG contrast (4.5:1 normal, 7:1 elder); elder sizes scale up."""

import pytest

from ui.models.theme import ELDER, MIN_CONTRAST, MIN_TARGET, NORMAL, PAIRS, Theme, contrast_ratio


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("mode", "palette"), [("normal", NORMAL), ("elder", ELDER)])
@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_every_pair_meets_its_contrast_floor(mode, palette, fg, bg):
    ratio = contrast_ratio(palette[fg], palette[bg])
    assert ratio >= MIN_CONTRAST[mode], f"{mode}: {fg} {palette[fg]} on {bg} {palette[bg]} is {ratio:.2f}:1"


def test_elder_mode_scales_text_and_targets(qapp):
    theme = Theme()
    normal = {k: theme.property(k) for k in ("body", "small", "heading", "title", "target", "minTarget")}
    theme.elder = True
    elder = {k: theme.property(k) for k in normal}
    for key in ("body", "small", "heading", "title"):
        assert elder[key] >= 1.5 * normal[key]
    assert normal["minTarget"] == MIN_TARGET["normal"] == 44 and normal["target"] >= 44
    assert elder["minTarget"] == MIN_TARGET["elder"] == 60 and elder["target"] >= 60
    assert theme.property("colors")["text"] == ELDER["text"]
