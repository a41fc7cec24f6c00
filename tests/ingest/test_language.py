from dyadscope.ingest.language import detect_language


def test_detect_language_of_common_languages():
    assert (
        detect_language("The two ministers met in the capital on Monday to discuss trade.") == "en"
    )
    assert (
        detect_language("Les deux ministres se sont rencontrés lundi pour parler du commerce.")
        == "fr"
    )
    assert (
        detect_language("Министры двух стран встретились в понедельник и обсудили торговлю.")
        == "ru"
    )
    assert detect_language("两国外长周一在北京举行会谈，讨论双边贸易和地区安全问题。") == "zh"


def test_detect_language_needs_some_text():
    assert detect_language("Hi") is None
