from dyadscope.fusion.compat import compatible, date_interval, make_report


def test_date_interval_precisions():
    day = date_interval("2024-02-29", "day")
    month = date_interval("2024-02", "month")
    year = date_interval("2024", "year")
    assert day[0] == day[1] and day[2] == 0
    assert month[1] - month[0] == 28 and month[2] == 1
    assert year[1] - year[0] == 365 and year[2] == 2
    assert date_interval(None, "unknown") == (None, None, 3)
    assert date_interval("2024-13-40", "day")[2] == 3


def test_compatible_day_within_month(event):
    a = make_report(0, event(doc="a", date="2024-05-31"))
    b = make_report(1, event(doc="b", date="2024-05"))
    c = make_report(2, event(doc="c", date="2024-06"))
    assert compatible(a, b, 1)
    assert not compatible(a, c, 1)


def test_compatible_symmetric_matches_directed(event):
    a = make_report(0, event(doc="a", etype="AGREE"))
    b = make_report(1, event(doc="b", etype="AGREE", source=("CHN",), target=("RUS",)))
    assert compatible(a, b, 1)


def test_compatible_igo_codes(event):
    a = make_report(0, event(doc="a"))
    a.countries = frozenset({"IGO:UN", "RUS"})
    b = make_report(1, event(doc="b"))
    assert not compatible(a, b, 1)


def test_persons_are_people_not_bodies(event):
    ministry = event(doc="a", source=("RUS",), target=("CHN",), etype="SUPPORT")
    ministry["source"][0].update(
        name="Russia Foreign Ministry", actor_id="country/RUS/GOV", role="Foreign Ministry"
    )
    minister = event(doc="b", source=("RUS",), target=("CHN",), etype="SUPPORT")
    minister["source"][0].update(name="Sergei Lavrov", actor_id="person/sergei-lavrov", role="FM")
    a, b = make_report(0, ministry), make_report(1, minister)
    assert a.persons == frozenset() and b.persons == {("RUS", "sergei lavrov")}
    assert compatible(a, b, 1)


def test_compatible_phone_call_and_meeting_are_two_happenings(event):
    call = make_report(0, event(doc="a", mode="phone", date="2024-05-16"))
    visit = make_report(1, event(doc="b", mode="visit", date="2024-05-16"))
    unknown = make_report(2, event(doc="c", date="2024-05-16"))
    assert not compatible(call, visit, 1)
    assert compatible(call, unknown, 1)
